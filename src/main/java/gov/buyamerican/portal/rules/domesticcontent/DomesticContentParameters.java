package gov.buyamerican.portal.rules.domesticcontent;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The regulatory numbers that apply to one delivery year, resolved by the caller from the dated
 * reference table (see {@link ThresholdSchedule#resolve(int)}); the calculator holds no such number
 * itself.
 *
 * @param domesticContentThresholdPercent US component cost must exceed this share of the cost of all
 *                                        components (FAR 25.101(a)(2)(i): 60, 65 for delivery in
 *                                        2024-2028, 75 from 2029)
 * @param fallbackThresholdPercent        the FAR 25.106(b)(2) fallback threshold (55), or empty when
 *                                        the fallback does not apply to the delivery year (it ends on
 *                                        1 January 2030, FAR 25.106(b)(2)(iii))
 * @param ironSteelPredominancePercent    iron and steel above this share of the cost of all components
 *                                        make an item "predominantly of iron or steel" (FAR 25.003: 50)
 * @param foreignIronSteelMaxPercent      foreign iron and steel must be less than this share of the cost
 *                                        of all components (FAR 25.101(a)(2)(ii): 5)
 */
public record DomesticContentParameters(
        BigDecimal domesticContentThresholdPercent,
        Optional<BigDecimal> fallbackThresholdPercent,
        BigDecimal ironSteelPredominancePercent,
        BigDecimal foreignIronSteelMaxPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public DomesticContentParameters {
        requirePercent(domesticContentThresholdPercent, "domesticContentThresholdPercent");
        Objects.requireNonNull(fallbackThresholdPercent, "fallbackThresholdPercent (use Optional.empty())");
        fallbackThresholdPercent.ifPresent(p -> requirePercent(p, "fallbackThresholdPercent"));
        requirePercent(ironSteelPredominancePercent, "ironSteelPredominancePercent");
        requirePercent(foreignIronSteelMaxPercent, "foreignIronSteelMaxPercent");
    }

    /** A copy with another domestic content threshold. */
    public DomesticContentParameters withDomesticContentThresholdPercent(BigDecimal percent) {
        return new DomesticContentParameters(percent, fallbackThresholdPercent,
                ironSteelPredominancePercent, foreignIronSteelMaxPercent);
    }

    /** A copy with another (or no) fallback threshold. */
    public DomesticContentParameters withFallbackThresholdPercent(Optional<BigDecimal> percent) {
        return new DomesticContentParameters(domesticContentThresholdPercent, percent,
                ironSteelPredominancePercent, foreignIronSteelMaxPercent);
    }

    private static void requirePercent(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(name + " must be between 0 and 100 percent, was " + value);
        }
    }
}
