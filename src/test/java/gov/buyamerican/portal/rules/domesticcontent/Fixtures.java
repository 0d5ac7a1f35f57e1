package gov.buyamerican.portal.rules.domesticcontent;

import java.math.BigDecimal;
import java.util.List;

/** Small helpers so that each test reads like the table it checks. */
final class Fixtures {

    static final DomesticContentCalculator CALCULATOR = new DomesticContentCalculator();
    static final ThresholdSchedule FAR = ThresholdSchedule.farDefaults();

    private Fixtures() {
    }

    static BigDecimal usd(String amount) {
        return new BigDecimal(amount);
    }

    static Component domestic(String name, String cost) {
        return Component.purchased(name, usd(cost), ComponentOrigin.DOMESTIC, "US");
    }

    static Component foreign(String name, String cost) {
        return Component.purchased(name, usd(cost), ComponentOrigin.FOREIGN, "CN");
    }

    static Component unknown(String name, String cost) {
        return Component.purchased(name, usd(cost), ComponentOrigin.UNKNOWN, null);
    }

    /** A component whose whole cost is iron or steel. */
    static Component steel(Component c) {
        return c.withIronOrSteelSharePercent(new BigDecimal("100"));
    }

    static EndProduct madeInUs(ProductKind kind, int deliveryYear, Component... components) {
        return new EndProduct("Test item", kind, true, "US", deliveryYear, false, List.of(components));
    }

    static EndProduct madeIn(String country, ProductKind kind, int deliveryYear, Component... components) {
        return new EndProduct("Test item", kind, false, country, deliveryYear, false, List.of(components));
    }

    /** Classifies with the FAR seed values for the product's delivery year. */
    static DomesticContentResult classify(EndProduct product) {
        return CALCULATOR.calculate(product, FAR.resolve(product.deliveryYear()));
    }

    /** Domestic and foreign components adding up to $1,000,000.00 (so $1 is 0.0001%). */
    static EndProduct millionDollarItem(int deliveryYear, String domesticCost) {
        BigDecimal foreignCost = usd("1000000.00").subtract(usd(domesticCost));
        return madeInUs(ProductKind.MANUFACTURED, deliveryYear,
                domestic("US parts", domesticCost),
                foreign("Imported parts", foreignCost.toPlainString()));
    }
}
