package gov.buyamerican.portal.purchase;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds purchase files for tests: USAspending rows from the real sample's header and first row, marketplace rows. */
public final class PurchaseFiles {

    public static final String SAMPLE = "/usaspending/contract-transactions-sample.csv";

    private PurchaseFiles() {
    }

    public static byte[] sampleBytes() {
        try (InputStream in = PurchaseFiles.class.getResourceAsStream(SAMPLE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** USAspending rows: each map overrides cells (by header name) of the sample's first row. */
    public static final class UsaSpending {
        private final List<String> header;
        private final List<String> base;
        private final Map<String, Integer> index = new HashMap<>();
        private final List<List<String>> rows = new ArrayList<>();

        public UsaSpending() {
            try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(new String(sampleBytes(),
                    StandardCharsets.UTF_8))) {
                var it = csv.iterator();
                header = it.next().getFields();
                base = it.next().getFields();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (int i = 0; i < header.size(); i++) {
                index.put(header.get(i), i);
            }
        }

        public UsaSpending row(Map<String, String> cells) {
            List<String> row = new ArrayList<>(base);
            cells.forEach((k, v) -> {
                Integer i = index.get(k);
                if (i == null) {
                    throw new IllegalArgumentException("no column " + k);
                }
                row.set(i, v);
            });
            rows.add(row);
            return this;
        }

        /** A row with one cell too few (as if a quoted comma broke it). */
        public UsaSpending shortRow() {
            rows.add(new ArrayList<>(base.subList(0, base.size() - 1)));
            return this;
        }

        public byte[] bytes() {
            StringWriter out = new StringWriter();
            CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
            w.writeRecord(header);
            rows.forEach(w::writeRecord);
            flush(w);
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Marketplace rows in the documented format. */
    public static final class Marketplace {
        private final StringBuilder text = new StringBuilder(MarketplaceOrderFormat.headerLine()).append('\n');

        /** Cells in the order of {@link MarketplaceOrderFormat.Column}. */
        public Marketplace row(String... cells) {
            if (cells.length != MarketplaceOrderFormat.Column.values().length) {
                throw new IllegalArgumentException("expected " + MarketplaceOrderFormat.Column.values().length
                        + " cells, got " + cells.length);
            }
            StringWriter out = new StringWriter();
            CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
            w.writeRecord(cells);
            flush(w);
            text.append(out);
            return this;
        }

        public Marketplace raw(String line) {
            text.append(line).append('\n');
            return this;
        }

        public byte[] bytes() {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    private static void flush(CsvWriter w) {
        try {
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
