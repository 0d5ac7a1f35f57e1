package gov.buyamerican.portal.rules.purchase;

/**
 * How a purchase stands under the Buy American statute (FAR part 25, subpart 25.1). Computed by
 * {@link PurchaseClassifier}, never typed by staff.
 */
public enum PurchaseClass {
    /** A domestic end product: a verified attestation valid on the purchase date says so, or FPDS place of manufacture D. */
    DOMESTIC("Domestic", false),
    /** Foreign, but an approved waiver in force on the purchase date covers it (FAR 25.103), or FPDS reports one. */
    FOREIGN_WAIVED("Foreign, waived", false),
    /** At or below the micro-purchase threshold in force on the purchase date: subpart 25.1 does not apply (FAR 25.100). */
    EXEMPT_MICRO_PURCHASE("Exempt: micro-purchase", false),
    /** Another exception applies: not a manufactured end product, trade agreement, resale, commercial IT, ... */
    EXEMPT_OTHER("Exempt: other exception", false),
    /** Foreign (or not shown domestic) above the micro-purchase threshold with no waiver or exception: a compliance exception. */
    FOREIGN_UNWAIVED("Foreign, no waiver", true),
    /** Nothing tells where it was made: no valid attestation, no place of manufacture, no country of origin. */
    UNKNOWN("Unknown origin", false);

    private final String label;
    private final boolean complianceException;

    PurchaseClass(String label, boolean complianceException) {
        this.label = label;
        this.complianceException = complianceException;
    }

    /** {@return the name shown to users} */
    public String label() {
        return label;
    }

    /** {@return true for the class listed as a compliance exception} */
    public boolean isComplianceException() {
        return complianceException;
    }
}
