package gov.buyamerican.portal.vendor;

/** The file formats the vendor import reads; recognised from the header row. */
public enum VendorImportFormat {
    /** The portal's own vendor template (download it from the import dialog). */
    TEMPLATE("Vendor template"),
    /** A USAspending contract transactions download: one vendor per distinct {@code recipient_uei}. */
    USASPENDING("USAspending contract transactions");

    private final String label;

    VendorImportFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
