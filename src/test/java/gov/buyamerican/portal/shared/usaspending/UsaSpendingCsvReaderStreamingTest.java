package gov.buyamerican.portal.shared.usaspending;

import static org.assertj.core.api.Assertions.assertThat;

import gov.buyamerican.portal.shared.identifiers.UeiGenerator;
import java.io.IOException;
import java.io.Reader;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Feeds 200,000 generated rows (about 300 MB of text with the real 297-column header) through a {@link Reader}
 * that produces them on demand: neither the test nor the reader may hold them all. Run with a small heap
 * (e.g. -Xmx96m) to prove it. Counts only; no timing assertions.
 */
class UsaSpendingCsvReaderStreamingTest {

    private static final int ROWS = 200_000;
    private static final int EVERY_NTH_IS_BAD = 1_000;

    @Test
    void streamsTwoHundredThousandRows() throws IOException {
        SampleCsv sample = SampleCsv.load();
        UeiGenerator ueis = new UeiGenerator(2024);
        Stream<String> lines = Stream.concat(
                Stream.of(SampleCsv.line(sample.header)),
                IntStream.rangeClosed(1, ROWS).mapToObj(n -> {
                    List<String> row = sample.row(n % 2, "contract_transaction_unique_key", "GENERATED_" + n);
                    String uei = n % EVERY_NTH_IS_BAD == 0 ? "not a uei" : ueis.next();
                    return SampleCsv.line(sample.with(row, "recipient_uei", uei));
                }));

        long parsed = 0;
        long problems = 0;
        long lastLine = 0;
        try (var reader = UsaSpendingCsvReader.open(new LinesReader(lines.iterator()))) {
            for (UsaSpendingRow row : reader) {
                switch (row) {
                    case TransactionRow ignored -> parsed++;
                    case RowProblem ignored -> problems++;
                }
                lastLine = row.line();
            }
        }

        assertThat(parsed).isEqualTo(ROWS - ROWS / EVERY_NTH_IS_BAD);
        assertThat(problems).isEqualTo(ROWS / EVERY_NTH_IS_BAD);
        assertThat(lastLine).isEqualTo(ROWS + 1);
    }

    /** A Reader over lazily produced lines. */
    private static final class LinesReader extends Reader {
        private final Iterator<String> lines;
        private String current = "";
        private int position;

        LinesReader(Iterator<String> lines) {
            this.lines = lines;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            while (position == current.length()) {
                if (!lines.hasNext()) {
                    return -1;
                }
                current = lines.next();
                position = 0;
            }
            int n = Math.min(length, current.length() - position);
            current.getChars(position, position + n, buffer, offset);
            position += n;
            return n;
        }

        @Override
        public void close() {
            current = "";
        }
    }
}
