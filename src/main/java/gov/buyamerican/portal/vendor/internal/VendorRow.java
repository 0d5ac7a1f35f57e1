package gov.buyamerican.portal.vendor.internal;

import gov.buyamerican.portal.vendor.SocioeconomicCategory;
import gov.buyamerican.portal.vendor.VendorForm;
import gov.buyamerican.portal.vendor.VendorKind;
import gov.buyamerican.portal.vendor.VendorSize;
import gov.buyamerican.portal.vendor.VendorStatus;
import java.time.LocalDate;
import java.util.Set;

/**
 * A vendor's stored values, already validated and normalized, as the bulk writer inserts them (imports, generated
 * demo and benchmark data).
 */
public record VendorRow(String uei, String legalName, String dbaName, String cageCode, String countryCode,
                        String addressLine1, String addressLine2, String city, String stateRegion, String postalCode,
                        String phone, String website, VendorKind kind, VendorSize size, boolean sdb, boolean wosb,
                        boolean sdvosb, boolean hubzone, boolean sba8a, LocalDate samExpiryDate, VendorStatus status,
                        String statusReason) {

    /** A row from a normalized form, with a status. */
    public static VendorRow of(VendorForm f, VendorStatus status, String statusReason) {
        Set<SocioeconomicCategory> c = f.categories();
        return new VendorRow(f.uei(), f.legalName(), f.dbaName(), f.cageCode(), f.countryCode(), f.addressLine1(),
                f.addressLine2(), f.city(), f.stateRegion(), f.postalCode(), f.phone(), f.website(), f.kind(), f.size(),
                c.contains(SocioeconomicCategory.SDB), c.contains(SocioeconomicCategory.WOSB),
                c.contains(SocioeconomicCategory.SDVOSB), c.contains(SocioeconomicCategory.HUBZONE),
                c.contains(SocioeconomicCategory.SBA_8A), f.samExpiryDate(), status, statusReason);
    }

    public Set<SocioeconomicCategory> categories() {
        return VendorQueries.categories(sdb, wosb, sdvosb, hubzone, sba8a);
    }
}
