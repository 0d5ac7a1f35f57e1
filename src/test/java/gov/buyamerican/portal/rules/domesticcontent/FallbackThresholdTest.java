package gov.buyamerican.portal.rules.domesticcontent;

import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.classify;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.domestic;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.foreign;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.madeInUs;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.millionDollarItem;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.steel;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * FAR 25.106(b)(2): with no domestic offer, or an unreasonably priced one, a US-manufactured item that
 * is neither COTS nor predominantly iron or steel and has more than 55% domestic content is treated as
 * domestic. No longer applies as of 1 January 2030: available for delivery in 2029, not in 2030.
 */
class FallbackThresholdTest {

    @ParameterizedTest(name = "delivery {0}, condition {1}: US cost {2} -> {3} by {4}, would qualify {5}, >55% {6}")
    @CsvSource({
            // year, condition holds, US cost of 1,000,000, expected, rule, wouldQualifyUnderFallback, exceeds 55%
            "2026, true,  600000.00, DOMESTIC, FALLBACK_COMPONENT_TEST, true,  true",
            "2026, true,  550001.00, DOMESTIC, FALLBACK_COMPONENT_TEST, true,  true",
            "2026, true,  550000.00, FOREIGN,  COMPONENT_TEST,          false, false",
            "2026, true,  549999.00, FOREIGN,  COMPONENT_TEST,          false, false",
            "2026, false, 600000.00, FOREIGN,  COMPONENT_TEST,          true,  true",
            "2026, false, 550000.00, FOREIGN,  COMPONENT_TEST,          false, false",
            "2026, true,  650001.00, DOMESTIC, COMPONENT_TEST,          true,  true",
            "2023, true,  560000.00, DOMESTIC, FALLBACK_COMPONENT_TEST, true,  true",
            "2029, true,  740000.00, DOMESTIC, FALLBACK_COMPONENT_TEST, true,  true",
            "2029, true,  550001.00, DOMESTIC, FALLBACK_COMPONENT_TEST, true,  true",
            "2029, true,  750001.00, DOMESTIC, COMPONENT_TEST,          true,  true",
            // the fallback ends on 2030-01-01
            "2030, true,  740000.00, FOREIGN,  COMPONENT_TEST,          false, false",
            "2030, true,  550001.00, FOREIGN,  COMPONENT_TEST,          false, false",
            "2030, true,  750001.00, DOMESTIC, COMPONENT_TEST,          false, false",
    })
    void fallback(int year, boolean condition, String usCost, Classification expected, AppliedRule rule,
                  boolean wouldQualify, boolean exceedsFallback) {
        EndProduct item = millionDollarItem(year, usCost).withFallbackConditionHolds(condition);

        DomesticContentResult result = classify(item);

        assertThat(result.classification()).isEqualTo(expected);
        assertThat(result.appliedRule()).isEqualTo(rule);
        assertThat(result.wouldQualifyUnderFallback()).isEqualTo(wouldQualify);
        assertThat(result.domesticContentExceedsFallbackThreshold()).isEqualTo(exceedsFallback);
        if (rule == AppliedRule.FALLBACK_COMPONENT_TEST) {
            assertThat(result.thresholdUsed()).hasValueSatisfying(t -> assertThat(t.percent()).isEqualByComparingTo("55"));
        }
    }

    @Test
    void fallbackThresholdIsReportedOnlyWhileItApplies() {
        assertThat(classify(millionDollarItem(2029, "600000.00")).fallbackThresholdPercent())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("55"));
        assertThat(classify(millionDollarItem(2030, "600000.00")).fallbackThresholdPercent()).isEmpty();
    }

    @Test
    void conditionRecordedAfterTheFallbackEndedGivesAWarning() {
        DomesticContentResult result = classify(millionDollarItem(2030, "600000.00").withFallbackConditionHolds(true));

        assertThat(result.classification()).isEqualTo(Classification.FOREIGN);
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).contains("no fallback threshold applies to delivery year 2030"));
    }

    @Test
    void fallbackDoesNotApplyToItemsManufacturedAbroad() {
        EndProduct item = Fixtures.madeIn("MX", ProductKind.MANUFACTURED, 2026,
                domestic("US parts", "600000.00"), foreign("Imported parts", "400000.00"))
                .withFallbackConditionHolds(true);

        DomesticContentResult result = classify(item);

        assertThat(result.classification()).isEqualTo(Classification.FOREIGN);
        assertThat(result.wouldQualifyUnderFallback()).isFalse();
        // still useful for the 52.225-2 certificate: domestic content exceeds 55%
        assertThat(result.domesticContentExceedsFallbackThreshold()).isTrue();
    }

    @Test
    void fallbackDoesNotApplyToItemsPredominantlyOfIronOrSteel() {
        // 60% US content, but 70% iron and steel of which 10 points foreign: iron and steel test, foreign.
        EndProduct item = madeInUs(ProductKind.PREDOMINANTLY_IRON_OR_STEEL, 2026,
                steel(domestic("US steel", "600000.00")),
                steel(foreign("Imported steel", "100000.00")),
                foreign("Imported electronics", "300000.00"))
                .withFallbackConditionHolds(true);

        DomesticContentResult result = classify(item);

        assertThat(result.classification()).isEqualTo(Classification.FOREIGN);
        assertThat(result.appliedRule()).isEqualTo(AppliedRule.IRON_STEEL_TEST);
        assertThat(result.wouldQualifyUnderFallback()).isFalse();
        assertThat(result.domesticContentExceedsFallbackThreshold()).isTrue();
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).contains("does not apply to items predominantly of iron or steel"));
    }

    @Test
    void fallbackIsNotNeededByCotsItems() {
        EndProduct item = madeInUs(ProductKind.COTS, 2026, foreign("Imported parts", "100.00"))
                .withFallbackConditionHolds(true);

        DomesticContentResult result = classify(item);

        assertThat(result.appliedRule()).isEqualTo(AppliedRule.COTS_EXCEPTION);
        assertThat(result.wouldQualifyUnderFallback()).isFalse();
    }

    @Test
    void fallbackThresholdComesFromTheParametersNotFromTheCalculator() {
        DomesticContentParameters parameters = Fixtures.FAR.resolve(2026)
                .withFallbackThresholdPercent(java.util.Optional.of(new BigDecimal("58")));
        EndProduct item = millionDollarItem(2026, "570000.00").withFallbackConditionHolds(true);

        DomesticContentResult result = Fixtures.CALCULATOR.calculate(item, parameters);

        assertThat(result.classification()).isEqualTo(Classification.FOREIGN);
        assertThat(result.explanation()).contains("not > the 58% fallback");
    }
}
