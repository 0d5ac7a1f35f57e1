package gov.buyamerican.portal.rules.domesticcontent;

import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.classify;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.foreign;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 52.225-1(a), "domestic end product" (1)(i): an unmanufactured end product mined or produced in the US. */
class UnmanufacturedTest {

    @ParameterizedTest(name = "produced in US {0} ({1}), delivery {2} -> {3}")
    @CsvSource({
            "true,  US, 2023, DOMESTIC",
            "true,  US, 2031, DOMESTIC",
            "true,  GU, 2026, DOMESTIC",
            "false, CA, 2026, FOREIGN",
            "false,   , 2026, FOREIGN",
    })
    void domesticIfMinedOrProducedInTheUnitedStates(boolean inUs, String country, int year, Classification expected) {
        EndProduct gravel = new EndProduct("Gravel", ProductKind.UNMANUFACTURED, inUs, country, year, false, List.of());

        DomesticContentResult result = classify(gravel);

        assertThat(result.classification()).isEqualTo(expected);
        assertThat(result.appliedRule()).isEqualTo(AppliedRule.UNMANUFACTURED);
        assertThat(result.thresholdUsed()).isEmpty();
        assertThat(result.domesticSharePercent()).isEmpty();
        assertThat(result.domesticContentExceedsFallbackThreshold()).isFalse();
        assertThat(result.wouldQualifyUnderFallback()).isFalse();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void componentsAreIgnoredWithAWarning() {
        EndProduct product = new EndProduct("Timber", ProductKind.UNMANUFACTURED, true, "US", 2026, false,
                List.of(foreign("Imported treatment", "900.00")));

        DomesticContentResult result = classify(product);

        assertThat(result.classification()).isEqualTo(Classification.DOMESTIC);
        assertThat(result.predominantlyIronOrSteel()).isFalse();
        assertThat(result.domesticContentExceedsFallbackThreshold()).isFalse();
        assertThat(result.warnings()).singleElement().asString().contains("1 component line(s) were ignored");
    }

    @Test
    void explanation() {
        EndProduct product = new EndProduct("Lumber", ProductKind.UNMANUFACTURED, false, "CA", 2026, false, null);

        assertThat(classify(product).explanation()).isEqualTo("FOREIGN: unmanufactured end product mined or produced"
                + " in CA, not in the United States (delivery 2026, FAR 52.225-1(a), domestic end product (1)(i))");
    }
}
