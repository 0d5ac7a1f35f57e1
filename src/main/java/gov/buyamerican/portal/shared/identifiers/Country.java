package gov.buyamerican.portal.shared.identifiers;

import java.util.Objects;

/**
 * A country or territory of ISO 3166-1, as the JDK knows it.
 *
 * @param alpha2 the ISO 3166-1 alpha-2 code, upper case, e.g. {@code US}
 * @param alpha3 the ISO 3166-1 alpha-3 code, upper case, e.g. {@code USA} (USAspending uses these)
 * @param name   the English display name from the JDK's CLDR data ({@code Locale.US}), e.g. "United States";
 *               a common short name, not always the ISO official name ("Bosnia &amp; Herzegovina")
 */
public record Country(String alpha2, String alpha3, String name) {

    /** @throws IllegalArgumentException if a code has the wrong shape */
    public Country {
        Objects.requireNonNull(name, "name");
        if (alpha2 == null || !alpha2.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("alpha-2 code must be 2 upper-case letters: " + alpha2);
        }
        if (alpha3 == null || !alpha3.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("alpha-3 code must be 3 upper-case letters: " + alpha3);
        }
    }
}
