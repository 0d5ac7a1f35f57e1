package gov.buyamerican.portal.vendor;

/**
 * Protects text written to CSV files against formula injection: a spreadsheet opening the file would run a cell that
 * starts with {@code = + - @} (or a tab or carriage return followed by one) as a formula. Such cells get a leading
 * apostrophe, which spreadsheets show as text (OWASP "CSV injection").
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    /** The text, with a leading {@code '} when it would start a formula; null becomes "". */
    public static String cell(String text) {
        return gov.buyamerican.portal.shared.export.TabularExport.safeCell(text);
    }
}
