package gov.buyamerican.portal.purchase;

import java.util.List;

/**
 * A row of a purchase file that was not imported.
 *
 * @param line    1-based physical line where the row starts (the header is line 1)
 * @param key     the row's key as written (transaction key, or order id and line), or ""
 * @param reasons every reason, each naming its column
 */
public record PurchaseRejectedRow(long line, String key, List<String> reasons) {

    public PurchaseRejectedRow {
        key = key == null ? "" : key;
        reasons = List.copyOf(reasons);
    }

    public String reasonText() {
        return String.join("; ", reasons);
    }
}
