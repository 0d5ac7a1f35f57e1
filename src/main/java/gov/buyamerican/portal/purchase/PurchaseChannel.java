package gov.buyamerican.portal.purchase;

/** How a purchase was made. */
public enum PurchaseChannel {
    DIRECT_CONTRACT("Direct contract"),
    GSA_SCHEDULE("GSA schedule"),
    COMMERCIAL_PLATFORM("Commercial platform (marketplace)"),
    PURCHASE_CARD("Purchase card");

    private final String label;

    PurchaseChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
