package gov.buyamerican.portal.vendor;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The portal's vendor CSV template: one row per vendor, a header row naming the columns (any order, any case). The
 * vendor export writes the same columns first, so that an export can be edited and imported again; the export's
 * extra columns ({@link #EXPORT_ONLY_COLUMNS}) are ignored by the import.
 *
 * <p>A vendor is found by its UEI: a row whose UEI is registered updates that vendor, any other row registers a new
 * one. A blank cell leaves the stored value as it is, so that a file with fewer values never erases data.
 */
public final class VendorTemplate {

    /** A column of the template. */
    public enum Column {
        UEI("uei", true, "SAM.gov Unique Entity ID: 12 letters and digits, no O or I"),
        LEGAL_NAME("legal_name", true, "Legal business name"),
        DOING_BUSINESS_AS("doing_business_as", false, "Doing-business-as name"),
        CAGE_CODE("cage_code", false, "CAGE code: 5 letters and digits"),
        COUNTRY("country", true, "ISO 3166 country code, 2 or 3 letters (US or USA)"),
        ADDRESS_LINE_1("address_line_1", false, "Street address"),
        ADDRESS_LINE_2("address_line_2", false, "Suite, building, floor"),
        CITY("city", false, "City"),
        STATE("state", false, "In the US the USPS code (VA); elsewhere the region"),
        POSTAL_CODE("postal_code", false, "In the US a ZIP code (22102 or 22102-4200)"),
        PHONE("phone", false, "Main phone number"),
        WEBSITE("website", false, "Web address"),
        KIND("kind", false, "MANUFACTURER, RESELLER or MARKETPLACE"),
        BUSINESS_SIZE("business_size", false, "SMALL or OTHER (than small)"),
        SDB("sdb", false, "Small disadvantaged business: Y or N"),
        WOSB("wosb", false, "Women-owned small business: Y or N"),
        SDVOSB("sdvosb", false, "Service-disabled veteran-owned small business: Y or N"),
        HUBZONE("hubzone", false, "HUBZone firm: Y or N"),
        SBA_8A("sba_8a", false, "SBA 8(a) participant: Y or N"),
        SAM_EXPIRATION_DATE("sam_expiration_date", false, "SAM.gov registration expiry: YYYY-MM-DD or MM/DD/YYYY");

        private final String header;
        private final boolean required;
        private final String description;

        Column(String header, boolean required, String description) {
            this.header = header;
            this.required = required;
            this.description = description;
        }

        public String header() {
            return header;
        }

        public boolean required() {
            return required;
        }

        public String description() {
            return description;
        }

        public static Optional<Column> byHeader(String header) {
            return Arrays.stream(values()).filter(c -> c.header.equals(header)).findFirst();
        }
    }

    /** Columns the export adds after the template's; the import ignores them. */
    public static final List<String> EXPORT_ONLY_COLUMNS = List.of("status", "status_reason", "country_name",
            "updated_at");

    public static final String FILE_NAME = "vendor-import-template.csv";

    private VendorTemplate() {
    }

    public static List<Column> columns() {
        return List.of(Column.values());
    }

    /** The template file: the header row, UTF-8 with a byte order mark so that spreadsheets keep accents. */
    public static byte[] csv() {
        String header = Arrays.stream(Column.values()).map(Column::header).collect(Collectors.joining(","));
        byte[] text = (header + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[text.length + 3];
        file[0] = (byte) 0xEF;
        file[1] = (byte) 0xBB;
        file[2] = (byte) 0xBF;
        System.arraycopy(text, 0, file, 3, text.length);
        return file;
    }
}
