package gov.buyamerican.portal.rules.domesticcontent;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The classification of an end product and the numbers behind it.
 *
 * <p>Amounts are exact sums of the component costs (no rounding). Percentages are for display only:
 * scale 2, {@link java.math.RoundingMode#HALF_EVEN}; they are empty when there are no components.
 * The classification itself was decided on the exact amounts.
 *
 * @param classification                      domestic or foreign end product
 * @param appliedRule                         the rule that decided it
 * @param thresholdUsed                       the threshold that rule compared against (empty for the
 *                                            unmanufactured rule, the COTS exception, and items not made
 *                                            in the United States, where no threshold decided)
 * @param deliveryYear                        the delivery year the parameters were resolved for
 * @param totalComponentCost                  cost of all components
 * @param domesticComponentCost               cost of components counted as US components (domestic
 *                                            origin, nonavailable class, or US scrap)
 * @param domesticSharePercent                domestic / total, display value
 * @param ironAndSteelCost                    cost of the iron and steel content, COTS fasteners excluded
 *                                            (FAR 25.003)
 * @param ironAndSteelSharePercent            iron and steel / total, display value
 * @param predominantlyIronOrSteel            iron and steel cost exceeds the predominance share of the
 *                                            total, on exact amounts (FAR 25.003)
 * @param foreignIronAndSteelCost             cost of foreign (or unknown-origin) iron and steel, COTS
 *                                            fasteners excluded (FAR 25.101(a)(2)(ii))
 * @param foreignIronAndSteelSharePercent     foreign iron and steel / total, display value
 * @param fallbackThresholdPercent            the FAR 25.106(b)(2) threshold for the delivery year, if
 *                                            the fallback applies to that year
 * @param domesticContentExceedsFallbackThreshold for the 52.225-2 Buy American Certificate: the
 *                                            domestic content exceeds the fallback threshold (55%) on
 *                                            exact amounts; {@code false} when not known (no
 *                                            components, unmanufactured product, or no fallback
 *                                            threshold for the year): "unknown = no"
 * @param wouldQualifyUnderFallback           the item is eligible for FAR 25.106(b)(2) (manufactured in
 *                                            the US, neither COTS nor predominantly iron or steel, year
 *                                            before the fallback's end) and its domestic content exceeds
 *                                            the fallback threshold, whether or not the condition holds
 * @param explanation                         one line a compliance officer can check
 * @param warnings                            things the reader should know (declared kind contradicted
 *                                            by the numbers, ignored inputs, ...)
 */
public record DomesticContentResult(
        Classification classification,
        AppliedRule appliedRule,
        Optional<AppliedThreshold> thresholdUsed,
        int deliveryYear,
        BigDecimal totalComponentCost,
        BigDecimal domesticComponentCost,
        Optional<BigDecimal> domesticSharePercent,
        BigDecimal ironAndSteelCost,
        Optional<BigDecimal> ironAndSteelSharePercent,
        boolean predominantlyIronOrSteel,
        BigDecimal foreignIronAndSteelCost,
        Optional<BigDecimal> foreignIronAndSteelSharePercent,
        Optional<BigDecimal> fallbackThresholdPercent,
        boolean domesticContentExceedsFallbackThreshold,
        boolean wouldQualifyUnderFallback,
        String explanation,
        List<String> warnings) {

    public DomesticContentResult {
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(appliedRule, "appliedRule");
        Objects.requireNonNull(thresholdUsed, "thresholdUsed");
        Objects.requireNonNull(totalComponentCost, "totalComponentCost");
        Objects.requireNonNull(domesticComponentCost, "domesticComponentCost");
        Objects.requireNonNull(domesticSharePercent, "domesticSharePercent");
        Objects.requireNonNull(ironAndSteelCost, "ironAndSteelCost");
        Objects.requireNonNull(ironAndSteelSharePercent, "ironAndSteelSharePercent");
        Objects.requireNonNull(foreignIronAndSteelCost, "foreignIronAndSteelCost");
        Objects.requireNonNull(foreignIronAndSteelSharePercent, "foreignIronAndSteelSharePercent");
        Objects.requireNonNull(fallbackThresholdPercent, "fallbackThresholdPercent");
        Objects.requireNonNull(explanation, "explanation");
        warnings = List.copyOf(warnings);
    }

    /** Shorthand for {@code classification() == DOMESTIC}. */
    public boolean isDomestic() {
        return classification == Classification.DOMESTIC;
    }
}
