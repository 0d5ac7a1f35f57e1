package gov.buyamerican.portal.vendor.internal;

import static gov.buyamerican.portal.db.Tables.COUNTRY;
import static gov.buyamerican.portal.db.Tables.VENDOR;

import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.shared.export.TabularExport;
import gov.buyamerican.portal.vendor.VendorExportFormat;
import gov.buyamerican.portal.vendor.VendorFilter;
import gov.buyamerican.portal.vendor.VendorTemplate;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

/**
 * Writes the vendors matching a filter, in the grid's order, to CSV or XLSX. The columns are the import template's
 * (so that an export can be edited and imported again) followed by status, status reason, country name and the time
 * of the last change. Rows are streamed from the database, never held all at once. CSV cells that a spreadsheet would
 * run as a formula are protected ({@link TabularExport}); XLSX cells are typed values, never formulas.
 */
@Component
public class VendorExporter {

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
        }
    }

    private static int csv(Stream<Record> rows, OutputStream out) {
        return TabularExport.csv(header(), rows.map(VendorExporter::values), out);
    }

    private static int xlsx(Stream<Record> rows, OutputStream out) {
        return TabularExport.xlsx("Vendors", header(), rows.map(VendorExporter::values), out);
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
}
