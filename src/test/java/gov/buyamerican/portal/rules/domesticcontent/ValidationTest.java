package gov.buyamerican.portal.rules.domesticcontent;

import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.CALCULATOR;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.FAR;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.classify;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.domestic;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.foreign;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.madeInUs;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Input problems are refused with messages that name the field and the line. */
class ValidationTest {

    private static List<ValidationError> errorsOf(EndProduct product) {
        CalculationException e = org.junit.jupiter.api.Assertions.assertThrows(CalculationException.class,
                () -> classify(product));
        return e.errors();
    }

    @ParameterizedTest(name = "cost {0} is refused")
    @ValueSource(strings = {"0", "0.00", "-0.01", "-5000.00"})
    void zeroOrNegativeCostIsRefusedNamingTheLine(String cost) {
        EndProduct item = madeInUs(ProductKind.MANUFACTURED, 2026,
                domestic("Frame", "100.00"),
                foreign("Widget", "1.00").withCost(new BigDecimal(cost)));

        List<ValidationError> errors = errorsOf(item);

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("components[1].cost");
            assertThat(error.componentIndex()).isEqualTo(1);
            assertThat(error.lineNumber()).hasValue(2);
            assertThat(error.message()).isEqualTo("Line 2 (Widget): cost must be greater than zero; got " + cost + ".");
        });
    }

    @Test
    void missingCostIsRefused() {
        List<ValidationError> errors = errorsOf(madeInUs(ProductKind.MANUFACTURED, 2026,
                foreign("Widget", "1.00").withCost(null)));

        assertThat(errors).extracting(ValidationError::message).containsExactly("Line 1 (Widget): enter the cost.");
    }

    @ParameterizedTest
    @EnumSource(value = ProductKind.class, names = {"MANUFACTURED", "PREDOMINANTLY_IRON_OR_STEEL", "COTS"})
    void manufacturedItemWithoutComponentsIsRefused(ProductKind kind) {
        assertThat(errorsOf(madeInUs(kind, 2026)))
                .singleElement()
                .satisfies(error -> {
                    assertThat(error.field()).isEqualTo("components");
                    assertThat(error.componentIndex()).isNull();
                    assertThat(error.message()).startsWith("Add ");
                });
    }

    @ParameterizedTest
    @EnumSource(value = ProductKind.class, names = {"UNMANUFACTURED", "COTS_FASTENER"})
    void someKindsNeedNoComponents(ProductKind kind) {
        assertThat(CALCULATOR.validate(madeInUs(kind, 2026))).isEmpty();
    }

    @ParameterizedTest(name = "iron or steel share {0} -> accepted {1}")
    @CsvSource({"0, true", "100, true", "50.5, true", "100.01, false", "-1, false"})
    void ironOrSteelShareMustBeAPercentage(String share, boolean accepted) {
        EndProduct item = madeInUs(ProductKind.MANUFACTURED, 2026,
                domestic("Frame", "100.00").withIronOrSteelSharePercent(new BigDecimal(share)));

        List<ValidationError> errors = CALCULATOR.validate(item);

        if (accepted) {
            assertThat(errors).isEmpty();
        } else {
            assertThat(errors).singleElement().satisfies(e -> {
                assertThat(e.field()).isEqualTo("components[0].ironOrSteelSharePercent");
                assertThat(e.message()).contains("Line 1 (Frame)", "between 0 and 100", share);
            });
        }
    }

    @Test
    void missingIronOrSteelShareMeansZero() {
        Component c = new Component("Frame", null, usd("1.00"), CostBasis.PURCHASED, ComponentOrigin.DOMESTIC, "US",
                null, false, false, false);
        assertThat(c.ironOrSteelSharePercent()).isZero();
    }

    @ParameterizedTest(name = "origin {0}, country {1} -> error {2}")
    @CsvSource({
            "DOMESTIC, US,    ",
            "DOMESTIC, pr,    ",
            "DOMESTIC, ,      ",
            "DOMESTIC, CN,    'Line 1 (Bracket): origin is domestic but the country of origin is CN.'",
            "FOREIGN,  US,    'Line 1 (Bracket): origin is foreign but the country of origin is US (United States).'",
            "FOREIGN,  VI,    'Line 1 (Bracket): origin is foreign but the country of origin is VI (United States).'",
            "FOREIGN,  China, 'Line 1 (Bracket): country of origin must be a two-letter ISO code such as CN; got \"CHINA\".'",
            "UNKNOWN,  CN,    ",
    })
    void countryOfOriginMustAgreeWithOrigin(ComponentOrigin origin, String country, String expectedError) {
        EndProduct item = madeInUs(ProductKind.MANUFACTURED, 2026,
                Component.purchased("Bracket", usd("10.00"), origin, country));

        List<ValidationError> errors = CALCULATOR.validate(item);

        if (expectedError == null) {
            assertThat(errors).isEmpty();
        } else {
            assertThat(errors).extracting(ValidationError::message).containsExactly(expectedError);
            assertThat(errors.getFirst().field()).isEqualTo("components[0].countryOfOrigin");
        }
    }

    @ParameterizedTest(name = "made in US {0}, place {1} -> accepted {2}")
    @CsvSource({
            "true,  US,  true",
            "true,  PR,  true",
            "true,  ,    true",
            "true,  DE,  false",
            "false, DE,  true",
            "false, ,    true",
            "false, US,  false",
            "false, GU,  false",
            "true,  USA, false",
    })
    void placeOfManufactureMustAgreeWithMadeInUnitedStates(boolean inUs, String place, boolean accepted) {
        EndProduct item = new EndProduct("Item", ProductKind.MANUFACTURED, inUs, place, 2026, false,
                List.of(domestic("Part", "1.00")));

        List<ValidationError> errors = CALCULATOR.validate(item);

        if (accepted) {
            assertThat(errors).isEmpty();
        } else {
            assertThat(errors).singleElement()
                    .satisfies(e -> assertThat(e.field()).isEqualTo("placeOfManufactureCountry"));
        }
    }

    @Test
    void everyProblemIsReportedAtOnceInInputOrder() {
        EndProduct item = new EndProduct(null, null, true, "US", 26, false, Arrays.asList(
                domestic("Frame", "100.00"),
                null,
                new Component("  ", null, usd("-1"), null, null, null, null, false, false, false)));

        List<ValidationError> errors = CALCULATOR.validate(item);

        assertThat(errors).extracting(ValidationError::field).containsExactly(
                "kind", "deliveryYear", "components[1]",
                "components[2].name", "components[2].cost", "components[2].costBasis", "components[2].origin");
        assertThat(errors).extracting(ValidationError::message).contains(
                "Choose the kind of end product.",
                "Delivery year must be a four-digit calendar year; got 26.",
                "Line 2 is empty.",
                "Line 3: enter the component name.",
                "Line 3: cost must be greater than zero; got -1.");

        assertThat(CALCULATOR.evaluate(item, FAR.resolve(2026)))
                .isInstanceOfSatisfying(CalculationOutcome.Refused.class,
                        refused -> assertThat(refused.errors()).isEqualTo(errors));
        assertThatThrownBy(() -> CALCULATOR.calculate(item, FAR.resolve(2026)))
                .isInstanceOf(CalculationException.class)
                .hasMessageContaining("Line 2 is empty.");
    }

    @Test
    void evaluateReturnsTheResultWhenTheInputIsValid() {
        EndProduct item = madeInUs(ProductKind.MANUFACTURED, 2026, domestic("Frame", "100.00"));

        CalculationOutcome outcome = CALCULATOR.evaluate(item, FAR.resolve(2026));

        String shown = switch (outcome) {
            case CalculationOutcome.Calculated(DomesticContentResult result) -> result.classification().name();
            case CalculationOutcome.Refused(List<ValidationError> errors) -> "refused: " + errors;
        };
        assertThat(shown).isEqualTo("DOMESTIC");
    }

    @Test
    void textInputIsTrimmedAndCountryCodesUpperCased() {
        Component c = Component.purchased("  Frame ", usd("1.00"), ComponentOrigin.FOREIGN, " de ");
        EndProduct p = new EndProduct("  ", ProductKind.MANUFACTURED, false, " mx", 2026, false, List.of(c));

        assertThat(c.name()).isEqualTo("Frame");
        assertThat(c.countryOfOrigin()).isEqualTo("DE");
        assertThat(p.description()).isNull();
        assertThat(p.placeOfManufactureCountry()).isEqualTo("MX");
        assertThat(CALCULATOR.validate(p)).isEmpty();
    }

    @Test
    void parametersRefuseImpossiblePercentages() {
        DomesticContentParameters valid = FAR.resolve(2026);
        assertThatThrownBy(() -> valid.withDomesticContentThresholdPercent(new BigDecimal("100.5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("domesticContentThresholdPercent");
        assertThatThrownBy(() -> valid.withFallbackThresholdPercent(java.util.Optional.of(new BigDecimal("-1"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
