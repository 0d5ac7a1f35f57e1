package gov.buyamerican.portal.rules.domesticcontent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Classifies an end product as a domestic or a foreign end product under the Buy American statute,
 * as FAR 25.101 and clause 52.225-1 define it. Stateless and thread-safe.
 *
 * <h2>The rules, in the order they are applied</h2>
 * <ol>
 *   <li><b>Unmanufactured</b> end product: domestic if mined or produced in the United States; the
 *       component list plays no part (52.225-1(a), "domestic end product" (1)(i)).</li>
 *   <li><b>Which test.</b> An item is <em>predominantly of iron or steel</em> when the cost of its
 *       iron and steel content exceeds the predominance share (50%) of the cost of all its components,
 *       COTS fasteners left out of the iron and steel amount (FAR 25.003). This is decided from the
 *       component numbers, not from the declared {@link ProductKind}: FAR 25.003 defines the term by
 *       cost, so a declaration cannot override it (a contradiction is reported as a warning).
 *       <ul>
 *         <li>A <b>COTS fastener</b> end product: COTS exception, whatever its iron or steel content.
 *             FAR 25.101(a)(2)(ii): the iron and steel test "has not been waived for acquisitions of
 *             COTS items in this category, except for COTS fasteners"; see also FAR 25.001(c)(1)
 *             ("except a product that consists wholly or predominantly of iron or steel ...
 *             (excluding COTS fasteners)").</li>
 *         <li>Predominantly iron or steel (COTS or not): <b>iron and steel test</b>.</li>
 *         <li>Otherwise a <b>COTS</b> item: <b>COTS exception</b>, the domestic content test is waived
 *             (41 U.S.C. 1907; FAR 25.101(a)(2)(i), 12.505(a)(1)).</li>
 *         <li>Otherwise: <b>domestic content (component) test</b>.</li>
 *       </ul></li>
 *   <li><b>Manufactured outside the United States</b>: foreign, whatever the test (FAR 25.101(a)(1):
 *       "The article must be manufactured in the United States"). The COTS exception waives the
 *       component test only, not this.</li>
 *   <li><b>Component test</b>: domestic if the cost of US components is <em>strictly greater</em> than
 *       the threshold share of the cost of all components (FAR 25.101(a)(2)(i): "must exceed"). US
 *       components are those of domestic origin, of a nonavailable class (FAR 25.104), or scrap
 *       generated in the US; unknown origin counts as foreign (52.225-1(a), (1)(ii)(A)).</li>
 *   <li><b>Fallback</b> (FAR 25.106(b)(2)): an item that fails the component test, is neither COTS nor
 *       predominantly iron or steel, is manufactured in the US, and whose domestic content is strictly
 *       greater than the fallback threshold (55%) is domestic, if the procurement's fallback condition
 *       holds (no domestic offer, or the domestic offer is unreasonably priced) and the delivery year
 *       has a fallback threshold (it ends on 1 January 2030).</li>
 *   <li><b>Iron and steel test</b>: domestic if the cost of foreign iron and steel is <em>strictly
 *       less</em> than the maximum share (5%) of the cost of all components, COTS fasteners left out
 *       of the foreign amount (FAR 25.101(a)(2)(ii); 52.225-1(a), (2)). Iron or steel of unknown
 *       origin is foreign. US scrap counts as domestic. The nonavailable-class treatment is not applied
 *       here: 52.225-1(a) writes it into the domestic content test ((1)(ii)(A)) only.</li>
 * </ol>
 *
 * <h2>Exactness</h2>
 * Every comparison is made on the unrounded {@link BigDecimal} amounts by cross-multiplication:
 * {@code domestic × 100 > threshold × total}; {@code foreignIronSteel × 100 < max × total}. A
 * share of exactly 65% therefore fails "more than 65%", and 65.0001% passes. Percentages in the
 * result are display values only (scale 2, {@link java.math.RoundingMode#HALF_EVEN}).
 */
public final class DomesticContentCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final Pattern ISO_ALPHA_2 = Pattern.compile("[A-Z]{2}");

    /**
     * ISO 3166-1 codes that are part of the "United States" of 52.225-1(a): the 50 States and the
     * District of Columbia (US) and the outlying areas of FAR 2.101 (Puerto Rico, Northern Mariana
     * Islands, American Samoa, Guam, U.S. Virgin Islands, and the minor outlying islands).
     */
    private static final Set<String> UNITED_STATES_CODES = Set.of("US", "PR", "MP", "AS", "GU", "VI", "UM");

    /**
     * Classifies {@code product} with the numbers in {@code parameters}.
     *
     * @param parameters the numbers for the product's delivery year (see {@link ThresholdSchedule#resolve(int)})
     * @throws CalculationException listing every input problem, if there is any
     */
    public DomesticContentResult calculate(EndProduct product, DomesticContentParameters parameters) {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(parameters, "parameters");
        List<ValidationError> errors = validate(product);
        if (!errors.isEmpty()) {
            throw new CalculationException(errors);
        }
        return classify(product, parameters);
    }

    /** Like {@link #calculate}, but returns the input problems as a value instead of throwing. */
    public CalculationOutcome evaluate(EndProduct product, DomesticContentParameters parameters) {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(parameters, "parameters");
        List<ValidationError> errors = validate(product);
        return errors.isEmpty()
                ? new CalculationOutcome.Calculated(classify(product, parameters))
                : new CalculationOutcome.Refused(errors);
    }

    /**
     * Every input problem, product fields first and then component lines in order; empty when the
     * product can be classified.
     *
     * <p>Refused: no kind; a place of manufacture that is not a two-letter code or contradicts
     * {@code madeInUnitedStates}; a delivery year that is not a four-digit year; an empty component
     * list for a manufactured item other than a COTS fastener (for a COTS item too: whether the COTS
     * exception applies depends on whether it is predominantly iron or steel, which only the component
     * costs tell; one line with the total cost and its iron or steel share is enough); and per
     * component: missing line, name, cost, cost basis or origin; cost zero or negative; a country code
     * that is not two letters or contradicts the origin; an iron or steel share outside 0..100.
     */
    public List<ValidationError> validate(EndProduct product) {
        Objects.requireNonNull(product, "product");
        List<ValidationError> errors = new ArrayList<>();

        if (product.kind() == null) {
            errors.add(ValidationError.ofProduct("kind", "Choose the kind of end product."));
        }
        String place = product.placeOfManufactureCountry();
        if (place != null) {
            if (!ISO_ALPHA_2.matcher(place).matches()) {
                errors.add(ValidationError.ofProduct("placeOfManufactureCountry",
                        "Place of manufacture must be a two-letter ISO country code such as US or DE; got \""
                                + place + "\"."));
            } else if (product.madeInUnitedStates() && !isUnitedStates(place)) {
                errors.add(ValidationError.ofProduct("placeOfManufactureCountry",
                        "Place of manufacture " + place + " is outside the United States, but the product is"
                                + " marked as made in the United States."));
            } else if (!product.madeInUnitedStates() && isUnitedStates(place)) {
                errors.add(ValidationError.ofProduct("placeOfManufactureCountry",
                        "Place of manufacture " + place + " is in the United States, but the product is"
                                + " marked as not made in the United States."));
            }
        }
        if (product.deliveryYear() < 1000 || product.deliveryYear() > 9999) {
            errors.add(ValidationError.ofProduct("deliveryYear",
                    "Delivery year must be a four-digit calendar year; got " + product.deliveryYear() + "."));
        }
        if (product.components().isEmpty() && product.kind() != null) {
            switch (product.kind()) {
                case MANUFACTURED, PREDOMINANTLY_IRON_OR_STEEL -> errors.add(ValidationError.ofProduct("components",
                        "Add the component list: a manufactured end product is classified from the cost of its"
                                + " components (FAR 25.101(a)(2))."));
                case COTS -> errors.add(ValidationError.ofProduct("components",
                        "Add at least one component line: the COTS exception does not apply to an item"
                                + " predominantly of iron or steel, which only the component costs show"
                                + " (FAR 25.101(a)(2)(ii)). One line with the total cost and its iron or steel"
                                + " share is enough."));
                case UNMANUFACTURED, COTS_FASTENER -> { /* the components decide nothing */ }
            }
        }

        List<Component> components = product.components();
        for (int i = 0; i < components.size(); i++) {
            validateComponent(i, components.get(i), errors);
        }
        return errors;
    }

    private static void validateComponent(int index, Component c, List<ValidationError> errors) {
        int line = index + 1;
        if (c == null) {
            errors.add(ValidationError.ofComponent(index, null, "Line " + line + " is empty."));
            return;
        }
        String label = c.name() == null ? "Line " + line : "Line " + line + " (" + c.name() + ")";
        if (c.name() == null) {
            errors.add(ValidationError.ofComponent(index, "name", label + ": enter the component name."));
        }
        if (c.cost() == null) {
            errors.add(ValidationError.ofComponent(index, "cost", label + ": enter the cost."));
        } else if (c.cost().signum() <= 0) {
            errors.add(ValidationError.ofComponent(index, "cost",
                    label + ": cost must be greater than zero; got " + c.cost().toPlainString() + "."));
        }
        if (c.costBasis() == null) {
            errors.add(ValidationError.ofComponent(index, "costBasis",
                    label + ": choose how the cost was established (purchased, or made by the manufacturer)."));
        }
        if (c.origin() == null) {
            errors.add(ValidationError.ofComponent(index, "origin",
                    label + ": choose the origin (domestic, foreign or unknown)."));
        }
        String country = c.countryOfOrigin();
        if (country != null) {
            if (!ISO_ALPHA_2.matcher(country).matches()) {
                errors.add(ValidationError.ofComponent(index, "countryOfOrigin", label
                        + ": country of origin must be a two-letter ISO code such as CN; got \"" + country + "\"."));
            } else if (c.origin() == ComponentOrigin.DOMESTIC && !isUnitedStates(country)) {
                errors.add(ValidationError.ofComponent(index, "countryOfOrigin", label
                        + ": origin is domestic but the country of origin is " + country + "."));
            } else if (c.origin() == ComponentOrigin.FOREIGN && isUnitedStates(country)) {
                errors.add(ValidationError.ofComponent(index, "countryOfOrigin", label
                        + ": origin is foreign but the country of origin is " + country + " (United States)."));
            }
        }
        BigDecimal share = c.ironOrSteelSharePercent();
        if (share.signum() < 0 || share.compareTo(HUNDRED) > 0) {
            errors.add(ValidationError.ofComponent(index, "ironOrSteelSharePercent", label
                    + ": iron or steel share must be between 0 and 100 percent; got " + share.toPlainString() + "."));
        }
    }

    private static boolean isUnitedStates(String countryCode) {
        return UNITED_STATES_CODES.contains(countryCode);
    }

    // ------------------------------------------------------------------------------------------------

    /** The exact sums over the component list. */
    private record Amounts(BigDecimal total, BigDecimal domestic, BigDecimal ironSteel, BigDecimal foreignIronSteel) {

        static Amounts of(List<Component> components) {
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal domestic = BigDecimal.ZERO;
            BigDecimal ironSteel = BigDecimal.ZERO;
            BigDecimal foreignIronSteel = BigDecimal.ZERO;
            for (Component c : components) {
                total = total.add(c.cost());
                if (c.countsAsDomesticComponent()) {
                    domestic = domestic.add(c.cost());
                }
                if (!c.cotsFastener()) { // FAR 25.003 and 25.101(a)(2)(ii): COTS fasteners excluded
                    BigDecimal ironSteelCost = ironSteelCost(c);
                    ironSteel = ironSteel.add(ironSteelCost);
                    if (!c.ironOrSteelCountsAsDomestic()) {
                        foreignIronSteel = foreignIronSteel.add(ironSteelCost);
                    }
                }
            }
            return new Amounts(total, domestic, ironSteel, foreignIronSteel);
        }

        /** cost × share / 100, exact (moving the decimal point never rounds). */
        private static BigDecimal ironSteelCost(Component c) {
            return c.cost().multiply(c.ironOrSteelSharePercent()).movePointLeft(2);
        }

        boolean hasComponents() {
            return total.signum() > 0;
        }

        /** {@code part / total > percent}, exactly; false without components. */
        boolean exceeds(BigDecimal part, BigDecimal percent) {
            return hasComponents() && part.multiply(HUNDRED).compareTo(percent.multiply(total)) > 0;
        }

        /** {@code part / total < percent}, exactly; false without components. */
        boolean isLessThan(BigDecimal part, BigDecimal percent) {
            return hasComponents() && part.multiply(HUNDRED).compareTo(percent.multiply(total)) < 0;
        }

        Optional<BigDecimal> displayShare(BigDecimal part) {
            return hasComponents() ? Optional.of(Formats.displayPercent(part, total)) : Optional.empty();
        }
    }

    private DomesticContentResult classify(EndProduct product, DomesticContentParameters parameters) {
        Amounts amounts = Amounts.of(product.components());
        ProductKind kind = product.kind();
        List<String> warnings = new ArrayList<>();
        Optional<BigDecimal> fallback = parameters.fallbackThresholdPercent();

        boolean predominant = kind.isManufactured()
                && amounts.exceeds(amounts.ironSteel(), parameters.ironSteelPredominancePercent());
        AppliedRule testRule = testFor(kind, predominant);
        warnAboutDeclaredKind(kind, predominant, amounts, parameters, warnings);

        boolean exceedsFallback = kind.isManufactured()
                && fallback.map(f -> amounts.exceeds(amounts.domestic(), f)).orElse(false);
        boolean fallbackEligible = testRule == AppliedRule.COMPONENT_TEST && product.madeInUnitedStates();
        boolean wouldQualifyUnderFallback = fallbackEligible && exceedsFallback;

        Decision decision;
        if (testRule == AppliedRule.UNMANUFACTURED) {
            decision = unmanufactured(product);
            if (!product.components().isEmpty()) {
                warnings.add("Components are not used for an unmanufactured end product; the "
                        + product.components().size() + " component line(s) were ignored.");
            }
        } else if (!product.madeInUnitedStates()) {
            decision = notManufacturedInUnitedStates(product, testRule, amounts);
        } else {
            decision = switch (testRule) {
                case COTS_EXCEPTION -> cotsException(product, amounts, parameters);
                case IRON_STEEL_TEST -> ironSteelTest(product, amounts, parameters, warnings);
                case COMPONENT_TEST -> componentTest(product, amounts, parameters);
                case UNMANUFACTURED, FALLBACK_COMPONENT_TEST -> throw new AssertionError(testRule);
            };
        }

        if (product.fallbackConditionHolds() && kind.isManufactured() && product.madeInUnitedStates()) {
            if (fallback.isEmpty() && testRule == AppliedRule.COMPONENT_TEST) {
                warnings.add("The fallback condition (no domestic offer, or the domestic offer is unreasonably"
                        + " priced) was recorded, but no fallback threshold applies to delivery year "
                        + product.deliveryYear() + " (FAR 25.106(b)(2)(iii)); it was not used.");
            } else if (testRule == AppliedRule.IRON_STEEL_TEST && decision.classification() == Classification.FOREIGN) {
                warnings.add("The fallback condition was recorded, but the fallback of FAR 25.106(b)(2) does"
                        + " not apply to items predominantly of iron or steel.");
            }
        }

        return new DomesticContentResult(
                decision.classification(),
                decision.rule(),
                decision.threshold(),
                product.deliveryYear(),
                amounts.total(),
                amounts.domestic(),
                amounts.displayShare(amounts.domestic()),
                amounts.ironSteel(),
                amounts.displayShare(amounts.ironSteel()),
                predominant,
                amounts.foreignIronSteel(),
                amounts.displayShare(amounts.foreignIronSteel()),
                fallback,
                exceedsFallback,
                wouldQualifyUnderFallback,
                decision.explanation(),
                warnings);
    }

    /** Which test the product's kind and numbers call for (see the class comment, step 2). */
    private static AppliedRule testFor(ProductKind kind, boolean predominantlyIronOrSteel) {
        return switch (kind) {
            case UNMANUFACTURED -> AppliedRule.UNMANUFACTURED;
            case COTS_FASTENER -> AppliedRule.COTS_EXCEPTION;
            case COTS -> predominantlyIronOrSteel ? AppliedRule.IRON_STEEL_TEST : AppliedRule.COTS_EXCEPTION;
            case MANUFACTURED, PREDOMINANTLY_IRON_OR_STEEL ->
                    predominantlyIronOrSteel ? AppliedRule.IRON_STEEL_TEST : AppliedRule.COMPONENT_TEST;
        };
    }

    private static void warnAboutDeclaredKind(ProductKind kind, boolean predominant, Amounts amounts,
                                              DomesticContentParameters parameters, List<String> warnings) {
        if (!amounts.hasComponents()) {
            return;
        }
        BigDecimal predominance = parameters.ironSteelPredominancePercent();
        String share = Formats.percentNear(amounts.ironSteel(), amounts.total(), predominance);
        String limit = Formats.thresholdPercent(predominance);
        if (predominant && kind == ProductKind.MANUFACTURED) {
            warnings.add("Declared as manufactured, but iron and steel are " + share + " of the component cost"
                    + " (more than " + limit + "): the item is predominantly of iron or steel and the iron and"
                    + " steel test applied (FAR 25.003, 25.101(a)(2)(ii)).");
        } else if (predominant && kind == ProductKind.COTS) {
            warnings.add("Declared as COTS, but iron and steel are " + share + " of the component cost (more"
                    + " than " + limit + "): the COTS exception does not cover items predominantly of iron or"
                    + " steel, so the iron and steel test applied (FAR 25.101(a)(2)(ii)).");
        } else if (!predominant && kind == ProductKind.PREDOMINANTLY_IRON_OR_STEEL) {
            warnings.add("Declared as predominantly iron or steel, but iron and steel are " + share + " of the"
                    + " component cost (not more than " + limit + "): the domestic content test applied"
                    + " (FAR 25.003, 25.101(a)(2)(i)).");
        }
    }

    // ------------------------------------------------------------------------------------------------

    /** The outcome of one rule, before the amounts are attached. */
    private record Decision(Classification classification, AppliedRule rule,
                            Optional<AppliedThreshold> threshold, String explanation) {
    }

    private static Decision unmanufactured(EndProduct product) {
        boolean domestic = product.madeInUnitedStates();
        String text = verdict(domestic) + "unmanufactured end product mined or produced in "
                + place(product) + suffix(product, "FAR 52.225-1(a), domestic end product (1)(i)");
        return new Decision(classification(domestic), AppliedRule.UNMANUFACTURED, Optional.empty(), text);
    }

    private static Decision notManufacturedInUnitedStates(EndProduct product, AppliedRule testRule, Amounts amounts) {
        StringBuilder text = new StringBuilder(verdict(false)).append("manufactured in ").append(place(product));
        if (amounts.hasComponents()) {
            text.append("; US component cost ").append(Formats.money(amounts.domestic()))
                    .append(" of ").append(Formats.money(amounts.total()))
                    .append(" = ").append(Formats.displayPercent(amounts.domestic(), amounts.total()).toPlainString())
                    .append('%');
        }
        text.append(suffix(product, "FAR 25.101(a)(1)"));
        return new Decision(Classification.FOREIGN, testRule, Optional.empty(), text.toString());
    }

    private static Decision cotsException(EndProduct product, Amounts amounts, DomesticContentParameters parameters) {
        String text;
        if (product.kind() == ProductKind.COTS_FASTENER) {
            text = verdict(true) + "COTS fastener manufactured in " + place(product)
                    + "; the domestic content test is waived for COTS fasteners, even if predominantly iron or steel"
                    + suffix(product, "FAR 25.101(a)(2)(ii)");
        } else {
            BigDecimal predominance = parameters.ironSteelPredominancePercent();
            text = verdict(true) + "COTS item manufactured in " + place(product)
                    + "; domestic content test waived (41 U.S.C. 1907); iron and steel "
                    + Formats.money(amounts.ironSteel()) + " of " + Formats.money(amounts.total()) + " = "
                    + Formats.percentNear(amounts.ironSteel(), amounts.total(), predominance) + " is not > "
                    + Formats.thresholdPercent(predominance) + ", so not predominantly iron or steel"
                    + suffix(product, "FAR 25.101(a)(2)(i), 12.505(a)(1)");
        }
        return new Decision(Classification.DOMESTIC, AppliedRule.COTS_EXCEPTION, Optional.empty(), text);
    }

    private static Decision ironSteelTest(EndProduct product, Amounts amounts, DomesticContentParameters parameters,
                                          List<String> warnings) {
        BigDecimal max = parameters.foreignIronSteelMaxPercent();
        BigDecimal predominance = parameters.ironSteelPredominancePercent();
        boolean domestic = amounts.isLessThan(amounts.foreignIronSteel(), max);

        List<Component> components = product.components();
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            if (c.nonavailableClass() && !c.cotsFastener() && !c.ironOrSteelCountsAsDomestic()
                    && c.ironOrSteelSharePercent().signum() > 0) {
                warnings.add("Line " + (i + 1) + " (" + c.name() + "): of a nonavailable class (FAR 25.104); that"
                        + " makes it domestic in the domestic content test only, so its iron or steel counted as"
                        + " foreign in the iron and steel test.");
            }
        }

        String text = verdict(domestic) + "manufactured in " + place(product)
                + "; iron and steel " + Formats.money(amounts.ironSteel()) + " of " + Formats.money(amounts.total())
                + " = " + Formats.percentNear(amounts.ironSteel(), amounts.total(), predominance) + " > "
                + Formats.thresholdPercent(predominance) + " (predominantly iron or steel); foreign iron and steel "
                + Formats.money(amounts.foreignIronSteel()) + " = "
                + Formats.percentNear(amounts.foreignIronSteel(), amounts.total(), max)
                + (domestic ? " < " : " is not < ") + Formats.thresholdPercent(max)
                + " (COTS fasteners excluded)"
                + suffix(product, "FAR 25.101(a)(2)(ii)");
        return new Decision(classification(domestic), AppliedRule.IRON_STEEL_TEST,
                Optional.of(new AppliedThreshold(max, AppliedThreshold.Comparison.LESS_THAN)), text);
    }

    private static Decision componentTest(EndProduct product, Amounts amounts, DomesticContentParameters parameters) {
        BigDecimal threshold = parameters.domesticContentThresholdPercent();
        Optional<BigDecimal> fallback = parameters.fallbackThresholdPercent();
        String amountsText = "manufactured in " + place(product) + "; US component cost "
                + Formats.money(amounts.domestic()) + " of " + Formats.money(amounts.total()) + " = ";

        if (amounts.exceeds(amounts.domestic(), threshold)) {
            String text = verdict(true) + amountsText
                    + Formats.percentNear(amounts.domestic(), amounts.total(), threshold)
                    + " > " + Formats.thresholdPercent(threshold)
                    + suffix(product, "FAR 25.101(a)(2)(i)");
            return new Decision(Classification.DOMESTIC, AppliedRule.COMPONENT_TEST,
                    Optional.of(new AppliedThreshold(threshold, AppliedThreshold.Comparison.STRICTLY_GREATER_THAN)), text);
        }

        if (fallback.isPresent()) {
            BigDecimal fb = fallback.get();
            String share = Formats.percentNear(amounts.domestic(), amounts.total(), threshold, fb);
            boolean aboveFallback = amounts.exceeds(amounts.domestic(), fb);
            if (aboveFallback && product.fallbackConditionHolds()) {
                String text = verdict(true) + amountsText + share + " is not > " + Formats.thresholdPercent(threshold)
                        + " but > " + Formats.thresholdPercent(fb)
                        + ", with no domestic offer or only an unreasonably priced one"
                        + suffix(product, "FAR 25.106(b)(2)");
                return new Decision(Classification.DOMESTIC, AppliedRule.FALLBACK_COMPONENT_TEST,
                        Optional.of(new AppliedThreshold(fb, AppliedThreshold.Comparison.STRICTLY_GREATER_THAN)), text);
            }
            String note = aboveFallback
                    ? "; it is > " + Formats.thresholdPercent(fb) + " and would be treated as domestic under"
                      + " FAR 25.106(b)(2) if no domestic offer is received or the domestic offer is unreasonably priced"
                    : "; also not > the " + Formats.thresholdPercent(fb) + " fallback of FAR 25.106(b)(2)";
            String text = verdict(false) + amountsText + share + " is not > " + Formats.thresholdPercent(threshold)
                    + note + suffix(product, "FAR 25.101(a)(2)(i)");
            return new Decision(Classification.FOREIGN, AppliedRule.COMPONENT_TEST,
                    Optional.of(new AppliedThreshold(threshold, AppliedThreshold.Comparison.STRICTLY_GREATER_THAN)), text);
        }

        String text = verdict(false) + amountsText
                + Formats.percentNear(amounts.domestic(), amounts.total(), threshold)
                + " is not > " + Formats.thresholdPercent(threshold)
                + suffix(product, "FAR 25.101(a)(2)(i)");
        return new Decision(Classification.FOREIGN, AppliedRule.COMPONENT_TEST,
                Optional.of(new AppliedThreshold(threshold, AppliedThreshold.Comparison.STRICTLY_GREATER_THAN)), text);
    }

    // ------------------------------------------------------------------------------------------------

    private static Classification classification(boolean domestic) {
        return domestic ? Classification.DOMESTIC : Classification.FOREIGN;
    }

    private static String verdict(boolean domestic) {
        return domestic ? "DOMESTIC: " : "FOREIGN: ";
    }

    /** "US", "PR (United States)", "DE, not in the United States", "an unknown country, ...". */
    private static String place(EndProduct product) {
        String code = product.placeOfManufactureCountry();
        if (product.madeInUnitedStates()) {
            if (code == null || code.equals("US")) {
                return "US";
            }
            return code + " (United States)";
        }
        return (code == null ? "an unknown country" : code) + ", not in the United States";
    }

    private static String suffix(EndProduct product, String citation) {
        return " (delivery " + product.deliveryYear() + ", " + citation + ")";
    }
}
