package gov.buyamerican.portal.rules.domesticcontent;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * One line of an end product's component list (52.225-1(a), "component": an article, material, or
 * supply incorporated directly into an end product).
 *
 * <p>The record accepts any values so that every problem can be reported at once, next to the form
 * field it concerns; {@link DomesticContentCalculator#validate(EndProduct)} checks them. Text is
 * trimmed, blank text becomes {@code null}, country codes are upper-cased, and a missing iron or steel
 * share means 0.
 *
 * @param name                     what the component is (required)
 * @param supplier                 who supplies it (optional)
 * @param cost                     its cost, money, must be greater than zero (see {@link CostBasis})
 * @param costBasis                how {@code cost} was established (informational, required)
 * @param origin                   domestic, foreign or unknown; unknown counts as foreign
 * @param countryOfOrigin          ISO 3166-1 alpha-2 code, or {@code null} when unknown
 * @param ironOrSteelSharePercent  the part of this component's cost that is iron or steel mill
 *                                 products, castings or forgings, in percent 0..100 (FAR 25.003,
 *                                 "predominantly of iron or steel"); also the part that counts as
 *                                 foreign iron and steel when the component is foreign
 * @param cotsFastener             the component is a COTS fastener: left out of the iron and steel
 *                                 amounts (FAR 25.003; 25.101(a)(2)(ii))
 * @param nonavailableClass        the component is of a class or kind the Government has determined
 *                                 nonavailable (FAR 25.104 list): treated as domestic in the domestic
 *                                 content test (52.225-1(a), (1)(ii)(A))
 * @param usScrap                  scrap generated, collected, and prepared for processing in the
 *                                 United States: considered domestic (52.225-1(a), (1)(ii)(A))
 */
public record Component(
        String name,
        String supplier,
        BigDecimal cost,
        CostBasis costBasis,
        ComponentOrigin origin,
        String countryOfOrigin,
        BigDecimal ironOrSteelSharePercent,
        boolean cotsFastener,
        boolean nonavailableClass,
        boolean usScrap) {

    public Component {
        name = trimToNull(name);
        supplier = trimToNull(supplier);
        countryOfOrigin = trimToNull(countryOfOrigin);
        if (countryOfOrigin != null) {
            countryOfOrigin = countryOfOrigin.toUpperCase(Locale.ROOT);
        }
        if (ironOrSteelSharePercent == null) {
            ironOrSteelSharePercent = BigDecimal.ZERO;
        }
    }

    /** A purchased component with no iron or steel and no special flag. */
    public static Component purchased(String name, BigDecimal cost, ComponentOrigin origin, String countryOfOrigin) {
        return new Component(name, null, cost, CostBasis.PURCHASED, origin, countryOfOrigin,
                BigDecimal.ZERO, false, false, false);
    }

    /** A component made by the manufacturer itself, with no iron or steel and no special flag. */
    public static Component selfMade(String name, BigDecimal cost, ComponentOrigin origin, String countryOfOrigin) {
        return new Component(name, null, cost, CostBasis.SELF_MADE, origin, countryOfOrigin,
                BigDecimal.ZERO, false, false, false);
    }

    /** A copy with another supplier. */
    public Component withSupplier(String newSupplier) {
        return new Component(name, newSupplier, cost, costBasis, origin, countryOfOrigin,
                ironOrSteelSharePercent, cotsFastener, nonavailableClass, usScrap);
    }

    /** A copy with another cost. */
    public Component withCost(BigDecimal newCost) {
        return new Component(name, supplier, newCost, costBasis, origin, countryOfOrigin,
                ironOrSteelSharePercent, cotsFastener, nonavailableClass, usScrap);
    }

    /** A copy with another origin and country of origin. */
    public Component withOrigin(ComponentOrigin newOrigin, String newCountryOfOrigin) {
        return new Component(name, supplier, cost, costBasis, newOrigin, newCountryOfOrigin,
                ironOrSteelSharePercent, cotsFastener, nonavailableClass, usScrap);
    }

    /** A copy with another iron or steel share, in percent of this component's cost. */
    public Component withIronOrSteelSharePercent(BigDecimal percent) {
        return new Component(name, supplier, cost, costBasis, origin, countryOfOrigin,
                percent, cotsFastener, nonavailableClass, usScrap);
    }

    /** A copy marked (or not) as a COTS fastener. */
    public Component withCotsFastener(boolean flag) {
        return new Component(name, supplier, cost, costBasis, origin, countryOfOrigin,
                ironOrSteelSharePercent, flag, nonavailableClass, usScrap);
    }

    /** A copy marked (or not) as of a nonavailable class (FAR 25.104). */
    public Component withNonavailableClass(boolean flag) {
        return new Component(name, supplier, cost, costBasis, origin, countryOfOrigin,
                ironOrSteelSharePercent, cotsFastener, flag, usScrap);
    }

    /** A copy marked (or not) as scrap generated in the United States. */
    public Component withUsScrap(boolean flag) {
        return new Component(name, supplier, cost, costBasis, origin, countryOfOrigin,
                ironOrSteelSharePercent, cotsFastener, nonavailableClass, flag);
    }

    /**
     * Counts as a US component in the domestic content test: of domestic origin, or of a nonavailable
     * class, or US scrap (52.225-1(a), "domestic end product" (1)(ii)(A)). Unknown origin counts as
     * foreign.
     */
    public boolean countsAsDomesticComponent() {
        return origin == ComponentOrigin.DOMESTIC || nonavailableClass || usScrap;
    }

    /**
     * Its iron or steel counts as domestic in the iron and steel test: of domestic origin, or US scrap.
     * The nonavailability treatment is written only into the domestic content test
     * (52.225-1(a), (1)(ii)(A)), not into the iron and steel test (52.225-1(a), (2)), so a
     * nonavailable-class component's iron or steel stays foreign there. Unknown origin counts as
     * foreign ("Iron or steel components of unknown origin are treated as foreign").
     */
    public boolean ironOrSteelCountsAsDomestic() {
        return origin == ComponentOrigin.DOMESTIC || usScrap;
    }

    private static String trimToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
