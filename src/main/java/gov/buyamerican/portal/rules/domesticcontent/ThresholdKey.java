package gov.buyamerican.portal.rules.domesticcontent;

/** The dated regulatory numbers the calculator needs, as keys of the reference table. */
public enum ThresholdKey {
    /** Domestic content threshold, percent, strictly greater than (FAR 25.101(a)(2)(i)). Required. */
    DOMESTIC_CONTENT_THRESHOLD(true),
    /** Fallback threshold, percent, strictly greater than (FAR 25.106(b)(2)). Optional: ends 2030-01-01. */
    FALLBACK_THRESHOLD(false),
    /** Iron and steel share above which an item is predominantly of iron or steel (FAR 25.003). Required. */
    IRON_STEEL_PREDOMINANCE(true),
    /** Foreign iron and steel must be less than this share (FAR 25.101(a)(2)(ii)). Required. */
    FOREIGN_IRON_STEEL_MAX(true);

    private final boolean required;

    ThresholdKey(boolean required) {
        this.required = required;
    }

    /** Whether every delivery year needs a value for this key. */
    public boolean required() {
        return required;
    }
}
