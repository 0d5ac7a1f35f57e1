package gov.buyamerican.portal.waiver;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.StringWriter;
import java.util.List;

/**
 * What an import of the Made in America Office waiver list did, row by row accounted for:
 * {@code created + updated + unchanged + rejected = rows}.
 *
 * @param rows                 data records in the file
 * @param created              records new to the portal
 * @param updated              records already imported (same _id) whose content changed
 * @param unchanged            records already imported with the same content
 * @param rejected             records that could not be used, with line, _id and reason
 * @param suspectedTestRecords imported records that look like test entries (flagged, still imported)
 * @param duplicateIds         records whose _id appeared earlier in the same file (the later one wins)
 * @param ignoredColumns       header columns that are not MIAO columns
 */
public record MiaoImportResult(String fileName, int rows, int created, int updated, int unchanged,
                               List<RejectedRow> rejected, int suspectedTestRecords, int duplicateIds,
                               List<String> ignoredColumns) {

    public MiaoImportResult {
        rejected = List.copyOf(rejected);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    /** A record that was not imported. */
    public record RejectedRow(long line, String id, String reason) {
    }

    public int rejectedCount() {
        return rejected.size();
    }

    /** {@return the rejected rows as CSV (line, id, reason), for download} */
    public String rejectedRowsCsv() {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
            csv.writeRecord("line", "id", "reason");
            for (RejectedRow r : rejected) {
                csv.writeRecord(Long.toString(r.line()), r.id() == null ? "" : r.id(), r.reason());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /** {@return one sentence with the counts} */
    public String summary() {
        return rows + " record" + (rows == 1 ? "" : "s") + " read: " + created + " new, " + updated + " updated, "
                + unchanged + " unchanged, " + rejected.size() + " rejected.";
    }
}
