package gov.buyamerican.portal.vendor;

/** Socioeconomic programs a vendor takes part in, as FPDS and SAM.gov record them. */
public enum SocioeconomicCategory {
    SDB("SDB", "Small disadvantaged business"),
    WOSB("WOSB", "Women-owned small business"),
    SDVOSB("SDVOSB", "Service-disabled veteran-owned small business"),
    HUBZONE("HUBZone", "HUBZone firm"),
    SBA_8A("8(a)", "SBA 8(a) business development program participant");

    private final String label;
    private final String description;

    SocioeconomicCategory(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The short name used in grids and badges, e.g. "8(a)". */
    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
