package gov.buyamerican.portal.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages of the reports: part ÷ whole × 100, rounded half-up to one decimal; none when the whole is not positive. */
public final class Share {

    private Share() {
    }

    /** {@return the percentage, or null when {@code whole} is zero or negative (no meaningful share)} */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() <= 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
