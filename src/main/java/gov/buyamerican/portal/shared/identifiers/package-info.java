/**
 * Validation and normalization of the identifiers the portal exchanges with federal systems: SAM.gov UEI and
 * CAGE codes, NAICS and PSC classification codes, ISO 3166-1 country codes, and the contact details (e-mail,
 * phone) of vendors.
 *
 * <p>Each rule is a static {@code validate(String)} returning a {@link gov.buyamerican.portal.shared.identifiers.Validation}:
 * the normalized value (trimmed, upper-cased as the identifier requires) or one short message written for the
 * person who typed the value. Rules check the published format only; whether an identifier exists is a
 * question for SAM.gov or the reference tables. Pure Java, no framework, no I/O.
 */
package gov.buyamerican.portal.shared.identifiers;
