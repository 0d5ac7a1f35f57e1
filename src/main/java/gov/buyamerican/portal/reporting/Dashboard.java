package gov.buyamerican.portal.reporting;

import gov.buyamerican.portal.rules.purchase.PurchaseClass;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every card of the compliance dashboard for one filter. */
public record Dashboard(DashboardFilter filter, List<MonthSpend> months, List<ChannelSpend> channels,
                        List<ForeignSpend> topCountries, List<ForeignSpend> topVendors, WaiverStats waivers,
                        ExpiringAttestations attestations) {

    public Dashboard {
        months = List.copyOf(months);
        channels = List.copyOf(channels);
        topCountries = List.copyOf(topCountries);
        topVendors = List.copyOf(topVendors);
    }

    /** Spend by classification over the whole period, every class present (zero when none). */
    public Map<PurchaseClass, Spend> byClass() {
        Map<PurchaseClass, Spend> sums = new EnumMap<>(PurchaseClass.class);
        for (PurchaseClass c : PurchaseClass.values()) {
            sums.put(c, Spend.NONE);
        }
        for (MonthSpend m : months) {
            m.byClass().forEach((c, s) -> sums.merge(c, s, Spend::plus));
        }
        return sums;
    }

    public Spend total() {
        return byClass().values().stream().reduce(Spend.NONE, Spend::plus);
    }

    public Spend exempt() {
        Map<PurchaseClass, Spend> c = byClass();
        return c.get(PurchaseClass.EXEMPT_MICRO_PURCHASE).plus(c.get(PurchaseClass.EXEMPT_OTHER));
    }

    /** DOMESTIC ÷ total spend of the period, in percent (null when there is no positive spend). */
    public BigDecimal domesticShare() {
        return Share.percent(byClass().get(PurchaseClass.DOMESTIC).amount(), total().amount());
    }

    /** DOMESTIC ÷ covered (non-exempt) spend of the period, in percent. */
    public BigDecimal domesticShareOfCovered() {
        return Share.percent(byClass().get(PurchaseClass.DOMESTIC).amount(),
                total().amount().subtract(exempt().amount()));
    }

    public Spend foreignUnwaived() {
        return byClass().get(PurchaseClass.FOREIGN_UNWAIVED);
    }
}
