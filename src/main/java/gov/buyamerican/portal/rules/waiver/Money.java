package gov.buyamerican.portal.rules.waiver;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Display of dollar amounts and percentages. Display only: comparisons use the exact values. */
final class Money {

    private Money() {
    }

    /** {@return e.g. "$1,234.57" (scale 2, HALF_EVEN); negative amounts as "-$5.00"} */
    static String format(BigDecimal amount) {
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_EVEN);
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        String digits = f.format(rounded.abs());
        return (rounded.signum() < 0 ? "-$" : "$") + digits;
    }

    /** {@return a factor as a percentage, e.g. 0.30 → "30%", 0.125 → "12.5%"} */
    static String percent(BigDecimal factor) {
        BigDecimal pct = factor.movePointRight(2).stripTrailingZeros();
        if (pct.scale() < 0) {
            pct = pct.setScale(0);
        }
        return pct.toPlainString() + "%";
    }
}
