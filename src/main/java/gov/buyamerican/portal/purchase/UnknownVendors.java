package gov.buyamerican.portal.purchase;

/** What a purchase import does with a vendor (or marketplace seller) the portal does not know. */
public enum UnknownVendors {
    /** Register it with the least the file tells (legal name, UEI, country), then import its rows. */
    CREATE("Register them"),
    /** Reject its rows, with the reason in the report. */
    REJECT("Reject their rows");

    private final String label;

    UnknownVendors(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
