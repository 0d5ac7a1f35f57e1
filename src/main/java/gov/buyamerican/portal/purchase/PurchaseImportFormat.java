package gov.buyamerican.portal.purchase;

/** The file formats a purchase import reads (see docs/purchase-import.md). */
public enum PurchaseImportFormat {
    /** USAspending contract transactions download (297 columns; the reader needs the columns it maps). */
    USASPENDING("USAspending contract transactions"),
    /** The portal's marketplace order export format (one row per order line). */
    MARKETPLACE("Marketplace orders");

    private final String label;

    PurchaseImportFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
