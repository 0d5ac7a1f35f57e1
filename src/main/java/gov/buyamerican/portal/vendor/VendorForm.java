package gov.buyamerican.portal.vendor;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What staff enter to register or change a vendor. Values are raw input: {@link VendorService} trims, normalizes
 * (UEI and CAGE upper case, country to alpha-2, US ZIP codes) and validates them with {@link VendorRules}.
 *
 * @param countryCode ISO 3166-1 alpha-2 or alpha-3 code
 * @param kind        null only when the vendor is not classified yet
 * @param size        null when not stated
 * @param categories  socioeconomic categories; null means none
 */
public record VendorForm(String legalName, String dbaName, String uei, String cageCode, String countryCode,
                         String addressLine1, String addressLine2, String city, String stateRegion, String postalCode,
                         String phone, String website, VendorKind kind, VendorSize size,
                         Set<SocioeconomicCategory> categories, LocalDate samExpiryDate) {

    public VendorForm {
        categories = categories == null || categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
    }

    /** A form with only the required values, for code that fills the rest with the {@code with...} methods. */
    public static VendorForm of(String legalName, String uei, String countryCode, VendorKind kind) {
        return new VendorForm(legalName, null, uei, null, countryCode, null, null, null, null, null, null, null, kind,
                null, Set.of(), null);
    }

    public VendorForm withLegalName(String value) {
        return new VendorForm(value, dbaName, uei, cageCode, countryCode, addressLine1, addressLine2, city, stateRegion,
                postalCode, phone, website, kind, size, categories, samExpiryDate);
    }

    public VendorForm withDbaName(String value) {
        return new VendorForm(legalName, value, uei, cageCode, countryCode, addressLine1, addressLine2, city, stateRegion,
                postalCode, phone, website, kind, size, categories, samExpiryDate);
    }

    public VendorForm withUei(String value) {
        return new VendorForm(legalName, dbaName, value, cageCode, countryCode, addressLine1, addressLine2, city,
                stateRegion, postalCode, phone, website, kind, size, categories, samExpiryDate);
    }

    public VendorForm withCageCode(String value) {
        return new VendorForm(legalName, dbaName, uei, value, countryCode, addressLine1, addressLine2, city, stateRegion,
                postalCode, phone, website, kind, size, categories, samExpiryDate);
    }

    public VendorForm withCountryCode(String value) {
        return new VendorForm(legalName, dbaName, uei, cageCode, value, addressLine1, addressLine2, city, stateRegion,
                postalCode, phone, website, kind, size, categories, samExpiryDate);
    }

    public VendorForm withAddress(String line1, String line2, String cityName, String state, String postal) {
        return new VendorForm(legalName, dbaName, uei, cageCode, countryCode, line1, line2, cityName, state, postal,
                phone, website, kind, size, categories, samExpiryDate);
    }

    public VendorForm withCity(String value) {
        return new VendorForm(legalName, dbaName, uei, cageCode, countryCode, addressLine1, addressLine2, value,
                stateRegion, postalCode, phone, website, kind, size, categories, samExpiryDate);
    }

    public VendorForm withPhone(String value) {
        return new VendorForm(legalName, dbaName, uei, cageCode, countryCode, addressLine1, addressLine2, city,
                stateRegion, postalCode, value, website, kind, size, categories, samExpiryDate);
    }

    public VendorForm withWebsite(String value) {
        return new VendorForm(legalName, dbaName, uei, cageCode, countryCode, addressLine1, addressLine2, city,
                stateRegion, postalCode, phone, value, kind, size, categories, samExpiryDate);
    }

    public VendorForm withKind(VendorKind value) {
        return new VendorForm(legalName, dbaName, uei, cageCode, countryCode, addressLine1, addressLine2, city,
                stateRegion, postalCode, phone, website, value, size, categories, samExpiryDate);
    }

    public VendorForm withSize(VendorSize value) {
        return new VendorForm(legalName, dbaName, uei, cageCode, countryCode, addressLine1, addressLine2, city,
                stateRegion, postalCode, phone, website, kind, value, categories, samExpiryDate);
    }

    public VendorForm withCategories(Set<SocioeconomicCategory> value) {
        return new VendorForm(legalName, dbaName, uei, cageCode, countryCode, addressLine1, addressLine2, city,
                stateRegion, postalCode, phone, website, kind, size, value, samExpiryDate);
    }

    public VendorForm withSamExpiryDate(LocalDate value) {
        return new VendorForm(legalName, dbaName, uei, cageCode, countryCode, addressLine1, addressLine2, city,
                stateRegion, postalCode, phone, website, kind, size, categories, value);
    }
}
