package gov.buyamerican.portal.reporting;

import java.math.BigDecimal;

/**
 * Foreign spend of one country of origin or one vendor: FOREIGN_WAIVED and FOREIGN_UNWAIVED purchases (exempt
 * purchases are not foreign spend under the statute, and DOMESTIC or UNKNOWN are not foreign). {@code key} is the
 * country's alpha-2 code ("" when the purchase has no country of origin) or the vendor id as text.
 */
public record ForeignSpend(String key, String name, Spend waived, Spend unwaived) {

    public Spend total() {
        return waived.plus(unwaived);
    }

    public BigDecimal amount() {
        return total().amount();
    }
}
