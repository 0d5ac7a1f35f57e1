package gov.buyamerican.portal.attestation;

/**
 * A vendor and the origin of its products with a valid attestation.
 *
 * @param attested products it offers that have a verified, unexpired attestation
 * @param foreign  of those, products classified FOREIGN
 */
public record VendorOriginShare(long vendorId, String vendorName, int attested, int foreign) {

    public int foreignPercent() {
        return attested == 0 ? 0 : Math.round(foreign * 100f / attested);
    }
}
