package gov.buyamerican.portal.reporting;

import gov.buyamerican.portal.rules.purchase.PurchaseClass;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/**
 * One month of spend by classification. Definitions (docs/reports.md): <em>exempt</em> = EXEMPT_MICRO_PURCHASE +
 * EXEMPT_OTHER; <em>covered</em> = every other class (subject to the Buy American statute, including UNKNOWN);
 * <em>domestic share</em> = DOMESTIC ÷ total spend of the month; <em>domestic share of covered spend</em> = DOMESTIC ÷
 * covered spend.
 */
public record MonthSpend(YearMonth month, Map<PurchaseClass, Spend> byClass) {

    public MonthSpend {
        byClass = Map.copyOf(byClass);
    }

    public Spend of(PurchaseClass c) {
        return byClass.getOrDefault(c, Spend.NONE);
    }

    public Spend total() {
        return byClass.values().stream().reduce(Spend.NONE, Spend::plus);
    }

    public Spend exempt() {
        return of(PurchaseClass.EXEMPT_MICRO_PURCHASE).plus(of(PurchaseClass.EXEMPT_OTHER));
    }

    public BigDecimal covered() {
        return total().amount().subtract(exempt().amount());
    }

    /** DOMESTIC ÷ total, in percent; null when the month has no positive spend. */
    public BigDecimal domesticShare() {
        return Share.percent(of(PurchaseClass.DOMESTIC).amount(), total().amount());
    }

    /** DOMESTIC ÷ covered spend, in percent; null when there is no positive covered spend. */
    public BigDecimal domesticShareOfCovered() {
        return Share.percent(of(PurchaseClass.DOMESTIC).amount(), covered());
    }
}
