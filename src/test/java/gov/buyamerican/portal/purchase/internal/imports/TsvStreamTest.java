package gov.buyamerican.portal.purchase.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lazily encoded LOAD DATA text reads the same whatever the reader's buffer size (the driver's is 64 KB). */
class TsvStreamTest {

    private static List<PurchaseBulkWriter.Row> rows(int n) {
        List<PurchaseBulkWriter.Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new PurchaseBulkWriter.Row("K-" + i, LocalDate.of(2026, 1, 1 + i % 28), 7, 8, i % 2 == 0 ? null : 9L,
                    null, "item \t" + i + " é€\\", BigDecimal.ONE, null, new BigDecimal("12.5"), "COMMERCIAL_PLATFORM",
                    null, "O-" + i, "DE", null, null, null, null, false, "FOREIGN_UNWAIVED", "FOREIGN_COUNTRY_OF_ORIGIN",
                    "Country of origin DE.", null, new BigDecimal("15000")));
        }
        return rows;
    }

    private static byte[] whole(List<PurchaseBulkWriter.Row> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder line = new StringBuilder();
        rows.forEach(r -> out.writeBytes(PurchaseBulkWriter.encode(r, line)));
        return out.toByteArray();
    }

    private static byte[] readWith(List<PurchaseBulkWriter.Row> rows, int buffer) {
        PurchaseBulkWriter.TsvStream in = new PurchaseBulkWriter.TsvStream(rows);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] b = new byte[buffer];
        int n;
        while ((n = in.read(b, 0, b.length)) > 0) {
            out.write(b, 0, n);
        }
        assertThat(in.read(b, 0, b.length)).isEqualTo(-1);
        return out.toByteArray();
    }

    @Test
    void anyBufferSizeReadsTheSameText() {
        List<PurchaseBulkWriter.Row> rows = rows(500);
        byte[] expected = whole(rows);
        assertThat(new String(expected, java.nio.charset.StandardCharsets.UTF_8)).startsWith("K-0\t2026-01-01\t7\t8\t\\N\t\\N\titem \\t0 é€\\\\\t")
                .endsWith("\t15000\n");
        for (int size : new int[] {1, 7, 100, 4096, 65536}) {
            assertThat(readWith(rows, size)).as("buffer %d", size).isEqualTo(expected);
        }
        PurchaseBulkWriter.TsvStream single = new PurchaseBulkWriter.TsvStream(rows(1));
        assertThat(single.read()).isEqualTo('K');
    }

    @Test
    void noRowsIsAnEmptyStream() {
        assertThat(new PurchaseBulkWriter.TsvStream(List.of()).read(new byte[10], 0, 10)).isEqualTo(-1);
    }
}
