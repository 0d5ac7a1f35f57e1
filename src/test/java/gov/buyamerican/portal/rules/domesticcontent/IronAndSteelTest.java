package gov.buyamerican.portal.rules.domesticcontent;

import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.classify;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.domestic;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.foreign;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.madeInUs;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.steel;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.unknown;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * FAR 25.101(a)(2)(ii) and 52.225-1(a) "domestic end product" (2): an item predominantly of iron or
 * steel (iron and steel more than 50% of the component cost, FAR 25.003) is domestic only if foreign
 * iron and steel is LESS THAN 5% of the cost of all components, COTS fasteners excluded.
 */
class IronAndSteelTest {

    /**
     * $1,000,000.00 item: US steel $600,000.00 (predominance is certain), then the rows' foreign steel,
     * foreign COTS fasteners (all steel) and the rest as US non-steel parts.
     */
    @ParameterizedTest(name = "foreign steel {0} ({1}), COTS fasteners {2} flagged {3} -> {4}")
    @CsvSource({
            // foreign steel, origin, foreign fasteners, flagged as COTS fasteners, expected, foreign I&S counted
            "50000.00,  FOREIGN, 0.00,      false, FOREIGN,  50000.00",  // exactly 5%: not less than 5%
            "49999.00,  FOREIGN, 0.00,      false, DOMESTIC, 49999.00",  // 4.9999%
            "50001.00,  FOREIGN, 0.00,      false, FOREIGN,  50001.00",
            "0.00,      FOREIGN, 0.00,      false, DOMESTIC, 0.00",
            "49999.00,  FOREIGN, 100000.00, true,  DOMESTIC, 49999.00",  // fasteners left out
            "49999.00,  FOREIGN, 100000.00, false, FOREIGN,  149999.00", // same parts, not COTS fasteners
            "50000.00,  FOREIGN, 100000.00, true,  FOREIGN,  50000.00",  // leaving fasteners out does not help at 5%
            "0.00,      FOREIGN, 300000.00, true,  DOMESTIC, 0.00",
            "50000.00,  UNKNOWN, 0.00,      false, FOREIGN,  50000.00",  // unknown origin is foreign
            "49999.00,  UNKNOWN, 0.00,      false, DOMESTIC, 49999.00",
    })
    void foreignIronAndSteelMustBeLessThanFivePercent(String foreignSteel, ComponentOrigin origin,
                                                      String fasteners, boolean flagged,
                                                      Classification expected, String foreignCounted) {
        BigDecimal rest = usd("400000.00").subtract(usd(foreignSteel)).subtract(usd(fasteners));
        var components = new java.util.ArrayList<Component>();
        components.add(steel(domestic("US steel frame", "600000.00")));
        if (usd(foreignSteel).signum() > 0) {
            components.add(steel(Component.purchased("Imported steel", usd(foreignSteel), origin,
                    origin == ComponentOrigin.FOREIGN ? "KR" : null)));
        }
        if (usd(fasteners).signum() > 0) {
            components.add(steel(foreign("Bolts and nuts", fasteners)).withCotsFastener(flagged));
        }
        components.add(domestic("US paint and labels", rest.toPlainString()));
        EndProduct item = madeInUs(ProductKind.PREDOMINANTLY_IRON_OR_STEEL, 2026, components.toArray(Component[]::new));

        DomesticContentResult result = classify(item);

        assertThat(result.appliedRule()).isEqualTo(AppliedRule.IRON_STEEL_TEST);
        assertThat(result.predominantlyIronOrSteel()).isTrue();
        assertThat(result.classification()).isEqualTo(expected);
        assertThat(result.foreignIronAndSteelCost()).isEqualByComparingTo(foreignCounted);
        assertThat(result.thresholdUsed()).hasValueSatisfying(t -> {
            assertThat(t.percent()).isEqualByComparingTo("5");
            assertThat(t.comparison()).isEqualTo(AppliedThreshold.Comparison.LESS_THAN);
        });
        assertThat(result.warnings()).isEmpty();
    }

    @ParameterizedTest(name = "iron or steel share {0}% of a $100,000.00 foreign part -> {1}")
    @CsvSource({
            "50,     FOREIGN",  // $50,000.00 of $1,000,000.00 = 5%
            "49.999, DOMESTIC", // $49,999.00 = 4.9999%
            "0,      DOMESTIC",
    })
    void partOfAComponentCanBeIronOrSteel(String share, Classification expected) {
        EndProduct item = madeInUs(ProductKind.MANUFACTURED, 2026,
                steel(domestic("US steel body", "700000.00")),
                foreign("Imported motor", "100000.00").withIronOrSteelSharePercent(new BigDecimal(share)),
                domestic("US electronics", "200000.00"));

        DomesticContentResult result = classify(item);

        assertThat(result.appliedRule()).isEqualTo(AppliedRule.IRON_STEEL_TEST);
        assertThat(result.classification()).isEqualTo(expected);
    }

    /**
     * $1,000,000.00 item with $100,000.00 of foreign steel (10%): under the iron and steel test it is
     * foreign; under the component test it is 90% domestic. Predominance decides which test applies.
     */
    @ParameterizedTest(name = "US steel {0} + foreign steel 100,000 -> predominant {1}, {2}, {3}")
    @CsvSource({
            "400000.00, false, COMPONENT_TEST,  DOMESTIC", // iron and steel exactly 50%: not predominant
            "399999.00, false, COMPONENT_TEST,  DOMESTIC", // 49.9999%
            "400001.00, true,  IRON_STEEL_TEST, FOREIGN",  // 50.0001%: predominant
            "600000.00, true,  IRON_STEEL_TEST, FOREIGN",
    })
    void predominanceMeansMoreThanFiftyPercent(String usSteel, boolean predominant, AppliedRule rule,
                                                Classification expected) {
        String rest = usd("900000.00").subtract(usd(usSteel)).toPlainString();
        EndProduct item = madeInUs(ProductKind.MANUFACTURED, 2026,
                steel(domestic("US steel", usSteel)),
                steel(foreign("Imported steel", "100000.00")),
                domestic("US other parts", rest));

        DomesticContentResult result = classify(item);

        assertThat(result.predominantlyIronOrSteel()).isEqualTo(predominant);
        assertThat(result.appliedRule()).isEqualTo(rule);
        assertThat(result.classification()).isEqualTo(expected);
    }

