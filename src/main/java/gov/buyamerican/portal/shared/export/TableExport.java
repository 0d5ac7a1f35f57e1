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
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes several tables (a header and rows of typed cells) to one CSV or XLSX file (one sheet per table), with the
 * rules of {@link TabularExport} (which writes one table per file): CSV in
 * UTF-8 with a byte order mark and CRLF line ends, text protected against formula injection
 * ({@link TabularExport#safeCell}; numbers are written as they are); XLSX with a bold frozen header, an auto filter, typed values (numbers, dates), never
 * formulas. Rows are written as they come, so a caller can stream them from the database.
 *
 * <p>Cell values: null (empty), {@link String}, {@link Number}, {@link LocalDate}, {@link LocalDateTime} (UTC), or
 * anything else written as its {@code toString()}.
 */
public final class TableExport {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    /** One table: a sheet in XLSX; in CSV, tables follow one another, each after a line with its title. */
    public record Table(String title, List<String> header, Iterable<? extends List<?>> rows) {
    }

    private TableExport() {
    }

    /** Writes one table; returns the number of data rows written. */
    public static int write(ExportFormat format, Table table, OutputStream out) {
        return write(format, List.of(table), out, false);
    }

    /**
     * Writes several tables; returns the number of data rows written. In CSV, each table is preceded by its title on a
     * line of its own and followed by an empty line when {@code titled} is true.
     */
    public static int write(ExportFormat format, List<Table> tables, OutputStream out, boolean titled) {
        try {
            return switch (format) {
                case CSV -> csv(tables, out, titled);
                case XLSX -> xlsx(tables, out);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int csv(List<Table> tables, OutputStream out, boolean titled) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF)
                .build(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        int count = 0;
        boolean first = true;
        for (Table table : tables) {
            if (titled) {
                if (!first) {
                    csv.writeRecord("");
                }
                csv.writeRecord(TabularExport.safeCell(table.title()));
            }
            first = false;
            csv.writeRecord(table.header().stream().map(TabularExport::safeCell).toList());
            for (List<?> row : table.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                for (Object value : row) {
                    cells.add(value instanceof Number ? text(value) : TabularExport.safeCell(text(value)));
                }
                csv.writeRecord(cells);
                count++;
            }
        }
        csv.flush();
        return count;
    }

    private static int xlsx(List<Table> tables, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Buy American Compliance Portal", "1.0");
        int count = 0;
        List<String> used = new ArrayList<>();
        for (Table table : tables) {
            Worksheet sheet = workbook.newWorksheet(sheetName(table.title(), used));
            List<String> header = table.header();
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.style(0, c).bold().set();
            }
            sheet.freezePane(0, 1);
            int r = 0;
            Iterator<? extends List<?>> rows = table.rows().iterator();
            while (rows.hasNext()) {
                List<?> values = rows.next();
                r++;
                for (int c = 0; c < values.size(); c++) {
                    switch (values.get(c)) {
                        case null -> { }
                        case LocalDate d -> {
                            sheet.value(r, c, d);
                            sheet.style(r, c).format("yyyy-mm-dd").set();
                        }
                        case LocalDateTime t -> {
                            sheet.value(r, c, t);
                            sheet.style(r, c).format("yyyy-mm-dd hh:mm").set();
                        }
                        case BigDecimal n -> sheet.value(r, c, n);
                        case Number n -> sheet.value(r, c, n);
                        case Boolean b -> sheet.value(r, c, b ? "Y" : "N");
                        case Object v -> sheet.value(r, c, v.toString());
                    }
                }
                if (r % 10_000 == 0) {
                    sheet.flush();
                }
            }
            count += r;
            if (!header.isEmpty()) {
                sheet.setAutoFilter(0, 0, header.size() - 1);
            }
        }
        workbook.finish();
        return count;
    }

    /** Excel sheet names: at most 31 characters, none of {@code []:*?/\}, unique in the workbook. */
    static String sheetName(String title, List<String> used) {
        String name = title == null || title.isBlank() ? "Sheet" : title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (name.length() > 31) {
            name = name.substring(0, 31).strip();
        }
        String candidate = name;
        for (int i = 2; used.contains(candidate.toLowerCase()); i++) {
            String suffix = " " + i;
            candidate = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
        }
        used.add(candidate.toLowerCase());
        return candidate;
    }

    /** How a cell reads in CSV: plain numbers (no grouping), ISO dates, UTC instants with a Z. */
    static String text(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal n -> n.toPlainString();
            case LocalDateTime t -> INSTANT.format(t.atOffset(ZoneOffset.UTC));
            case Boolean b -> b ? "Y" : "N";
            default -> value.toString();
        };
    }
}
