package gov.buyamerican.portal.vendor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** One row of the vendor grid: what a search returns. */
public record VendorSummary(long id, String legalName, String dbaName, String uei, String cageCode, String countryCode,
                            String countryName, VendorKind kind, VendorStatus status, VendorSize size,
                            Set<SocioeconomicCategory> categories, LocalDate samExpiryDate, Instant updatedAt) {

    public VendorSummary {
        categories = Set.copyOf(categories);
    }

    /** True if the SAM.gov registration expiry date is before {@code today}. */
    public boolean samExpired(LocalDate today) {
        return samExpiryDate != null && samExpiryDate.isBefore(today);
    }
}
