package gov.buyamerican.portal.rules.waiver;

import java.util.Objects;

/**
 * A country of origin as the MIAO list records it (ISO 3166-1). In the list's JSON these are the
 * members "Two", "Three", "Numeric" and "Name".
 *
 * @param alpha2  ISO 3166-1 alpha-2 code, upper case (e.g. "FR"), or null if not given
 * @param alpha3  ISO 3166-1 alpha-3 code, upper case (e.g. "FRA"), or null if not given
 * @param numeric ISO 3166-1 numeric code (e.g. 250), or null if not given
 * @param name    the country name as listed (e.g. "FRANCE"), or null if not given
 */
public record CountryOfOrigin(String alpha2, String alpha3, Integer numeric, String name) {

    /** Validates: at least one of the letter codes, each well formed; numeric code 0 to 999. */
    public CountryOfOrigin {
        if (alpha2 == null && alpha3 == null) {
            throw new IllegalArgumentException("A country needs an alpha-2 or alpha-3 code.");
        }
        if (alpha2 != null && !alpha2.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("Not an ISO 3166-1 alpha-2 code: \"" + alpha2 + "\".");
        }
        if (alpha3 != null && !alpha3.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("Not an ISO 3166-1 alpha-3 code: \"" + alpha3 + "\".");
        }
        if (numeric != null && (numeric < 0 || numeric > 999)) {
            throw new IllegalArgumentException("Not an ISO 3166-1 numeric code: " + numeric + ".");
        }
    }

    /** {@return the numeric code with three digits, e.g. "040" for Austria; null if not given} */
    public String numericCode() {
        return numeric == null ? null : "%03d".formatted(numeric);
    }

    @Override
    public String toString() {
        return Objects.requireNonNullElse(alpha2, alpha3) + (name == null ? "" : " (" + name + ")");
    }
}
