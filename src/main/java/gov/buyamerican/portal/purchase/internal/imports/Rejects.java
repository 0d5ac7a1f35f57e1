package gov.buyamerican.portal.purchase.internal.imports;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import gov.buyamerican.portal.purchase.PurchaseImportResult;
import gov.buyamerican.portal.purchase.PurchaseRejectedRow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rejected rows of one import, written to a temporary CSV file as they are found (so that a file with a million bad
 * rows does not fill the heap); the first {@link PurchaseImportResult#REJECTED_KEPT} are also kept in memory. Called
 * from both import threads.
 */
final class Rejects implements AutoCloseable {

    private final List<PurchaseRejectedRow> first = new ArrayList<>();
    private Path file;
    private CsvWriter csv;
    private long count;

    synchronized void add(long line, String key, List<String> reasons) {
        PurchaseRejectedRow row = new PurchaseRejectedRow(line, key, reasons);
        count++;
        if (first.size() < PurchaseImportResult.REJECTED_KEPT) {
            first.add(row);
        }
        try {
            if (csv == null) {
                file = Files.createTempFile("purchase-import-rejected-", ".csv");
                file.toFile().deleteOnExit();
                OutputStream out = Files.newOutputStream(file);
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF)
                        .build(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
                csv.writeRecord("line", "key", "reason");
            }
            csv.writeRecord(Long.toString(line), safe(row.key()), safe(row.reasonText()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized long count() {
        return count;
    }

    synchronized List<PurchaseRejectedRow> first() {
        List<PurchaseRejectedRow> sorted = new ArrayList<>(first);
        sorted.sort(Comparator.comparingLong(PurchaseRejectedRow::line));
        return sorted;
    }

    /** The report file, complete, or null when nothing was rejected. */
    synchronized Path finish() {
        close();
        return file;
    }

    /** Deletes the report (after a failed import). */
    synchronized void discard() {
        close();
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file, deleted at exit anyway
            }
        }
    }

    @Override
    public synchronized void close() {
        if (csv != null) {
            try {
                csv.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            csv = null;
        }
    }

    /** Cells starting with = + - @ (or tab, carriage return) get an apostrophe, so spreadsheets do not run them. */
    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }
}
