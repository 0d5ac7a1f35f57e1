package gov.buyamerican.portal.rules.waiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnreasonableCostEvaluationTest {

    private static final EvaluationFactors FACTORS = EvaluationFactors.defaults();

    private static UnreasonableCostEvaluation eval(String domestic, boolean small, String foreign) {
        return UnreasonableCostEvaluation.evaluate(new BigDecimal(domestic), small, new BigDecimal(foreign), FACTORS);
    }

    @Test
    void defaultsAreTheFar2022Factors() {
        assertThat(FACTORS.largeBusinessFactor()).isEqualByComparingTo("0.20");
        assertThat(FACTORS.smallBusinessFactor()).isEqualByComparingTo("0.30");
        assertThat(FACTORS.effectiveFrom()).isEqualTo(LocalDate.of(2022, 10, 25));
        assertThat(FACTORS.citation()).isEqualTo("FAR 25.106(b)(1)");
    }

    @ParameterizedTest(name = "domestic {0}, small={1}, foreign {2} -> unreasonable={3}")
    @CsvSource({
            // small business: 30% -> evaluated foreign 130,000.00
            "129999.99, true,  100000, false",
            "130000.00, true,  100000, false",   // at the factor: still reasonable (strictly greater needed)
            "130000,    true,  100000, false",
            "130000.01, true,  100000, true",
            // large business: 20% -> evaluated foreign 120,000.00
            "119999.99, false, 100000, false",
            "120000.00, false, 100000, false",
            "120000.01, false, 100000, true",
            // the same domestic price is unreasonable for a large business and reasonable for a small one
            "125000,    false, 100000, true",
            "125000,    true,  100000, false",
            // sub-cent exactness: 0.20 * 0.05 = 0.01 -> evaluated 0.06
            "0.06,      false, 0.05,   false",
            "0.0600001, false, 0.05,   true",
    })
    void atAboveAndBelowTheFactor(String domestic, boolean small, String foreign, boolean unreasonable) {
        UnreasonableCostEvaluation e = eval(domestic, small, foreign);
        assertThat(e.domesticUnreasonable()).isEqualTo(unreasonable);
        assertThat(e.factorApplied()).isEqualByComparingTo(small ? "0.30" : "0.20");
        assertThat(e.difference()).isEqualByComparingTo(new BigDecimal(domestic).subtract(e.evaluatedForeignOffer()));
    }

    @Test
    void arithmeticReadsLikeAWorksheetUnreasonable() {
        UnreasonableCostEvaluation e = eval("135000", true, "100000");
        assertThat(e.evaluationAmount()).isEqualByComparingTo("30000");
        assertThat(e.evaluatedForeignOffer()).isEqualByComparingTo("130000");
        assertThat(e.difference()).isEqualByComparingTo("5000");
        assertThat(e.arithmetic()).containsExactly(
                "Lowest foreign offer incl. duty: $100,000.00",
                "+ 30% evaluation factor (small business domestic offeror, FAR 25.106(b)(1)): $30,000.00",
                "= Evaluated foreign offer: $130,000.00",
                "Lowest domestic offer (small business): $135,000.00",
                "The domestic offer is $5,000.00 above the evaluated foreign offer.",
                "Result: the cost of the domestic offer is unreasonable (FAR 25.103(c)); the unreasonable-cost exception may be used.",
                "Factors used: 20% large business, 30% small business, in force from 2022-10-25 (FAR 25.106(b)(1)).");
    }

    @Test
    void arithmeticReadsLikeAWorksheetReasonable() {
        UnreasonableCostEvaluation e = eval("110000", false, "100000");
        assertThat(e.domesticUnreasonable()).isFalse();
        assertThat(e.arithmetic()).containsSubsequence(
                "+ 20% evaluation factor (large business domestic offeror, FAR 25.106(b)(1)): $20,000.00",
                "= Evaluated foreign offer: $120,000.00",
                "The domestic offer is $10,000.00 below the evaluated foreign offer.",
                "Result: the cost of the domestic offer is reasonable; the unreasonable-cost exception does not apply.");
        assertThat(eval("120000", false, "100000").arithmetic())
                .contains("The domestic offer equals the evaluated foreign offer.");
    }

    @Test
    void displayRoundsHalfEvenButTheComparisonIsExact() {
        // 0.125 * 0.20 = 0.025 -> shown as $0.02 (half-even), evaluated 0.15 exactly.
        UnreasonableCostEvaluation e = eval("0.150001", false, "0.125");
        assertThat(e.evaluationAmount()).isEqualByComparingTo("0.025");
        assertThat(e.arithmetic().get(1)).endsWith(": $0.02");
        assertThat(e.arithmetic().get(2)).isEqualTo("= Evaluated foreign offer: $0.15");
        assertThat(e.domesticUnreasonable()).isTrue();
        assertThat(e.arithmetic().get(4)).isEqualTo("The domestic offer is $0.00 above the evaluated foreign offer.");
    }

    @Test
    void factorsComeFromTheReferenceRowNotFromCode() {
        EvaluationFactors agencyHigher = new EvaluationFactors(LocalDate.of(2024, 1, 1), new BigDecimal("0.25"),
                new BigDecimal("0.125"), "Agency determination 2024-01 under FAR 25.106(a)");
        UnreasonableCostEvaluation e = UnreasonableCostEvaluation.evaluate(new BigDecimal("112500.01"), true,
                new BigDecimal("100000"), agencyHigher);
        assertThat(e.evaluatedForeignOffer()).isEqualByComparingTo("112500");
        assertThat(e.domesticUnreasonable()).isTrue();
        assertThat(e.arithmetic().get(1)).isEqualTo(
                "+ 12.5% evaluation factor (small business domestic offeror, Agency determination 2024-01 under FAR 25.106(a)): $12,500.00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-1", "-0.01"})
    void zeroOrNegativeAmountsAreRefused(String amount) {
        assertThatThrownBy(() -> eval(amount, true, "100"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The lowest domestic offer must be greater than zero (was " + amount + ")");
        assertThatThrownBy(() -> eval("100", false, amount))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The lowest foreign offer (duty included) must be greater than zero");
    }

    @Test
    void missingInputsAreRefused() {
        assertThatThrownBy(() -> UnreasonableCostEvaluation.evaluate(null, true, BigDecimal.TEN, FACTORS))
                .hasMessageContaining("lowest domestic offer is required");
        assertThatThrownBy(() -> UnreasonableCostEvaluation.evaluate(BigDecimal.TEN, true, BigDecimal.TEN, null))
                .hasMessageContaining("evaluation factors are required");
        assertThatThrownBy(() -> new EvaluationFactors(LocalDate.of(2022, 1, 1), BigDecimal.ZERO, BigDecimal.ONE, "x"))
                .hasMessageContaining("greater than zero");
    }

    /** Property: the verdict equals an independent computation, for random amounts at random scales. */
    @ParameterizedTest
    @ValueSource(longs = {1, 25, 106, 2022})
    void verdictMatchesIndependentComputation(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 5_000; i++) {
            BigDecimal foreign = BigDecimal.valueOf(1 + random.nextInt(10_000_000), random.nextInt(5));
            boolean small = random.nextBoolean();
            BigDecimal factor = small ? new BigDecimal("1.30") : new BigDecimal("1.20");
            BigDecimal evaluated = foreign.multiply(factor);
            // domestic near the boundary: evaluated +/- a few units of the last place, or far away
            BigDecimal domestic = switch (random.nextInt(4)) {
                case 0 -> evaluated;
                case 1 -> evaluated.add(BigDecimal.ONE.movePointLeft(evaluated.scale() + 1));
                case 2 -> evaluated.subtract(BigDecimal.ONE.movePointLeft(evaluated.scale() + 1));
                default -> BigDecimal.valueOf(1 + random.nextInt(20_000_000), random.nextInt(3));
            };
            UnreasonableCostEvaluation e = UnreasonableCostEvaluation.evaluate(domestic, small, foreign, FACTORS);
            assertThat(e.domesticUnreasonable()).isEqualTo(domestic.compareTo(evaluated) > 0);
            assertThat(e.evaluatedForeignOffer()).isEqualByComparingTo(evaluated);
            assertThat(e.difference().signum() > 0).isEqualTo(e.domesticUnreasonable());
            // scaling every amount by 10 does not change the verdict
            assertThat(UnreasonableCostEvaluation.evaluate(domestic.movePointRight(1), small, foreign.movePointRight(1),
                    FACTORS).domesticUnreasonable()).isEqualTo(e.domesticUnreasonable());
        }
    }
}
