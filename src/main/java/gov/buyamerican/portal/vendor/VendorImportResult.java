package gov.buyamerican.portal.vendor;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What an import did. Good rows were committed together; {@link #rejected()} lists the others.
 *
 * @param importId        the import's id (its IMPORT audit entry names it)
 * @param rowsRead        data rows in the file
 * @param created         vendors registered
 * @param updated         vendors found by UEI whose values changed
 * @param unchanged       vendors found by UEI whose values were already the same (a re-import)
 * @param mergedRows      rows that repeated a UEI seen earlier in a USAspending file (one vendor per recipient)
 */
public record VendorImportResult(long importId, VendorImportFormat format, String fileName, long rowsRead, int created,
                                 int updated, int unchanged, int mergedRows, List<RejectedRow> rejected,
                                 long elapsedMillis) {

    public VendorImportResult {
        rejected = List.copyOf(rejected);
    }

    public int rejectedCount() {
        return rejected.size();
    }

    /** "12 registered, 3 updated, 40 unchanged, 2 rejected". */
    public String summary() {
        return created + " registered, " + updated + " updated, " + unchanged + " unchanged, " + rejected.size()
                + " rejected";
    }

    /**
     * Writes the rejected-rows report: a CSV file (UTF-8 with byte order mark, so that spreadsheets read it as
     * UTF-8) with the columns line, uei, name, reason. Cells are protected against spreadsheet formulas.
     */
    public void writeRejectedReport(OutputStream out) {
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer);
            csv.writeRecord("line", "uei", "name", "reason");
            for (RejectedRow r : rejected) {
                csv.writeRecord(Long.toString(r.line()), SpreadsheetSafe.cell(r.uei()), SpreadsheetSafe.cell(r.name()),
                        SpreadsheetSafe.cell(r.reasonText()));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
