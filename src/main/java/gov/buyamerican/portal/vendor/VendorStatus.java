package gov.buyamerican.portal.vendor;

/** Whether purchases from a vendor are expected. A suspension always carries a reason. */
public enum VendorStatus {
    ACTIVE("Active"),
    INACTIVE("Inactive"),
    SUSPENDED("Suspended");

    private final String label;

    VendorStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
