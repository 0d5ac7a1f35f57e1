package gov.buyamerican.portal.rules.domesticcontent;

import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.classify;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.domestic;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.foreign;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.madeIn;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.madeInUs;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.steel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * COTS items: the domestic content test is waived (41 U.S.C. 1907; FAR 25.101(a)(2)(i)), but not for
 * items predominantly of iron or steel, except COTS fasteners (FAR 25.101(a)(2)(ii)). Manufacture in
 * the United States is still required (FAR 25.101(a)(1)).
 */
class CotsTest {

    @ParameterizedTest(name = "{0} made in US: {1}, US steel {2}, foreign steel {3}, foreign other {4} -> {5} by {6}")
    @CsvSource({
            // kind, made in US, US steel, foreign steel, foreign non-steel, expected, rule
            "COTS,          true,  0.00,      0.00,      1000000.00, DOMESTIC, COTS_EXCEPTION",  // 0% US content
            "COTS,          false, 0.00,      0.00,      1000000.00, FOREIGN,  COTS_EXCEPTION",
            "COTS,          true,  450000.00, 50000.00,  500000.00,  DOMESTIC, COTS_EXCEPTION",  // I&S exactly 50%
            "COTS,          true,  450001.00, 50000.00,  499999.00,  FOREIGN,  IRON_STEEL_TEST", // >50%, 5% foreign
            "COTS,          true,  460000.00, 49999.00,  490001.00,  DOMESTIC, IRON_STEEL_TEST", // 4.9999% foreign
            "COTS,          false, 460000.00, 0.00,      540000.00,  FOREIGN,  COTS_EXCEPTION",
            "COTS_FASTENER, true,  0.00,      1000000.00, 0.00,      DOMESTIC, COTS_EXCEPTION",  // all foreign steel
            "COTS_FASTENER, true,  0.00,      0.00,      1000000.00, DOMESTIC, COTS_EXCEPTION",
            "COTS_FASTENER, false, 1000000.00, 0.00,     0.00,       FOREIGN,  COTS_EXCEPTION",
    })
    void cots(ProductKind kind, boolean madeInUs, String usSteel, String foreignSteel, String foreignOther,
              Classification expected, AppliedRule rule) {
        var components = new java.util.ArrayList<Component>();
        if (Fixtures.usd(usSteel).signum() > 0) {
            components.add(steel(domestic("US steel", usSteel)));
        }
        if (Fixtures.usd(foreignSteel).signum() > 0) {
            components.add(steel(foreign("Imported steel", foreignSteel)));
        }
        if (Fixtures.usd(foreignOther).signum() > 0) {
            components.add(foreign("Imported other", foreignOther));
        }
        Component[] lines = components.toArray(Component[]::new);
        EndProduct item = madeInUs ? madeInUs(kind, 2026, lines) : madeIn("VN", kind, 2026, lines);

        DomesticContentResult result = classify(item);

        assertThat(result.classification()).isEqualTo(expected);
        assertThat(result.appliedRule()).isEqualTo(rule);
        if (rule == AppliedRule.COTS_EXCEPTION) {
            assertThat(result.thresholdUsed()).isEmpty();
        }
    }

    @Test
    void cotsItemPredominantlyOfIronOrSteelGetsTheIronAndSteelTestAndAWarning() {
        EndProduct item = madeInUs(ProductKind.COTS, 2026,
                steel(domestic("US steel", "500000.00")),
                steel(foreign("Imported steel", "100000.00")),
                domestic("US other", "400000.00"));

        DomesticContentResult result = classify(item);

        assertThat(result.appliedRule()).isEqualTo(AppliedRule.IRON_STEEL_TEST);
        assertThat(result.classification()).isEqualTo(Classification.FOREIGN);
        assertThat(result.warnings()).singleElement().asString()
                .contains("Declared as COTS", "60.00%", "COTS exception does not cover");
    }

    @Test
    void cotsFastenerEndProductNeedsNoComponentList() {
        DomesticContentResult result = classify(madeInUs(ProductKind.COTS_FASTENER, 2026));

        assertThat(result.classification()).isEqualTo(Classification.DOMESTIC);
        assertThat(result.appliedRule()).isEqualTo(AppliedRule.COTS_EXCEPTION);
        assertThat(result.domesticSharePercent()).isEmpty();
        assertThat(result.domesticContentExceedsFallbackThreshold()).isFalse(); // unknown = no
        assertThat(result.explanation()).contains("COTS fastener manufactured in US", "FAR 25.101(a)(2)(ii)");
    }

    @Test
    void cotsItemWithoutComponentsIsRefused() {
        assertThatThrownBy(() -> classify(madeInUs(ProductKind.COTS, 2026)))
                .isInstanceOfSatisfying(CalculationException.class, e -> assertThat(e.errors())
                        .singleElement()
                        .satisfies(error -> {
                            assertThat(error.field()).isEqualTo("components");
                            assertThat(error.message()).contains("predominantly of iron or steel");
                        }));
    }

    @Test
    void cotsExplanationShowsWhyTheExceptionApplied() {
        DomesticContentResult result = classify(madeInUs(ProductKind.COTS, 2026,
                steel(domestic("US steel", "20.00")), foreign("Imported other", "80.00")));

        assertThat(result.explanation()).isEqualTo("DOMESTIC: COTS item manufactured in US; domestic content test"
                + " waived (41 U.S.C. 1907); iron and steel $20.00 of $100.00 = 20.00% is not > 50%, so not"
                + " predominantly iron or steel (delivery 2026, FAR 25.101(a)(2)(i), 12.505(a)(1))");
    }
}
