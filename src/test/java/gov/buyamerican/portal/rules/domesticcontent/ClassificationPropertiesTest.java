package gov.buyamerican.portal.rules.domesticcontent;

import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.CALCULATOR;
import static gov.buyamerican.portal.rules.domesticcontent.Fixtures.FAR;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties that must hold for any input, checked on 2,000 random products each. The generators use
 * fixed seeds, so every run checks the same cases and a failure is reproducible from its case number.
 */
class ClassificationPropertiesTest {

    private static final int CASES = 2_000;

    private static final String[] FOREIGN_COUNTRIES = {"CN", "DE", "MX", "CA", "JP", "VN", null};
    private static final ProductKind[] MANUFACTURED_KINDS = {
            ProductKind.MANUFACTURED, ProductKind.MANUFACTURED, ProductKind.MANUFACTURED,
            ProductKind.PREDOMINANTLY_IRON_OR_STEEL, ProductKind.COTS, ProductKind.COTS_FASTENER};

    // ---- property 1 -------------------------------------------------------------------------------

    static Stream<Arguments> productWithANonDomesticComponent() {
        Random random = new Random(20_260_101L);
        return IntStream.range(0, CASES).mapToObj(i -> {
            EndProduct product = randomProduct(random);
            List<Component> components = new ArrayList<>(product.components());
            int index = random.nextInt(components.size());
            Component chosen = components.get(index);
            if (chosen.origin() == ComponentOrigin.DOMESTIC) {
                components.set(index, chosen.withOrigin(ComponentOrigin.FOREIGN, "CN"));
            }
            return Arguments.of(i, product.withComponents(components), index);
        });
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("productWithANonDomesticComponent")
    void makingAForeignComponentDomesticNeverTurnsDomesticIntoForeign(int caseNumber, EndProduct product, int index) {
        List<Component> improved = new ArrayList<>(product.components());
        improved.set(index, improved.get(index).withOrigin(ComponentOrigin.DOMESTIC, "US"));
        DomesticContentParameters parameters = FAR.resolve(product.deliveryYear());

        DomesticContentResult before = CALCULATOR.calculate(product, parameters);
        DomesticContentResult after = CALCULATOR.calculate(product.withComponents(improved), parameters);

        if (before.isDomestic()) {
            assertThat(after.classification()).as(before.explanation()).isEqualTo(Classification.DOMESTIC);
        }
        assertThat(after.domesticComponentCost()).isGreaterThanOrEqualTo(before.domesticComponentCost());
        assertThat(after.foreignIronAndSteelCost()).isLessThanOrEqualTo(before.foreignIronAndSteelCost());
        assertThat(after.predominantlyIronOrSteel()).isEqualTo(before.predominantlyIronOrSteel());
    }

    // ---- property 2 -------------------------------------------------------------------------------

    static Stream<Arguments> productAndScaleFactor() {
        Random random = new Random(20_260_202L);
        return IntStream.range(0, CASES).mapToObj(i -> {
            EndProduct product = randomProduct(random);
            // 0.001 to 1,000.000, three decimals
            BigDecimal factor = BigDecimal.valueOf(1 + random.nextInt(1_000_000), 3);
            return Arguments.of(i, product, factor);
        });
    }

    @ParameterizedTest(name = "case {0}, factor {2}")
    @MethodSource("productAndScaleFactor")
    void scalingAllCostsDoesNotChangeTheClassification(int caseNumber, EndProduct product, BigDecimal factor) {
        EndProduct scaled = product.withComponents(product.components().stream()
                .map(c -> c.withCost(c.cost().multiply(factor)))
                .toList());
        DomesticContentParameters parameters = FAR.resolve(product.deliveryYear());

        DomesticContentResult before = CALCULATOR.calculate(product, parameters);
        DomesticContentResult after = CALCULATOR.calculate(scaled, parameters);

        assertThat(after.classification()).as(before.explanation()).isEqualTo(before.classification());
        assertThat(after.appliedRule()).isEqualTo(before.appliedRule());
        assertThat(after.thresholdUsed()).isEqualTo(before.thresholdUsed());
        assertThat(after.predominantlyIronOrSteel()).isEqualTo(before.predominantlyIronOrSteel());
        assertThat(after.domesticContentExceedsFallbackThreshold()).isEqualTo(before.domesticContentExceedsFallbackThreshold());
        assertThat(after.wouldQualifyUnderFallback()).isEqualTo(before.wouldQualifyUnderFallback());
        assertThat(after.domesticSharePercent()).isEqualTo(before.domesticSharePercent());
        assertThat(after.ironAndSteelSharePercent()).isEqualTo(before.ironAndSteelSharePercent());
        assertThat(after.foreignIronAndSteelSharePercent()).isEqualTo(before.foreignIronAndSteelSharePercent());
    }

    // ---- property 3 -------------------------------------------------------------------------------

    static Stream<Arguments> productAndShuffledCopy() {
        Random random = new Random(20_260_303L);
        return IntStream.range(0, CASES).mapToObj(i -> {
            EndProduct product = randomProduct(random);
            List<Component> shuffled = new ArrayList<>(product.components());
            Collections.shuffle(shuffled, random);
            return Arguments.of(i, product, product.withComponents(shuffled));
        });
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("productAndShuffledCopy")
    void componentOrderDoesNotMatter(int caseNumber, EndProduct product, EndProduct shuffled) {
        DomesticContentParameters parameters = FAR.resolve(product.deliveryYear());

        DomesticContentResult before = CALCULATOR.calculate(product, parameters);
        DomesticContentResult after = CALCULATOR.calculate(shuffled, parameters);

        // everything but the warnings, which name line numbers
        assertThat(after.classification()).isEqualTo(before.classification());
        assertThat(after.appliedRule()).isEqualTo(before.appliedRule());
        assertThat(after.thresholdUsed()).isEqualTo(before.thresholdUsed());
        assertThat(after.totalComponentCost()).isEqualByComparingTo(before.totalComponentCost());
        assertThat(after.domesticComponentCost()).isEqualByComparingTo(before.domesticComponentCost());
        assertThat(after.ironAndSteelCost()).isEqualByComparingTo(before.ironAndSteelCost());
        assertThat(after.foreignIronAndSteelCost()).isEqualByComparingTo(before.foreignIronAndSteelCost());
        assertThat(after.domesticSharePercent()).isEqualTo(before.domesticSharePercent());
        assertThat(after.explanation()).isEqualTo(before.explanation());
        assertThat(after.warnings()).hasSameSizeAs(before.warnings());
    }

    // ---- property 4 -------------------------------------------------------------------------------

    static Stream<Arguments> productAndRaisedThresholds() {
        Random random = new Random(20_260_404L);
        return IntStream.range(0, CASES).mapToObj(i -> {
            EndProduct product = randomProduct(random);
            DomesticContentParameters base = FAR.resolve(product.deliveryYear());
            BigDecimal raise = BigDecimal.valueOf(random.nextInt(300_001), 4); // 0 to 30 points
            DomesticContentParameters raised = base
                    .withDomesticContentThresholdPercent(capAt100(base.domesticContentThresholdPercent().add(raise)))
                    .withFallbackThresholdPercent(base.fallbackThresholdPercent()
                            .map(f -> capAt100(f.add(BigDecimal.valueOf(random.nextInt(300_001), 4)))));
            return Arguments.of(i, product, base, raised);
        });
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("productAndRaisedThresholds")
    void raisingTheThresholdNeverTurnsForeignIntoDomestic(int caseNumber, EndProduct product,
                                                          DomesticContentParameters base,
                                                          DomesticContentParameters raised) {
        DomesticContentResult before = CALCULATOR.calculate(product, base);
        DomesticContentResult after = CALCULATOR.calculate(product, raised);

        if (before.classification() == Classification.FOREIGN) {
            assertThat(after.classification()).as(after.explanation()).isEqualTo(Classification.FOREIGN);
        }
        if (!before.domesticContentExceedsFallbackThreshold()) {
            assertThat(after.domesticContentExceedsFallbackThreshold()).isFalse();
        }
    }

    // ---- generators -------------------------------------------------------------------------------

    /** A valid product with 1 to 8 components; mostly US-made manufactured items, some boundary-ish costs. */
    static EndProduct randomProduct(Random random) {
        ProductKind kind = random.nextInt(20) == 0
                ? ProductKind.UNMANUFACTURED
                : MANUFACTURED_KINDS[random.nextInt(MANUFACTURED_KINDS.length)];
        boolean madeInUs = random.nextInt(5) != 0;
        String place = madeInUs ? (random.nextInt(10) == 0 ? "PR" : "US") : FOREIGN_COUNTRIES[random.nextInt(FOREIGN_COUNTRIES.length)];
        int year = 2022 + random.nextInt(14); // 2022 .. 2035
        boolean fallbackCondition = random.nextBoolean();
        int count = 1 + random.nextInt(8);
        boolean roundNumbers = random.nextInt(3) == 0; // more ties with thresholds
        List<Component> components = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            components.add(randomComponent(random, i, roundNumbers));
        }
        return new EndProduct("Random item", kind, madeInUs, place, year, fallbackCondition, components);
    }

    private static Component randomComponent(Random random, int i, boolean roundNumbers) {
        BigDecimal cost = roundNumbers
                ? BigDecimal.valueOf((1 + random.nextInt(20)) * 5_000L, 0)
                : BigDecimal.valueOf(1 + (long) random.nextInt(100_000_000), 2); // $0.01 .. $1,000,000.00
        ComponentOrigin origin = ComponentOrigin.values()[random.nextInt(3)];
        String country = switch (origin) {
            case DOMESTIC -> random.nextBoolean() ? "US" : null;
            case FOREIGN -> FOREIGN_COUNTRIES[random.nextInt(FOREIGN_COUNTRIES.length)];
            case UNKNOWN -> null;
        };
        BigDecimal ironOrSteel = switch (random.nextInt(4)) {
            case 0 -> BigDecimal.ZERO;
            case 1 -> BigDecimal.valueOf(100);
            case 2 -> BigDecimal.valueOf(random.nextInt(21) * 5L);
            default -> BigDecimal.valueOf(random.nextInt(10_001), 2);
        };
        return new Component("Part " + (i + 1), random.nextBoolean() ? "Supplier " + i : null, cost,
                random.nextBoolean() ? CostBasis.PURCHASED : CostBasis.SELF_MADE, origin, country, ironOrSteel,
                random.nextInt(8) == 0, random.nextInt(10) == 0, random.nextInt(12) == 0);
    }

    private static BigDecimal capAt100(BigDecimal percent) {
        return percent.min(BigDecimal.valueOf(100));
    }
}
