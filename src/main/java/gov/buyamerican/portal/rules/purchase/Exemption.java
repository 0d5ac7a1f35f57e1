package gov.buyamerican.portal.rules.purchase;

/**
 * Exceptions other than a waiver and the micro-purchase threshold that take a purchase out of subpart 25.1,
 * declared by staff on the purchase or read from FPDS place-of-manufacture codes C, F, G, H and L.
 */
public enum Exemption {
    NOT_MANUFACTURED("Not a manufactured end product", "FAR 25.101; 52.225-1(a)"),
    TRADE_AGREEMENT("Trade agreement applies", "FAR 25.402"),
    QUALIFYING_COUNTRY("Qualifying country end product", "FAR 25.101(b); 25.003"),
    RESALE("Acquired for resale (commissary)", "FAR 25.103(d)"),
    COMMERCIAL_IT("Commercial information technology", "FAR 25.103(e)"),
    NONAVAILABILITY_LIST("Listed as nonavailable (FAR 25.104)", "FAR 25.103(b)(1); 25.104"),
    USE_OUTSIDE_US("For use outside the United States", "FAR 25.100(a)");

    private final String label;
    private final String citation;

    Exemption(String label, String citation) {
        this.label = label;
        this.citation = citation;
    }

    public String label() {
        return label;
    }

    public String citation() {
        return citation;
    }
}
