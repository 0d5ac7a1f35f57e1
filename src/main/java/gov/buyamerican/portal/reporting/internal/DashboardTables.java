package gov.buyamerican.portal.reporting.internal;

import static gov.buyamerican.portal.reporting.internal.ReportTable.Kind.COUNT;
import static gov.buyamerican.portal.reporting.internal.ReportTable.Kind.DATE;
import static gov.buyamerican.portal.reporting.internal.ReportTable.Kind.DAYS;
import static gov.buyamerican.portal.reporting.internal.ReportTable.Kind.MONEY;
import static gov.buyamerican.portal.reporting.internal.ReportTable.Kind.PERCENT;
import static gov.buyamerican.portal.reporting.internal.ReportTable.Kind.TEXT;

import gov.buyamerican.portal.reporting.ChannelSpend;
import gov.buyamerican.portal.reporting.Dashboard;
import gov.buyamerican.portal.reporting.ExpiringAttestations;
import gov.buyamerican.portal.reporting.ForeignSpend;
import gov.buyamerican.portal.reporting.MonthSpend;
import gov.buyamerican.portal.reporting.Share;
import gov.buyamerican.portal.reporting.Spend;
import gov.buyamerican.portal.reporting.WaiverStats;
import gov.buyamerican.portal.reporting.internal.ReportTable.Column;
import gov.buyamerican.portal.rules.purchase.PurchaseClass;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The dashboard's cards as tables: what the exports contain and what the PDF prints. */
public final class DashboardTables {

    /** The classes counted as foreign spend, as the purchase grid's {@code class} parameters. */
    public static final List<String> FOREIGN_CLASSES = List.of(PurchaseClass.FOREIGN_WAIVED.name(),
            PurchaseClass.FOREIGN_UNWAIVED.name());

    private DashboardTables() {
    }

    public static List<ReportTable> of(Dashboard d) {
        return List.of(months(d), classes(d), channels(d), countries(d), vendors(d), waiverCounts(d.waivers()),
                decisionTimes(d.waivers()), attestations(d.attestations()));
    }

    static ReportTable months(Dashboard d) {
        List<List<Object>> rows = new ArrayList<>();
        List<Map<String, List<String>>> drill = new ArrayList<>();
        for (MonthSpend m : d.months()) {
            drill.add(Map.of("from", List.of(m.month().atDay(1).toString()), "to", List.of(m.month().atEndOfMonth().toString())));
            rows.add(Arrays.asList(m.month().toString(), m.total().count(), m.total().amount(),
                    m.of(PurchaseClass.DOMESTIC).amount(), m.covered(), m.exempt().amount(), m.domesticShare(),
                    m.domesticShareOfCovered()));
        }
        return new ReportTable("Domestic share by month", cols("Month", TEXT, "Purchases", COUNT, "Total spend", MONEY,
                "Domestic spend", MONEY, "Covered spend", MONEY, "Exempt spend", MONEY, "Domestic share %", PERCENT,
                "Domestic share of covered %", PERCENT), rows,
                "Domestic share = domestic spend / total spend of the month; covered = not exempt.", drill);
    }

    static ReportTable classes(Dashboard d) {
        Map<PurchaseClass, Spend> byClass = d.byClass();
        BigDecimal total = d.total().amount();
        List<List<Object>> rows = new ArrayList<>();
        List<Map<String, List<String>>> drill = new ArrayList<>();
        byClass.forEach((c, s) -> {
            rows.add(Arrays.asList(c.label(), s.count(), s.amount(), Share.percent(s.amount(), total)));
            drill.add(Map.of("class", List.of(c.name())));
        });
        return new ReportTable("Spend by classification",
                cols("Classification", TEXT, "Purchases", COUNT, "Spend", MONEY, "Share of spend %", PERCENT), rows, null,
                drill);
    }

