package gov.buyamerican.portal.reporting;

/** How a purchase was bought: the values of {@code purchase.channel}. */
public enum Channel {
    COMMERCIAL_PLATFORM("Marketplace"),
    DIRECT_CONTRACT("Direct contract"),
    GSA_SCHEDULE("GSA Schedule"),
    PURCHASE_CARD("Purchase card");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** {@return true for an online marketplace (commercial e-commerce platform)} */
    public boolean isMarketplace() {
        return this == COMMERCIAL_PLATFORM;
    }
}
