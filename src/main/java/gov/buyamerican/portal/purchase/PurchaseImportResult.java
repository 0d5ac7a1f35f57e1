package gov.buyamerican.portal.purchase;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a purchase import did. The good rows were committed together, in one transaction.
 *
 * @param importId       the {@code purchase_import} row (its IMPORT audit entry names it)
 * @param rowsRead       data rows in the file
 * @param imported       purchases stored
 * @param duplicates     good rows not stored because a purchase with the same source key exists (from an earlier
 *                       import, or an earlier row of this file)
 * @param rejectedCount  rows rejected, with their reasons in the report
 * @param vendorsCreated vendors (and marketplace sellers) registered because the file named them and the user chose
 *                       {@link UnknownVendors#CREATE}
 * @param officesCreated offices registered because the file named them
 * @param firstRejected  the first rejected rows (at most {@value #REJECTED_KEPT}), by line
 * @param rejectedReport the full rejected-rows report (CSV), a temporary file, or null when nothing was rejected
 */
public record PurchaseImportResult(long importId, PurchaseImportFormat format, String fileName, long rowsRead,
                                   long imported, long duplicates, long rejectedCount, int vendorsCreated,
                                   int officesCreated, List<PurchaseRejectedRow> firstRejected, Path rejectedReport,
                                   long elapsedMillis) {

    /** How many rejected rows the result keeps in memory; the report file has them all. */
    public static final int REJECTED_KEPT = 1000;

    public PurchaseImportResult {
        firstRejected = List.copyOf(firstRejected);
    }

    /** "950 imported, 20 duplicates, 30 rejected, 2 vendors registered". */
    public String summary() {
        return imported + " imported, " + duplicates + " duplicates, " + rejectedCount + " rejected, " + vendorsCreated
                + (vendorsCreated == 1 ? " vendor registered" : " vendors registered");
    }

    /**
     * Copies the rejected-rows report to {@code out}: CSV, UTF-8 with a byte order mark, columns line, key, reason;
     * cells protected against spreadsheet formulas. Only a header when nothing was rejected.
     */
    public void writeRejectedReport(OutputStream out) {
        try {
            if (rejectedReport == null || !Files.exists(rejectedReport)) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                out.write("line,key,reason\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                return;
            }
            try (InputStream in = Files.newInputStream(rejectedReport)) {
                in.transferTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
