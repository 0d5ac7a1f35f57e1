package gov.buyamerican.portal.shared.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes rows (lists of cell values: text, {@link LocalDate}, {@link LocalDateTime} in UTC, {@link BigDecimal} or other
 * numbers, or null) as CSV or XLSX, streaming: rows are never held all at once. CSV is UTF-8 with a byte-order mark and
 * CRLF; cells a spreadsheet would run as a formula are neutralised ({@link #safeCell}). XLSX cells are typed values,
 * never formulas; the header row is bold, frozen and filterable.
 */
public final class TabularExport {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    private TabularExport() {
    }

    /**
     * Protects text written to CSV files against formula injection: a cell that starts with {@code = + - @} (or a tab
     * or carriage return) gets a leading apostrophe, which spreadsheets show as text (OWASP "CSV injection"). Null
     * becomes "".
     */
    public static String safeCell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + text;
        }
        return text;
    }

    /** Writes the header and the rows as CSV; returns the number of rows written. */
    public static int csv(List<String> header, Stream<List<Object>> rows, OutputStream out) {
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF)
                    .build(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            csv.writeRecord(header);
            int count = 0;
            for (Iterator<List<Object>> it = rows.iterator(); it.hasNext(); ) {
                List<Object> values = it.next();
                List<String> cells = new ArrayList<>(values.size());
                for (Object value : values) {
                    cells.add(value instanceof Number n ? text(n) : safeCell(text(value)));
                }
                csv.writeRecord(cells);
                count++;
            }
            csv.flush();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the header and the rows as one XLSX sheet; returns the number of rows written. */
    public static int xlsx(String sheetName, List<String> header, Stream<List<Object>> rows, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Buy American Compliance Portal", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.style(0, c).bold().set();
            }
            sheet.freezePane(0, 1);
            int row = 0;
            for (Iterator<List<Object>> it = rows.iterator(); it.hasNext(); ) {
                row++;
                List<Object> values = it.next();
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    switch (v) {
                        case null -> { }
                        case LocalDate d -> {
                            sheet.value(row, c, d);
                            sheet.style(row, c).format("yyyy-mm-dd").set();
                        }
                        case LocalDateTime t -> {
                            sheet.value(row, c, t);
                            sheet.style(row, c).format("yyyy-mm-dd hh:mm").set();
                        }
                        case Number n -> sheet.value(row, c, n);
                        default -> sheet.value(row, c, v.toString());
                    }
                }
                if (row % 10_000 == 0) {
                    sheet.flush();
                }
            }
            sheet.setAutoFilter(0, 0, header.size() - 1);
            workbook.finish();
            return row;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object value) {
        return switch (value) {
            case null -> "";
            case LocalDateTime t -> INSTANT.format(t.atOffset(ZoneOffset.UTC));
            case BigDecimal b -> b.toPlainString();
            default -> value.toString();
        };
    }
}
