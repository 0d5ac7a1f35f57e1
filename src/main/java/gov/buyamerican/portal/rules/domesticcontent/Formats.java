package gov.buyamerican.portal.rules.domesticcontent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Display formatting for explanations. Never used for a decision. */
final class Formats {

    /** Display percentages: two decimals, banker's rounding (round half to even). */
    static final int DISPLAY_SCALE = 2;
    static final RoundingMode DISPLAY_ROUNDING = RoundingMode.HALF_EVEN;

    /** Most decimals an explanation shows to keep a displayed share on the right side of a threshold. */
    private static final int MAX_EXPLANATION_SCALE = 12;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Formats() {
    }

    /** {@code part / total} in percent, scale 2, HALF_EVEN; total must be positive. */
    static BigDecimal displayPercent(BigDecimal part, BigDecimal total) {
        return part.multiply(HUNDRED).divide(total, DISPLAY_SCALE, DISPLAY_ROUNDING);
    }

    /** US dollars, e.g. {@code $70,500.00} (two decimals, HALF_EVEN). */
    static String money(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        format.setRoundingMode(DISPLAY_ROUNDING);
        format.setParseBigDecimal(true);
        return "$" + format.format(amount);
    }

    /** A threshold as written in the regulation, e.g. {@code 65%}, {@code 5%}, {@code 62.5%}. */
    static String thresholdPercent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + "%";
    }

    /**
     * {@code part / total} in percent for an explanation next to one or more thresholds: two decimals,
     * HALF_EVEN, unless rounding to two decimals would put the shown share on the wrong side of (or on)
     * one of the thresholds; then as many more decimals as needed. So a share of 65.0001% is shown as
     * {@code 65.0001%}, not {@code 65.00%}, next to "> 65%". Total must be positive.
     */
    static String percentNear(BigDecimal part, BigDecimal total, BigDecimal... thresholds) {
        BigDecimal scaledPart = part.multiply(HUNDRED);
        BigDecimal shown = null;
        for (int scale = DISPLAY_SCALE; scale <= MAX_EXPLANATION_SCALE; scale++) {
            shown = scaledPart.divide(total, scale, DISPLAY_ROUNDING);
            if (sameSideOfAll(shown, scaledPart, total, thresholds)) {
                return shown.toPlainString() + "%";
            }
        }
        return "about " + shown.toPlainString() + "%";
    }

    private static boolean sameSideOfAll(BigDecimal shown, BigDecimal scaledPart, BigDecimal total,
                                         BigDecimal[] thresholds) {
        for (BigDecimal threshold : thresholds) {
            int exact = scaledPart.compareTo(threshold.multiply(total)); // sign of (share - threshold)
            if (Integer.signum(shown.compareTo(threshold)) != Integer.signum(exact)) {
                return false;
            }
        }
        return true;
    }
}
