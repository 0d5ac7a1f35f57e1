package gov.buyamerican.portal.vendor;

/** What a vendor does with the goods it sells. A vendor created by an import may not be classified yet (null). */
public enum VendorKind {
    MANUFACTURER("Manufacturer", "Makes the goods it sells"),
    RESELLER("Reseller", "Sells goods made by others"),
    MARKETPLACE("Marketplace", "Online store where third-party sellers sell");

    private final String label;
    private final String description;

    VendorKind(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
