package gov.buyamerican.portal.rules.domesticcontent;

import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.classify;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.domestic;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.foreign;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.madeInUs;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Displayed shares have scale 2 and round half to even; they never decide anything. Explanations
 * show more decimals when two would put a share on the wrong side of (or on) the threshold.
 */
class DisplayRoundingTest {

    @ParameterizedTest(name = "US {0} of {1} -> {2}%")
    @CsvSource({
            "2.00,     3.00,      66.67", // 2/3
            "1.00,     3.00,      33.33", // 1/3
            "1565.00,  100000.00, 1.56",  // 1.565 -> 1.56 (half to even; half up would give 1.57)
            "1575.00,  100000.00, 1.58",  // 1.575 -> 1.58
            "125.00,   100000.00, 0.12",  // 0.125 -> 0.12
            "650001.00, 1000000.00, 65.00",
            "649999.00, 1000000.00, 65.00",
            "1.00,     1.00,      100.00",
    })
    void domesticShareIsRoundedHalfEvenToTwoDecimals(String us, String total, String shown) {
        String foreignCost = usd(total).subtract(usd(us)).toPlainString();
        EndProduct item = usd(foreignCost).signum() > 0
                ? madeInUs(ProductKind.MANUFACTURED, 2026, domestic("US", us), foreign("Imported", foreignCost))
                : madeInUs(ProductKind.MANUFACTURED, 2026, domestic("US", us));

        DomesticContentResult result = classify(item);

        assertThat(result.domesticSharePercent()).hasValue(new BigDecimal(shown));
        assertThat(result.domesticSharePercent().orElseThrow().scale()).isEqualTo(2);
    }

    @ParameterizedTest(name = "US {0} of 1,000,000 -> {1} shown as {2}")
    @CsvSource(delimiter = '|', value = {
            "650001.00 | DOMESTIC | 65.0001% > 65%",
            "650000.00 | FOREIGN  | 65.00% is not > 65%",
            "649999.00 | FOREIGN  | 64.9999% is not > 65%",
            "649950.00 | FOREIGN  | 64.995% is not > 65%",  // 65.00 when rounded to two decimals: shown with three
            "640000.00 | FOREIGN  | 64.00% is not > 65%",
    })
    void explanationNeverShowsAShareOnTheWrongSideOfTheThreshold(String us, Classification expected, String shown) {
        DomesticContentResult result = classify(Fixtures.millionDollarItem(2026, us));

        assertThat(result.classification()).isEqualTo(expected);
        assertThat(result.explanation()).contains(shown);
    }

    @Test
    void ironAndSteelSharesAreRoundedTheSameWay() {
        EndProduct item = madeInUs(ProductKind.PREDOMINANTLY_IRON_OR_STEEL, 2026,
                domestic("US steel", "2.00").withIronOrSteelSharePercent(new BigDecimal("100")),
                foreign("Imported", "1.00").withIronOrSteelSharePercent(new BigDecimal("12.5")));

        DomesticContentResult result = classify(item);

        assertThat(result.ironAndSteelCost()).isEqualByComparingTo("2.125");
        assertThat(result.ironAndSteelSharePercent()).hasValue(new BigDecimal("70.83")); // 70.8333...
        assertThat(result.foreignIronAndSteelSharePercent()).hasValue(new BigDecimal("4.17")); // 4.1666...
        assertThat(result.classification()).isEqualTo(Classification.DOMESTIC);
    }
}
