package gov.buyamerican.portal.rules.waiver;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Buy American price comparison (FAR 25.106) that decides whether the cost of the lowest
 * domestic offer is unreasonable, which justifies the unreasonable-cost exception (FAR 25.103(c)).
 *
 * <p>The evaluation factor for the lowest domestic offeror's size is added to the lowest foreign
 * offer, duty included: evaluated foreign offer = foreign × (1 + factor). The domestic offer's cost
 * is unreasonable only when it is <em>strictly</em> higher than the evaluated foreign offer; at
 * exactly the evaluated price it is still reasonable.
 *
 * <p>Arithmetic is exact ({@link BigDecimal}, no rounding); amounts are rounded to cents
 * (HALF_EVEN) only in the {@link #arithmetic()} lines. Out of scope, for the caller to rule out
 * first: products eligible under a trade agreement (no factor applies, FAR 25.106), and critical
 * items or critical components (additional factor, FAR 25.105; the list is empty at the time of
 * writing).
 *
 * @param lowestDomesticOffer          price of the lowest domestic offer
 * @param domesticOfferorSmallBusiness whether that offer comes from a small business
 * @param lowestForeignOfferInclDuty   price of the lowest foreign offer, duty included
 * @param factors                      the reference-table row used
 * @param factorApplied                the factor used (from {@code factors}, by business size)
 * @param evaluationAmount             foreign × factor
 * @param evaluatedForeignOffer        foreign × (1 + factor)
 * @param domesticUnreasonable         domestic &gt; evaluated foreign
 * @param difference                   domestic − evaluated foreign (positive when unreasonable)
 * @param arithmetic                   the computation as lines a reader can check
 */
public record UnreasonableCostEvaluation(
        BigDecimal lowestDomesticOffer,
        boolean domesticOfferorSmallBusiness,
        BigDecimal lowestForeignOfferInclDuty,
        EvaluationFactors factors,
        BigDecimal factorApplied,
        BigDecimal evaluationAmount,
        BigDecimal evaluatedForeignOffer,
        boolean domesticUnreasonable,
        BigDecimal difference,
        List<String> arithmetic) {

    /** Copies the lines. */
    public UnreasonableCostEvaluation {
        arithmetic = List.copyOf(arithmetic);
    }

    /**
     * Runs the evaluation.
     *
     * @param lowestDomesticOffer          price of the lowest domestic offer, greater than zero
     * @param domesticOfferorSmallBusiness whether the lowest domestic offer is from a small business
     * @param lowestForeignOfferInclDuty   price of the lowest foreign offer including duty, greater than zero
     * @param factors                      the evaluation factors in force (from the reference table)
     * @throws IllegalArgumentException when an amount is zero or negative
     */
    public static UnreasonableCostEvaluation evaluate(BigDecimal lowestDomesticOffer,
                                                      boolean domesticOfferorSmallBusiness,
                                                      BigDecimal lowestForeignOfferInclDuty,
                                                      EvaluationFactors factors) {
        Objects.requireNonNull(lowestDomesticOffer, "The lowest domestic offer is required.");
        Objects.requireNonNull(lowestForeignOfferInclDuty, "The lowest foreign offer (duty included) is required.");
        Objects.requireNonNull(factors, "The evaluation factors are required.");
        requirePositive(lowestDomesticOffer, "The lowest domestic offer");
        requirePositive(lowestForeignOfferInclDuty, "The lowest foreign offer (duty included)");

        BigDecimal factor = factors.factorFor(domesticOfferorSmallBusiness);
        BigDecimal evaluationAmount = lowestForeignOfferInclDuty.multiply(factor);
        BigDecimal evaluatedForeign = lowestForeignOfferInclDuty.add(evaluationAmount);
        int cmp = lowestDomesticOffer.compareTo(evaluatedForeign);
        boolean unreasonable = cmp > 0;
        BigDecimal difference = lowestDomesticOffer.subtract(evaluatedForeign);

        String size = domesticOfferorSmallBusiness ? "small business" : "large business";
        List<String> lines = new ArrayList<>();
        lines.add("Lowest foreign offer incl. duty: " + Money.format(lowestForeignOfferInclDuty));
        lines.add("+ " + Money.percent(factor) + " evaluation factor (" + size + " domestic offeror, "
                + factors.citation() + "): " + Money.format(evaluationAmount));
        lines.add("= Evaluated foreign offer: " + Money.format(evaluatedForeign));
        lines.add("Lowest domestic offer (" + size + "): " + Money.format(lowestDomesticOffer));
        if (cmp > 0) {
            lines.add("The domestic offer is " + Money.format(difference) + " above the evaluated foreign offer.");
            lines.add("Result: the cost of the domestic offer is unreasonable (FAR 25.103(c)); "
                    + "the unreasonable-cost exception may be used.");
        } else {
            lines.add(cmp == 0
                    ? "The domestic offer equals the evaluated foreign offer."
                    : "The domestic offer is " + Money.format(difference.negate()) + " below the evaluated foreign offer.");
            lines.add("Result: the cost of the domestic offer is reasonable; "
                    + "the unreasonable-cost exception does not apply.");
        }
        lines.add("Factors used: " + Money.percent(factors.largeBusinessFactor()) + " large business, "
                + Money.percent(factors.smallBusinessFactor()) + " small business, in force from "
                + factors.effectiveFrom() + " (" + factors.citation() + ").");

        return new UnreasonableCostEvaluation(lowestDomesticOffer, domesticOfferorSmallBusiness,
                lowestForeignOfferInclDuty, factors, factor, evaluationAmount, evaluatedForeign,
                unreasonable, difference, lines);
    }

    private static void requirePositive(BigDecimal amount, String what) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException(what + " must be greater than zero (was " + amount.toPlainString() + ").");
        }
    }
}
