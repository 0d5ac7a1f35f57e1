package gov.buyamerican.portal.reference;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/** The unit of a dated rule value: how it is checked when entered and how it is written. */
public enum RuleUnit {
    /** A share in percent, 0 to 100, e.g. {@code 65} for 65%. */
    PERCENT("percent"),
    /** An amount in US dollars, to the cent. */
    USD("US dollars"),
    /** A number of calendar days. */
    DAYS("days"),
    /** A number of business days (federal holidays and weekends excluded). */
    BUSINESS_DAYS("business days");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_DAYS = BigDecimal.valueOf(3650);

    private final String label;

    RuleUnit(String label) {
        this.label = label;
    }

    /** {@return the unit in words, e.g. "percent"} */
    public String label() {
        return label;
    }

    /**
     * Checks a value entered for this unit.
     *
     * @return the problem, in words for the user, or empty when the value is acceptable
     */
    public Optional<String> problem(BigDecimal value) {
        if (value == null) {
            return Optional.of("Enter the value");
        }
        BigDecimal v = value.stripTrailingZeros();
        return switch (this) {
            case PERCENT -> value.signum() < 0 || value.compareTo(HUNDRED) > 0
                    ? Optional.of("A percentage between 0 and 100")
                    : v.scale() > 4 ? Optional.of("At most 4 decimal places") : Optional.empty();
            case USD -> value.signum() <= 0
                    ? Optional.of("An amount greater than zero")
                    : v.scale() > 2 ? Optional.of("Whole cents at most (2 decimal places)") : Optional.empty();
            case DAYS, BUSINESS_DAYS -> v.scale() > 0 || value.signum() <= 0 || value.compareTo(MAX_DAYS) > 0
                    ? Optional.of("A whole number of " + label + " from 1 to 3650")
                    : Optional.empty();
        };
    }

    /** Writes a value of this unit, e.g. {@code 65%}, {@code $15,000}, {@code $174,000.50}, {@code 365 days}. */
    public String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        return switch (this) {
            case PERCENT -> v.toPlainString() + "%";
            case USD -> {
                NumberFormat f = NumberFormat.getCurrencyInstance(Locale.US);
                f.setMinimumFractionDigits(v.scale() == 0 ? 0 : 2);
                f.setMaximumFractionDigits(2);
                yield f.format(v);
            }
            case DAYS, BUSINESS_DAYS -> v.toPlainString() + " " + (v.compareTo(BigDecimal.ONE) == 0
                    ? label.substring(0, label.length() - 1) : label);
        };
    }
}
