package gov.buyamerican.portal.reporting;

import java.math.BigDecimal;

/** A number of purchases and their total amount in US dollars (deobligations count negative). */
public record Spend(long count, BigDecimal amount) {

    public static final Spend NONE = new Spend(0, BigDecimal.ZERO);

    public Spend plus(Spend other) {
        return new Spend(count + other.count, amount.add(other.amount));
    }
}
