package gov.buyamerican.portal.rules.domesticcontent;

import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.classify;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.domestic;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.foreign;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.madeInUs;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.millionDollarItem;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * FAR 25.101(a)(2)(i): the cost of domestic components must EXCEED 60% (65% for delivery in 2024-2028,
 * 75% from 2029). Each threshold at, $1 above (+0.0001%) and $1 below, on a $1,000,000.00 item.
 */
class ComponentTestThresholdTest {

    @ParameterizedTest(name = "delivery {0}: US cost {1} of 1,000,000 -> {2} (threshold {3}%)")
    @CsvSource({
            // year, US component cost, expected, threshold
            "2022, 600000.00, FOREIGN,  60",
            "2022, 600001.00, DOMESTIC, 60",
            "2023, 599999.00, FOREIGN,  60",
            "2023, 600000.00, FOREIGN,  60",
            "2023, 600001.00, DOMESTIC, 60",
            "2023, 649999.00, DOMESTIC, 60",
            // year boundary 2023/2024: the same item changes class
            "2024, 600001.00, FOREIGN,  65",
            "2024, 649999.00, FOREIGN,  65",
            "2024, 650000.00, FOREIGN,  65",
            "2024, 650001.00, DOMESTIC, 65",
            "2026, 650001.00, DOMESTIC, 65",
            "2028, 649999.00, FOREIGN,  65",
            "2028, 650000.00, FOREIGN,  65",
            "2028, 650001.00, DOMESTIC, 65",
            "2028, 749999.00, DOMESTIC, 65",
            // year boundary 2028/2029
            "2029, 650001.00, FOREIGN,  75",
            "2029, 749999.00, FOREIGN,  75",
            "2029, 750000.00, FOREIGN,  75",
            "2029, 750001.00, DOMESTIC, 75",
            "2035, 750000.00, FOREIGN,  75",
            "2035, 750001.00, DOMESTIC, 75",
            "2035, 999999.00, DOMESTIC, 75",
    })
    void thresholdIsStrictlyGreaterThanAndChosenByDeliveryYear(int year, String usCost, Classification expected,
                                                               String threshold) {
        DomesticContentResult result = classify(millionDollarItem(year, usCost));

        assertThat(result.classification()).isEqualTo(expected);
        assertThat(result.appliedRule()).isEqualTo(AppliedRule.COMPONENT_TEST);
        assertThat(result.thresholdUsed()).hasValueSatisfying(t -> {
            assertThat(t.percent()).isEqualByComparingTo(threshold);
            assertThat(t.comparison()).isEqualTo(AppliedThreshold.Comparison.STRICTLY_GREATER_THAN);
        });
        assertThat(result.totalComponentCost()).isEqualByComparingTo("1000000.00");
        assertThat(result.domesticComponentCost()).isEqualByComparingTo(usCost);
        assertThat(result.deliveryYear()).isEqualTo(year);
    }

    @Test
    @DisplayName("a share a hundred-millionth of a percent above the threshold passes; no rounding before comparing")
    void comparisonIsExactEvenBelowACent() {
        EndProduct item = madeInUs(ProductKind.MANUFACTURED, 2026,
                domestic("US parts", "65000000.01"),
                foreign("Imported parts", "34999999.99"));

        DomesticContentResult result = classify(item);

        assertThat(result.classification()).isEqualTo(Classification.DOMESTIC);
        assertThat(result.domesticSharePercent()).hasValue(new BigDecimal("65.00"));
        assertThat(result.explanation()).contains("65.00000001% > 65%");
    }

    @Test
    void componentsWithMoreThanTwoDecimalsAreSummedExactly() {
        // 1/3 + 1/3 + 1/3 style amounts: 0.3333 * 3 = 0.9999, not rounded to 1.00
        EndProduct item = madeInUs(ProductKind.MANUFACTURED, 2026,
                domestic("a", "0.3333"), domestic("b", "0.3333"), foreign("c", "0.3334"));

        DomesticContentResult result = classify(item);

        assertThat(result.totalComponentCost()).isEqualByComparingTo("1.0000");
        assertThat(result.domesticComponentCost()).isEqualByComparingTo("0.6666");
        assertThat(result.classification()).isEqualTo(Classification.DOMESTIC); // 66.66% > 65%
    }

    @Test
    void allDomesticAndAllForeign() {
        assertThat(classify(madeInUs(ProductKind.MANUFACTURED, 2026, domestic("a", "10.00"))).classification())
                .isEqualTo(Classification.DOMESTIC);
        assertThat(classify(madeInUs(ProductKind.MANUFACTURED, 2026, foreign("a", "10.00"))).classification())
                .isEqualTo(Classification.FOREIGN);
    }

    @Test
    void manufacturedOutsideTheUnitedStatesIsForeignWhateverItsComponents() {
        EndProduct item = Fixtures.madeIn("DE", ProductKind.MANUFACTURED, 2026, domestic("all US parts", "100.00"));

        DomesticContentResult result = classify(item);

        assertThat(result.classification()).isEqualTo(Classification.FOREIGN);
        assertThat(result.appliedRule()).isEqualTo(AppliedRule.COMPONENT_TEST);
        assertThat(result.thresholdUsed()).isEmpty();
        assertThat(result.domesticSharePercent()).hasValue(new BigDecimal("100.00"));
        assertThat(result.explanation()).startsWith("FOREIGN: manufactured in DE, not in the United States");
    }

    @Test
    void outlyingAreasArePartOfTheUnitedStates() {
        EndProduct item = new EndProduct("Made in Puerto Rico", ProductKind.MANUFACTURED, true, "PR", 2026, false,
                java.util.List.of(domestic("US parts", "70.00"), foreign("Imported", "30.00")));

        DomesticContentResult result = classify(item);

        assertThat(result.classification()).isEqualTo(Classification.DOMESTIC);
        assertThat(result.explanation()).contains("manufactured in PR (United States)");
    }
}