    @Test
    void cotsFastenersAreLeftOutOfThePredominanceShareToo() {
        // steel 45% + COTS fasteners 10% (all steel): 45% counted (FAR 25.003), not predominant
        EndProduct item = madeInUs(ProductKind.MANUFACTURED, 2026,
                steel(domestic("US steel", "450000.00")),
                steel(foreign("COTS screws", "100000.00")).withCotsFastener(true),
                domestic("US other parts", "450000.00"));

        DomesticContentResult result = classify(item);

        assertThat(result.ironAndSteelCost()).isEqualByComparingTo("450000.00");
        assertThat(result.ironAndSteelSharePercent()).hasValue(new BigDecimal("45.00"));
        assertThat(result.predominantlyIronOrSteel()).isFalse();
        assertThat(result.appliedRule()).isEqualTo(AppliedRule.COMPONENT_TEST);
        assertThat(result.classification()).isEqualTo(Classification.DOMESTIC); // 90% US components
    }

    @Test
    void cotsFastenersStillCountInTheComponentTest() {
        // not predominant; the foreign COTS fasteners are foreign components in the component test
        EndProduct item = madeInUs(ProductKind.MANUFACTURED, 2026,
                domestic("US plastic housing", "640000.00"),
                steel(foreign("COTS screws", "360000.00")).withCotsFastener(true));

        DomesticContentResult result = classify(item);

        assertThat(result.appliedRule()).isEqualTo(AppliedRule.COMPONENT_TEST);
        assertThat(result.classification()).isEqualTo(Classification.FOREIGN); // 64% is not > 65%
    }

    @Test
    void declaredManufacturedButNumbersSayIronOrSteelGivesAWarning() {
        EndProduct item = madeInUs(ProductKind.MANUFACTURED, 2026,
                steel(domestic("US steel", "600000.00")),
                domestic("US other parts", "400000.00"));

        DomesticContentResult result = classify(item);

        assertThat(result.appliedRule()).isEqualTo(AppliedRule.IRON_STEEL_TEST);
        assertThat(result.classification()).isEqualTo(Classification.DOMESTIC);
        assertThat(result.warnings()).singleElement().asString()
                .contains("Declared as manufactured", "60.00%", "iron and steel test applied");
    }

    @Test
    void declaredIronOrSteelButNumbersSayOtherwiseGivesAWarning() {
        EndProduct item = madeInUs(ProductKind.PREDOMINANTLY_IRON_OR_STEEL, 2026,
                steel(domestic("US steel", "500000.00")),
                domestic("US other parts", "500000.00"));

        DomesticContentResult result = classify(item);

        assertThat(result.appliedRule()).isEqualTo(AppliedRule.COMPONENT_TEST);
        assertThat(result.predominantlyIronOrSteel()).isFalse();
        assertThat(result.warnings()).singleElement().asString()
                .contains("Declared as predominantly iron or steel", "50.00%", "not more than 50%");
    }

    @Test
    void justAboveFiftyPercentIsShownWithEnoughDecimals() {
        EndProduct item = madeInUs(ProductKind.MANUFACTURED, 2026,
                steel(domestic("US steel", "500001.00")),
                domestic("US other parts", "499999.00"));

        DomesticContentResult result = classify(item);

        assertThat(result.ironAndSteelSharePercent()).hasValue(new BigDecimal("50.00"));
        assertThat(result.explanation()).contains("50.0001% > 50%");
        assertThat(result.warnings()).singleElement().asString().contains("50.0001%");
    }

    @Test
    void manufacturedAbroadIronOrSteelItemIsForeign() {
        EndProduct item = Fixtures.madeIn("CA", ProductKind.PREDOMINANTLY_IRON_OR_STEEL, 2026,
                steel(domestic("US steel", "100.00")));

        DomesticContentResult result = classify(item);

        assertThat(result.classification()).isEqualTo(Classification.FOREIGN);
        assertThat(result.appliedRule()).isEqualTo(AppliedRule.IRON_STEEL_TEST);
        assertThat(result.thresholdUsed()).isEmpty();
    }

    @Test
    void ironAndSteelNumbersAreInTheResult() {
        EndProduct item = madeInUs(ProductKind.PREDOMINANTLY_IRON_OR_STEEL, 2026,
                steel(domestic("US steel", "800.00")),
                steel(unknown("Steel of unknown origin", "40.00")),
                steel(foreign("COTS bolts", "60.00")).withCotsFastener(true),
                domestic("US other", "100.00"));

        DomesticContentResult result = classify(item);

        assertThat(result.totalComponentCost()).isEqualByComparingTo("1000.00");
        assertThat(result.ironAndSteelCost()).isEqualByComparingTo("840.00");
        assertThat(result.ironAndSteelSharePercent()).hasValue(new BigDecimal("84.00"));
        assertThat(result.foreignIronAndSteelCost()).isEqualByComparingTo("40.00");
        assertThat(result.foreignIronAndSteelSharePercent()).hasValue(new BigDecimal("4.00"));
        assertThat(result.classification()).isEqualTo(Classification.DOMESTIC);
    }
}
