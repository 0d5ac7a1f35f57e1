package gov.buyamerican.portal.vendor;

import java.util.List;

/**
 * A row of an import file that was not imported, with every reason.
 *
 * @param line  the 1-based line where the row starts in the file (the header is line 1)
 * @param uei   the row's UEI as written, or "" when blank
 * @param name  the row's vendor name as written, or ""
 */
public record RejectedRow(long line, String uei, String name, List<String> reasons) {

    public RejectedRow {
        reasons = List.copyOf(reasons);
    }

    public String reasonText() {
        return String.join("; ", reasons);
    }
}
