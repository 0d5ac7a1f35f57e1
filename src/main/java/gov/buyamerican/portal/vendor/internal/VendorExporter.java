package gov.buyamerican.portal.vendor.internal;

import static gov.buyamerican.portal.db.Tables.COUNTRY;
import static gov.buyamerican.portal.db.Tables.VENDOR;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.vendor.SpreadsheetSafe;
import gov.buyamerican.portal.vendor.VendorExportFormat;
import gov.buyamerican.portal.vendor.VendorFilter;
import gov.buyamerican.portal.vendor.VendorTemplate;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

/**
 * Writes the vendors matching a filter, in the grid's order, to CSV or XLSX. The columns are the import template's
 * (so that an export can be edited and imported again) followed by status, status reason, country name and the time
 * of the last change. Rows are streamed from the database, never held all at once. CSV cells that a spreadsheet would
 * run as a formula are protected ({@link SpreadsheetSafe}); XLSX cells are typed values, never formulas.
 */
@Component
public class VendorExporter {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    private final DSLContext dsl;

    VendorExporter(DSLContext dsl) {
        this.dsl = dsl;
    }

    static List<String> header() {
        List<String> header = new ArrayList<>(VendorTemplate.columns().stream().map(VendorTemplate.Column::header).toList());
        header.addAll(VendorTemplate.EXPORT_ONLY_COLUMNS);
        return header;
    }

    /** Writes the file; returns the number of vendors written. Call inside a read-only transaction. */
    public int write(VendorFilter filter, List<PageQuery.SortOrder> sort, VendorExportFormat format, OutputStream out) {
        try (Stream<Record> rows = dsl.select(VENDOR.asterisk(), COUNTRY.NAME).from(VENDOR)
                .join(COUNTRY).on(COUNTRY.ALPHA2.eq(VENDOR.COUNTRY_CODE))
                .where(VendorQueries.condition(dsl, filter))
                .orderBy(VendorQueries.orderBy(sort))
                .fetchSize(1000)
                .fetchStream()) {
            return switch (format) {
                case CSV -> csv(rows, out);
                case XLSX -> xlsx(rows, out);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int csv(Stream<Record> rows, OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF)
                .build(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        csv.writeRecord(header());
        int[] count = {0};
        rows.forEach(r -> {
            List<String> cells = new ArrayList<>(24);
            for (Object value : values(r)) {
                cells.add(SpreadsheetSafe.cell(text(value)));
            }
            csv.writeRecord(cells);
            count[0]++;
        });
        csv.flush();
        return count[0];
    }

    private static int xlsx(Stream<Record> rows, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Buy American Compliance Portal", "1.0");
        Worksheet sheet = workbook.newWorksheet("Vendors");
        List<String> header = header();
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
        int[] row = {0};
        try {
            rows.forEach(r -> {
                row[0]++;
                List<Object> values = values(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    switch (v) {
                        case null -> { }
                        case LocalDate d -> {
                            sheet.value(row[0], c, d);
                            sheet.style(row[0], c).format("yyyy-mm-dd").set();
                        }
                        case LocalDateTime t -> {
                            sheet.value(row[0], c, t);
                            sheet.style(row[0], c).format("yyyy-mm-dd hh:mm").set();
                        }
                        default -> sheet.value(row[0], c, v.toString());
                    }
                }
                if (row[0] % 10_000 == 0) {
                    try {
                        sheet.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        sheet.setAutoFilter(0, 0, header.size() - 1);
        workbook.finish();
        return row[0];
    }

    /** One vendor's cells, in the order of {@link #header()}: text, dates, or null. */
    private static List<Object> values(Record r) {
        List<Object> v = new ArrayList<>(24);
        v.add(r.get(VENDOR.UEI));
        v.add(r.get(VENDOR.LEGAL_NAME));
        v.add(r.get(VENDOR.DBA_NAME));
        v.add(r.get(VENDOR.CAGE_CODE));
        v.add(r.get(VENDOR.COUNTRY_CODE));
        v.add(r.get(VENDOR.ADDRESS_LINE1));
        v.add(r.get(VENDOR.ADDRESS_LINE2));
        v.add(r.get(VENDOR.CITY));
        v.add(r.get(VENDOR.STATE_REGION));
        v.add(r.get(VENDOR.POSTAL_CODE));
        v.add(r.get(VENDOR.PHONE));
        v.add(r.get(VENDOR.WEBSITE));
        v.add(r.get(VENDOR.KIND));
        v.add(r.get(VENDOR.BUSINESS_SIZE));
        v.add(yn(r.get(VENDOR.SDB)));
        v.add(yn(r.get(VENDOR.WOSB)));
        v.add(yn(r.get(VENDOR.SDVOSB)));
        v.add(yn(r.get(VENDOR.HUBZONE)));
        v.add(yn(r.get(VENDOR.SBA_8A)));
        v.add(r.get(VENDOR.SAM_EXPIRY_DATE));
        v.add(r.get(VENDOR.STATUS));
        v.add(r.get(VENDOR.STATUS_REASON));
        v.add(r.get(COUNTRY.NAME));
        v.add(r.get(VENDOR.UPDATED_AT));
        return v;
    }

    private static String yn(Boolean b) {
        return Boolean.TRUE.equals(b) ? "Y" : "N";
    }

    private static String text(Object value) {
        return switch (value) {
            case null -> "";
            case LocalDateTime t -> INSTANT.format(t.atOffset(ZoneOffset.UTC));
            default -> value.toString();
        };
    }
}
