package gov.buyamerican.portal.reference;

/**
 * A row of the {@code country} reference table (ISO 3166-1).
 *
 * @param alpha2      two-letter code, the key used in forms and records
 * @param alpha3      three-letter code, as USAspending writes it
 * @param numericCode ISO numeric code, or null (not seeded)
 * @param name        English short name
 * @param active      whether it is offered in forms
 */
public record CountryEntry(String alpha2, String alpha3, String numericCode, String name, boolean active) {
}
