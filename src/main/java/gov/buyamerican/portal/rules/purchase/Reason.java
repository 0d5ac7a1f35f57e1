package gov.buyamerican.portal.rules.purchase;

/**
 * Why a purchase got its class: the rule that decided, stored with the purchase so that a reader can check it. The
 * {@link #missing()} text says what would clear a compliance exception or an unknown origin.
 */
public enum Reason {
    ATTESTATION_DOMESTIC(PurchaseClass.DOMESTIC, null),
    PLACE_OF_MANUFACTURE_DOMESTIC(PurchaseClass.DOMESTIC, null),
    MICRO_PURCHASE(PurchaseClass.EXEMPT_MICRO_PURCHASE, null),
    WAIVER_IN_FORCE(PurchaseClass.FOREIGN_WAIVED, null),
    FPDS_REPORTED_WAIVER(PurchaseClass.FOREIGN_WAIVED, null),
    DECLARED_EXEMPTION(PurchaseClass.EXEMPT_OTHER, null),
    FPDS_REPORTED_EXCEPTION(PurchaseClass.EXEMPT_OTHER, null),
    ATTESTATION_FOREIGN(PurchaseClass.FOREIGN_UNWAIVED, "An approved waiver or an exception"),
    PLACE_OF_MANUFACTURE_FOREIGN(PurchaseClass.FOREIGN_UNWAIVED, "An approved waiver or an exception"),
    FOREIGN_COUNTRY_OF_ORIGIN(PurchaseClass.FOREIGN_UNWAIVED, "An approved waiver, an exception, or a verified attestation showing a domestic end product"),
    WAIVER_NOT_IN_FORCE(PurchaseClass.FOREIGN_UNWAIVED, "The linked waiver is not approved or had expired on the purchase date"),
    US_ORIGIN_UNATTESTED(PurchaseClass.UNKNOWN, "A verified attestation of the component test (country of origin alone does not show a domestic end product)"),
    ATTESTATION_NOT_VALID_ON_DATE(PurchaseClass.UNKNOWN, "A verified attestation valid on the purchase date"),
    NO_ORIGIN_DATA(PurchaseClass.UNKNOWN, "A verified attestation, a place of manufacture or a country of origin");

    private final PurchaseClass purchaseClass;
    private final String missing;

    Reason(PurchaseClass purchaseClass, String missing) {
        this.purchaseClass = purchaseClass;
        this.missing = missing;
    }

    /** {@return the class this reason leads to} */
    public PurchaseClass purchaseClass() {
        return purchaseClass;
    }

    /** {@return what is missing to clear the purchase, or null when nothing is} */
    public String missing() {
        return missing;
    }
}
