package gov.buyamerican.portal.waiver;

/** Where a waiver record comes from. */
public enum WaiverOrigin {
    /** A request drafted in this portal, with its review workflow. */
    PORTAL("Portal request"),
    /** A public record imported from the Made in America Office waiver list; read-only here. */
    MIAO_IMPORT("MIAO public list");

    private final String label;

    WaiverOrigin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
