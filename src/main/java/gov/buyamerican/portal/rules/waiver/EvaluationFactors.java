package gov.buyamerican.portal.rules.waiver;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the dated reference table of Buy American evaluation factors (FAR 25.106): the
 * percentage added to the lowest foreign offer before comparing it with the lowest domestic offer.
 * Factors are fractions: 0.20 means 20%.
 *
 * <p>The factors come from the reference table in force on the evaluation date, never from code.
 * An agency head may set higher factors by written determination (FAR 25.106(a)); that is a
 * different row with its own citation.
 *
 * @param effectiveFrom        first day these factors apply
 * @param largeBusinessFactor  factor when the lowest domestic offer is from a large business
 * @param smallBusinessFactor  factor when the lowest domestic offer is from a small business
 * @param citation             where the factors come from, shown in the arithmetic
 */
public record EvaluationFactors(LocalDate effectiveFrom, BigDecimal largeBusinessFactor,
                                BigDecimal smallBusinessFactor, String citation) {

    /** Validates the row. */
    public EvaluationFactors {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(largeBusinessFactor, "largeBusinessFactor");
        Objects.requireNonNull(smallBusinessFactor, "smallBusinessFactor");
        Objects.requireNonNull(citation, "citation");
        if (largeBusinessFactor.signum() <= 0 || smallBusinessFactor.signum() <= 0) {
            throw new IllegalArgumentException("Evaluation factors must be greater than zero (large business: "
                    + largeBusinessFactor.toPlainString() + ", small business: " + smallBusinessFactor.toPlainString() + ").");
        }
        if (citation.isBlank()) {
            throw new IllegalArgumentException("Evaluation factors need a citation.");
        }
    }

    /**
     * The factors of FAR 25.106(b)(1) as amended by the rule implementing Executive Order 14005
     * (87 FR 12780, 7 March 2022, in force from 25 October 2022): 20% when the lowest domestic offer
     * comes from a large business, 30% when it comes from a small business.
     *
     * <p><b>For seed data and tests.</b> Production code reads the row in force from the reference
     * table.
     */
    public static EvaluationFactors defaults() {
        return new EvaluationFactors(LocalDate.of(2022, 10, 25), new BigDecimal("0.20"), new BigDecimal("0.30"),
                "FAR 25.106(b)(1)");
    }

    /** {@return the factor for the lowest domestic offeror's size} */
    public BigDecimal factorFor(boolean domesticOfferorIsSmallBusiness) {
        return domesticOfferorIsSmallBusiness ? smallBusinessFactor : largeBusinessFactor;
    }
}
