package gov.buyamerican.portal.vendor;

/** Business size under the SBA size standard (FPDS: S small, O other than small). Null means not stated. */
public enum VendorSize {
    SMALL("Small business"),
    OTHER("Other than small");

    private final String label;

    VendorSize(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
