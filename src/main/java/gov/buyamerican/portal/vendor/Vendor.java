package gov.buyamerican.portal.vendor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A registered vendor, as stored (normalized). {@code version} is the optimistic-locking version to pass back to
 * {@link VendorService#update}.
 *
 * @param uei          null only for a marketplace seller not registered in SAM.gov
 * @param countryName  the name of {@code countryCode} in the country reference table
 * @param kind         null while not classified (vendors created by an import)
 * @param lastImportId the import that created or last changed the vendor, or null
 */
public record Vendor(long id, String legalName, String dbaName, String uei, String cageCode, String countryCode,
                     String countryName, String addressLine1, String addressLine2, String city, String stateRegion,
                     String postalCode, String phone, String website, VendorKind kind, VendorSize size,
                     Set<SocioeconomicCategory> categories, LocalDate samExpiryDate, VendorStatus status,
                     String statusReason, Instant statusChangedAt, Long lastImportId, Instant createdAt,
                     Instant updatedAt, int version) {

    public Vendor {
        categories = Set.copyOf(categories);
    }

    /** The values of this vendor as a form, to start an edit from. */
    public VendorForm toForm() {
        return new VendorForm(legalName, dbaName, uei, cageCode, countryCode, addressLine1, addressLine2, city,
                stateRegion, postalCode, phone, website, kind, size, categories, samExpiryDate);
    }

    /** Legal name, with the doing-business-as name when there is one. */
    public String displayName() {
        return dbaName == null ? legalName : legalName + " (" + dbaName + ")";
    }

    /** True if the SAM.gov registration expiry date is before {@code today}. */
    public boolean samExpired(LocalDate today) {
        return samExpiryDate != null && samExpiryDate.isBefore(today);
    }
}
