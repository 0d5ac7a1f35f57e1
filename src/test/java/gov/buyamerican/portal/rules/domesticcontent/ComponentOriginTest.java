package gov.buyamerican.portal.rules.domesticcontent;

import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.classify;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.domestic;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.foreign;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.madeInUs;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.steel;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 52.225-1(a), "domestic end product" (1)(ii)(A): components of unknown origin are foreign; components
 * of a nonavailable class (FAR 25.104) are treated as domestic; scrap generated, collected, and
 * prepared for processing in the United States is domestic.
 */
class ComponentOriginTest {

    /** US parts $640,000.00 + the row's part $360,000.00, delivery 2026 (more than 65% needed). */
    @ParameterizedTest(name = "{0}, nonavailable {1}, US scrap {2} -> US cost {3}, {4}")
    @CsvSource({
            "DOMESTIC, false, false, 1000000.00, DOMESTIC",
            "FOREIGN,  false, false, 640000.00,  FOREIGN",
            "UNKNOWN,  false, false, 640000.00,  FOREIGN",   // unknown counts as foreign
            "FOREIGN,  true,  false, 1000000.00, DOMESTIC",  // nonavailable class counts as domestic
            "UNKNOWN,  true,  false, 1000000.00, DOMESTIC",
            "UNKNOWN,  false, true,  1000000.00, DOMESTIC",  // US scrap counts as domestic
            "DOMESTIC, true,  true,  1000000.00, DOMESTIC",
    })
    void originTreatmentInTheComponentTest(ComponentOrigin origin, boolean nonavailable, boolean usScrap,
                                           String expectedUsCost, Classification expected) {
        String country = switch (origin) {
            case DOMESTIC -> "US";
            case FOREIGN -> "BR";
            case UNKNOWN -> null;
        };
        Component part = Component.purchased("Part in question", usd("360000.00"), origin, country)
                .withNonavailableClass(nonavailable)
                .withUsScrap(usScrap);
        EndProduct item = madeInUs(ProductKind.MANUFACTURED, 2026, domestic("US parts", "640000.00"), part);

        DomesticContentResult result = classify(item);

        assertThat(result.domesticComponentCost()).isEqualByComparingTo(expectedUsCost);
        assertThat(result.classification()).isEqualTo(expected);
    }

    @Test
    void nonavailableClassDoesNotMakeForeignIronOrSteelDomestic() {
        EndProduct item = madeInUs(ProductKind.PREDOMINANTLY_IRON_OR_STEEL, 2026,
                steel(domestic("US steel", "600000.00")),
                steel(foreign("Nonavailable alloy part", "100000.00")).withNonavailableClass(true),
                domestic("US other", "300000.00"));

        DomesticContentResult result = classify(item);

        assertThat(result.domesticComponentCost()).isEqualByComparingTo("1000000.00"); // component test view
        assertThat(result.foreignIronAndSteelCost()).isEqualByComparingTo("100000.00");
        assertThat(result.classification()).isEqualTo(Classification.FOREIGN);
        assertThat(result.warnings()).singleElement().asString()
                .contains("Line 2 (Nonavailable alloy part)", "nonavailable class", "counted as foreign");
    }

    @Test
    void usScrapIsDomesticIronAndSteel() {
        EndProduct item = madeInUs(ProductKind.PREDOMINANTLY_IRON_OR_STEEL, 2026,
                steel(domestic("US steel", "600000.00")),
                steel(Component.purchased("Scrap", usd("100000.00"), ComponentOrigin.UNKNOWN, null)).withUsScrap(true),
                domestic("US other", "300000.00"));

        DomesticContentResult result = classify(item);

        assertThat(result.foreignIronAndSteelCost()).isEqualByComparingTo("0");
        assertThat(result.classification()).isEqualTo(Classification.DOMESTIC);
    }

    @Test
    void selfMadeAndPurchasedComponentsAddUpTheSameWay() {
        EndProduct item = madeInUs(ProductKind.MANUFACTURED, 2026,
                Component.selfMade("Machined housing", usd("700.00"), ComponentOrigin.DOMESTIC, "US")
                        .withSupplier("ourselves"),
                foreign("Imported motor", "300.00"));

        DomesticContentResult result = classify(item);

        assertThat(result.domesticSharePercent()).hasValue(new java.math.BigDecimal("70.00"));
        assertThat(result.classification()).isEqualTo(Classification.DOMESTIC);
    }
}
