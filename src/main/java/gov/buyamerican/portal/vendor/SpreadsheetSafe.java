package gov.buyamerican.portal.vendor;

/**
 * Kept for callers of the vendor module's API: the rule now lives in
 * {@link gov.buyamerican.portal.shared.export.SpreadsheetSafe}, shared by every export.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    /** The text, with a leading {@code '} when it would start a formula; null becomes "". */
    public static String cell(String text) {
        return gov.buyamerican.portal.shared.export.SpreadsheetSafe.cell(text);
    }
}
