package gov.buyamerican.portal.vendor;

import java.time.LocalDate;

/**
 * Filters of the vendor grid and exports; null (or false) components do not filter.
 *
 * @param text             words of the legal or doing-business-as name (full-text, prefix match), or the start of
 *                         a UEI or CAGE code
 * @param kind             only vendors of this kind
 * @param kindNotSet       only vendors not classified yet (ignored when {@code kind} is set)
 * @param countryCode      ISO 3166-1 alpha-2
 * @param samExpiresBefore only vendors whose SAM.gov registration expires before this date (exclusive)
 */
public record VendorFilter(String text, VendorKind kind, boolean kindNotSet, VendorStatus status, String countryCode,
                           VendorSize size, SocioeconomicCategory category, LocalDate samExpiresBefore) {

    public static VendorFilter all() {
        return new VendorFilter(null, null, false, null, null, null, null, null);
    }

    public VendorFilter withText(String value) {
        return new VendorFilter(value, kind, kindNotSet, status, countryCode, size, category, samExpiresBefore);
    }

    public VendorFilter withKind(VendorKind value) {
        return new VendorFilter(text, value, kindNotSet, status, countryCode, size, category, samExpiresBefore);
    }

    public VendorFilter withKindNotSet(boolean value) {
        return new VendorFilter(text, kind, value, status, countryCode, size, category, samExpiresBefore);
    }

    public VendorFilter withStatus(VendorStatus value) {
        return new VendorFilter(text, kind, kindNotSet, value, countryCode, size, category, samExpiresBefore);
    }

    public VendorFilter withCountryCode(String value) {
        return new VendorFilter(text, kind, kindNotSet, status, value, size, category, samExpiresBefore);
    }

    public VendorFilter withSize(VendorSize value) {
        return new VendorFilter(text, kind, kindNotSet, status, countryCode, value, category, samExpiresBefore);
    }

    public VendorFilter withCategory(SocioeconomicCategory value) {
        return new VendorFilter(text, kind, kindNotSet, status, countryCode, size, value, samExpiresBefore);
    }

    public VendorFilter withSamExpiresBefore(LocalDate value) {
        return new VendorFilter(text, kind, kindNotSet, status, countryCode, size, category, value);
    }

    /** A one-line description for audit entries and export file headers, e.g. "text 'steel', status Active". */
    public String describe() {
        StringBuilder b = new StringBuilder();
        append(b, "text", text == null || text.isBlank() ? null : "'" + text.strip() + "'");
        append(b, "kind", kind != null ? kind.label() : kindNotSet ? "not classified" : null);
        append(b, "status", status == null ? null : status.label());
        append(b, "country", countryCode);
        append(b, "size", size == null ? null : size.label());
        append(b, "category", category == null ? null : category.label());
        append(b, "SAM expiry before", samExpiresBefore == null ? null : samExpiresBefore.toString());
        return b.isEmpty() ? "no filter" : b.toString();
    }

    private static void append(StringBuilder b, String name, String value) {
        if (value != null) {
            if (!b.isEmpty()) {
                b.append(", ");
            }
            b.append(name).append(' ').append(value);
        }
    }
}
