package gov.buyamerican.portal.attestation;

/** Where an attestation is in its life. Only a DRAFT can be edited. */
public enum AttestationStatus {
    /** Being filled in; can be edited and deleted. */
    DRAFT("Draft"),
    /** Signed and submitted; waits for staff verification. Never edited again. */
    SUBMITTED("Submitted"),
    /** Checked by staff other than the one who entered it; the product's origin statement until it expires. */
    VERIFIED("Verified"),
    /** Refused by staff, with a reason. */
    REJECTED("Rejected"),
    /** A newer attestation for the same product took its place. */
    SUPERSEDED("Superseded"),
    /** Past its expiry date. */
    EXPIRED("Expired");

    private final String label;

    AttestationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