    static ReportTable channels(Dashboard d) {
        List<List<Object>> rows = new ArrayList<>();
        List<Map<String, List<String>>> drill = new ArrayList<>();
        for (ChannelSpend c : d.channels()) {
            BigDecimal channelTotal = d.channels().stream().filter(x -> x.channel() == c.channel())
                    .map(x -> x.spend().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (channelTotal.signum() == 0 && c.spend().count() == 0) {
                continue;
            }
            rows.add(Arrays.asList(c.channel().label(), c.classification().label(), c.spend().count(),
                    c.spend().amount(), Share.percent(c.spend().amount(), channelTotal)));
            drill.add(Map.of("channel", List.of(c.channel().name()), "class", List.of(c.classification().name())));
        }
        return new ReportTable("Marketplace and direct channels by classification",
                cols("Channel", TEXT, "Classification", TEXT, "Purchases", COUNT, "Spend", MONEY,
                        "Share of the channel's spend %", PERCENT), rows, null, drill);
    }

    static ReportTable countries(Dashboard d) {
        return foreign("Top countries of origin by foreign spend", "Country of origin", d.topCountries(),
                "Foreign spend = foreign, waived + foreign, no waiver; exempt purchases are not included.", "country");
    }

    static ReportTable vendors(Dashboard d) {
        return foreign("Top vendors by foreign spend", "Vendor", d.topVendors(),
                "Foreign spend = foreign, waived + foreign, no waiver; exempt purchases are not included.", "vendor");
    }

    private static ReportTable foreign(String title, String what, List<ForeignSpend> list, String note, String param) {
        List<List<Object>> rows = new ArrayList<>();
        List<Map<String, List<String>>> drill = new ArrayList<>();
        for (ForeignSpend f : list) {
            drill.add(f.key().isEmpty() ? Map.of("class", FOREIGN_CLASSES)
                    : Map.of(param, List.of(f.key()), "class", FOREIGN_CLASSES));
            rows.add(Arrays.asList(f.name(), f.total().count(), f.amount(), f.waived().amount(), f.unwaived().amount()));
        }
        return new ReportTable(title, cols(what, TEXT, "Purchases", COUNT, "Foreign spend", MONEY, "Waived", MONEY,
                "No waiver", MONEY), rows, note, drill);
    }

    static ReportTable waiverCounts(WaiverStats w) {
        List<List<Object>> rows = new ArrayList<>();
        for (WaiverStats.TypeStatusCount c : w.counts()) {
            rows.add(Arrays.asList(c.type().label(), c.status().label(), c.count()));
        }
        return new ReportTable("Waiver requests by type and status",
                cols("Waiver type", TEXT, "Status", TEXT, "Requests", COUNT), rows,
                "Portal requests first submitted in the period.");
    }

    static ReportTable decisionTimes(WaiverStats w) {
        List<List<Object>> rows = new ArrayList<>();
        for (WaiverStats.DecisionTime t : w.decisionTimes()) {
            rows.add(Arrays.asList(t.type().label(), (long) t.decided(), t.medianBusinessDays()));
        }
        rows.add(Arrays.asList("All types", (long) w.decided(), w.medianBusinessDays()));
        return new ReportTable("Median time to decision", cols("Waiver type", TEXT, "Decided", COUNT,
                "Median business days", DAYS), rows,
                "First submission to approval or rejection, in US federal business days.");
    }

    static ReportTable attestations(ExpiringAttestations a) {
        List<List<Object>> rows = new ArrayList<>();
        for (ExpiringAttestations.Item i : a.first()) {
            rows.add(Arrays.asList(i.productName(), i.vendorName(), i.validUntil()));
        }
        return new ReportTable("Attestations expiring soon", cols("Product", TEXT, "Offeror", TEXT, "Valid until", DATE),
                rows, "Verified attestations ending within 30 days: " + a.within30() + "; 31-60 days: " + a.within60()
                + "; 61-90 days: " + a.within90() + " (from " + a.today() + ").");
    }

    private static List<Column> cols(Object... pairs) {
        List<Column> cols = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            cols.add(new Column((String) pairs[i], (ReportTable.Kind) pairs[i + 1]));
        }
        return cols;
    }
}
