package gov.buyamerican.portal.reporting.internal;

import static gov.buyamerican.portal.db.Tables.ATTESTATION;
import static gov.buyamerican.portal.db.Tables.COUNTRY;
import static gov.buyamerican.portal.db.Tables.OFFICE;
import static gov.buyamerican.portal.db.Tables.PRODUCT;
import static gov.buyamerican.portal.db.Tables.PURCHASE;
import static gov.buyamerican.portal.db.Tables.PURCHASE_COUNTRY_ROLLUP;
import static gov.buyamerican.portal.db.Tables.PURCHASE_FOREIGN_COUNTRY_ROLLUP;
import static gov.buyamerican.portal.db.Tables.PURCHASE_FOREIGN_VENDOR_ROLLUP;
import static gov.buyamerican.portal.db.Tables.PURCHASE_MONTH_ROLLUP;
import static gov.buyamerican.portal.db.Tables.PURCHASE_VENDOR_ROLLUP;
import static gov.buyamerican.portal.db.Tables.VENDOR;
import static gov.buyamerican.portal.db.Tables.WAIVER_REQUEST;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import gov.buyamerican.portal.reporting.Channel;
import gov.buyamerican.portal.reporting.ChannelSpend;
import gov.buyamerican.portal.reporting.ComplianceException;
import gov.buyamerican.portal.reporting.DashboardFilter;
import gov.buyamerican.portal.reporting.ExceptionFilter;
import gov.buyamerican.portal.reporting.ExpiringAttestations;
import gov.buyamerican.portal.reporting.ForeignSpend;
import gov.buyamerican.portal.reporting.MonthSpend;
import gov.buyamerican.portal.reporting.OfficeChoice;
import gov.buyamerican.portal.reporting.Spend;
import gov.buyamerican.portal.reporting.WaiverStats;
import gov.buyamerican.portal.rules.purchase.PurchaseClass;
import gov.buyamerican.portal.rules.purchase.Reason;
import gov.buyamerican.portal.rules.waiver.BusinessDays;
import gov.buyamerican.portal.rules.waiver.WaiverStatus;
import gov.buyamerican.portal.rules.waiver.WaiverType;
import gov.buyamerican.portal.shared.PageQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record4;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.SortField;
import org.jooq.Table;
import org.springframework.stereotype.Component;

/**
 * The dashboard's queries, one per card, over the purchase rollups (never a GROUP BY over the purchase rows) and the
 * small waiver and attestation tables; and the compliance exceptions list over the purchase rows (an index range on
 * classification and date, paged in the database). Each card is built in two steps, {@code ...Query} (the SQL, which
 * the benchmark also runs raw) and {@code ...From} (mapping), so that the benchmark times exactly the service's SQL.
 */
@Component
public class ReportQueries {

    static final List<String> FOREIGN = List.of(PurchaseClass.FOREIGN_WAIVED.name(), PurchaseClass.FOREIGN_UNWAIVED.name());

    private final DSLContext dsl;

    ReportQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    // ---------------------------------------------------------------------------------------------- monthly trend

    public ResultQuery<Record4<LocalDate, String, BigDecimal, BigDecimal>> monthQuery(DashboardFilter f) {
        var r = PURCHASE_MONTH_ROLLUP;
        return dsl.select(r.MONTH, r.CLASSIFICATION, sum(r.PURCHASE_COUNT), sum(r.TOTAL_AMOUNT))
                .from(r)
                .where(rollupCondition(f, r.MONTH, r.OFFICE_ID, r.CHANNEL))
                .groupBy(r.MONTH, r.CLASSIFICATION)
                .orderBy(r.MONTH);
    }

    /** Every month of the filter, in order, months without purchases included (empty). */
    public static List<MonthSpend> monthsFrom(DashboardFilter f, Result<Record4<LocalDate, String, BigDecimal, BigDecimal>> rows) {
        Map<YearMonth, Map<PurchaseClass, Spend>> months = new TreeMap<>();
        for (YearMonth m = f.from(); !m.isAfter(f.to()); m = m.plusMonths(1)) {
            months.put(m, new EnumMap<>(PurchaseClass.class));
        }
        for (var row : rows) {
            YearMonth m = YearMonth.from(row.value1());
            months.computeIfAbsent(m, k -> new EnumMap<>(PurchaseClass.class))
                    .put(PurchaseClass.valueOf(row.value2()), spend(row.value3(), row.value4()));
        }
        List<MonthSpend> result = new ArrayList<>(months.size());
        months.forEach((m, byClass) -> result.add(new MonthSpend(m, byClass)));
        return result;
    }

    // ---------------------------------------------------------------------------------------------- channels

    public ResultQuery<Record4<String, String, BigDecimal, BigDecimal>> channelQuery(DashboardFilter f) {
        var r = PURCHASE_MONTH_ROLLUP;
        return dsl.select(r.CHANNEL, r.CLASSIFICATION, sum(r.PURCHASE_COUNT), sum(r.TOTAL_AMOUNT))
                .from(r)
                .where(rollupCondition(f, r.MONTH, r.OFFICE_ID, r.CHANNEL))
                .groupBy(r.CHANNEL, r.CLASSIFICATION);
    }

    /** Every channel × classification pair (zero when none), marketplace first, classes in their order. */
    public static List<ChannelSpend> channelsFrom(Result<Record4<String, String, BigDecimal, BigDecimal>> rows) {
        Map<String, Spend> found = new LinkedHashMap<>();
        for (var row : rows) {
            found.put(row.value1() + "/" + row.value2(), spend(row.value3(), row.value4()));
        }
        List<ChannelSpend> result = new ArrayList<>();
        for (Channel c : Channel.values()) {
            for (PurchaseClass pc : PurchaseClass.values()) {
                result.add(new ChannelSpend(c, pc, found.getOrDefault(c.name() + "/" + pc.name(), Spend.NONE)));
            }
        }
        return result;
    }

    // ---------------------------------------------------------------------------------------------- top countries

    /**
     * Without an office or channel filter (the dashboard's default) the card reads {@code purchase_foreign_country_rollup}
     * (V53: foreign classes only, keyed classification, month, country; no office or channel), otherwise
     * {@code purchase_country_rollup} through its classification-led index (V45), which the office and channel cut.
     */
    public ResultQuery<Record> countryQuery(DashboardFilter f, int limit) {
        return countryQuery(f, limit, f.officeId() == null && f.channel() == null);
    }

    /** The top-countries SQL on the coarse rollup ({@code coarse}, only without office and channel filter) or the fine one. */
    public ResultQuery<Record> countryQuery(DashboardFilter f, int limit, boolean coarse) {
        Table<?> t;
        if (coarse) {
            var c = PURCHASE_FOREIGN_COUNTRY_ROLLUP;
            t = foreignSums(c, c.ORIGIN_COUNTRY, f, c.MONTH, null, null, c.CLASSIFICATION, c.PURCHASE_COUNT,
                    c.TOTAL_AMOUNT, limit);
        } else {
            var r = PURCHASE_COUNTRY_ROLLUP;
            t = foreignSums(r, r.ORIGIN_COUNTRY, f, r.MONTH, r.OFFICE_ID, r.CHANNEL, r.CLASSIFICATION,
                    r.PURCHASE_COUNT, r.TOTAL_AMOUNT, limit);
        }
        Field<String> key = t.field("k", String.class);
        return dsl.select(t.fields()).select(COUNTRY.NAME)
                .from(t).leftJoin(COUNTRY).on(COUNTRY.ALPHA2.eq(key))
                .orderBy(t.field("total", BigDecimal.class).desc(), key);
    }

    public static List<ForeignSpend> countriesFrom(Result<Record> rows) {
        return rows.map(row -> {
            String code = row.get("k", String.class);
            String name = row.get(COUNTRY.NAME);
            return foreign(row, code, code.isEmpty() ? "Not known" : name == null ? code : name);
        });
    }

    // ---------------------------------------------------------------------------------------------- top vendors

    /**
     * Without an office or channel filter (the dashboard's default) the card reads {@code purchase_foreign_vendor_rollup}
     * (V52: foreign classes only, keyed classification, month, vendor; no office or channel), otherwise
     * {@code purchase_vendor_rollup} through its classification-led index (V45), which the office and channel cut.
     */
    public ResultQuery<Record> vendorQuery(DashboardFilter f, int limit) {
        return vendorQuery(f, limit, f.officeId() == null && f.channel() == null);
    }

    /**
     * The top-vendors SQL on the coarse rollup ({@code coarse}, only without office and channel filter) or on the fine
     * one; the benchmark times both for the unfiltered dashboard.
     */
    public ResultQuery<Record> vendorQuery(DashboardFilter f, int limit, boolean coarse) {
        Table<?> t;
        if (coarse) {
            var c = PURCHASE_FOREIGN_VENDOR_ROLLUP;
            t = foreignSums(c, c.VENDOR_ID, f, c.MONTH, null, null, c.CLASSIFICATION, c.PURCHASE_COUNT,
                    c.TOTAL_AMOUNT, limit);
        } else {
            var r = PURCHASE_VENDOR_ROLLUP;
            t = foreignSums(r, r.VENDOR_ID, f, r.MONTH, r.OFFICE_ID, r.CHANNEL, r.CLASSIFICATION,
                    r.PURCHASE_COUNT, r.TOTAL_AMOUNT, limit);
        }
        Field<Long> key = t.field("k", Long.class);
        return dsl.select(t.fields()).select(VENDOR.LEGAL_NAME)
                .from(t).leftJoin(VENDOR).on(VENDOR.ID.eq(key))
                .orderBy(t.field("total", BigDecimal.class).desc(), key);
    }

    public static List<ForeignSpend> vendorsFrom(Result<Record> rows) {
        return rows.map(row -> {
            Long id = row.get("k", Long.class);
            String name = row.get(VENDOR.LEGAL_NAME);
            return foreign(row, String.valueOf(id), name == null ? "Vendor " + id : name);
        });
    }

    /**
     * FOREIGN_WAIVED and FOREIGN_UNWAIVED sums per key, the largest {@code limit} totals. {@code office} and
     * {@code channel} may be null for a rollup without them, when the filter has no office and no channel.
     */
    private <K> Table<?> foreignSums(Table<?> r, Field<K> key, DashboardFilter f, Field<LocalDate> month,
                                     Field<Long> office, Field<String> channel, Field<String> classification,
                                     Field<Long> count, Field<BigDecimal> amount, int limit) {
        Condition waived = classification.eq(PurchaseClass.FOREIGN_WAIVED.name());
        Field<BigDecimal> total = sum(amount).as("total");
        return dsl.select(key.as("k"),
                        sum(when(waived, count).otherwise(0L)).as("waived_count"),
                        sum(when(waived, amount).otherwise(BigDecimal.ZERO)).as("waived_amount"),
                        sum(when(waived, 0L).otherwise(count)).as("unwaived_count"),
                        sum(when(waived, BigDecimal.ZERO).otherwise(amount)).as("unwaived_amount"),
                        total)
                .from(r)
                .where(rollupCondition(f, month, office, channel)).and(classification.in(FOREIGN))
                .groupBy(key)
                .orderBy(total.desc(), key)
                .limit(limit)
                .asTable("t");
    }

    private static ForeignSpend foreign(Record row, String key, String name) {
        return new ForeignSpend(key, name,
                spend(row.get("waived_count", BigDecimal.class), row.get("waived_amount", BigDecimal.class)),
                spend(row.get("unwaived_count", BigDecimal.class), row.get("unwaived_amount", BigDecimal.class)));
    }

    // ---------------------------------------------------------------------------------------------- waivers

    public ResultQuery<Record4<String, String, LocalDateTime, LocalDateTime>> waiverQuery(DashboardFilter f) {
        var w = WAIVER_REQUEST;
        return dsl.select(w.WAIVER_TYPE, w.STATUS, w.FIRST_SUBMITTED_AT, w.DECIDED_AT)
                .from(w)
                .where(w.ORIGIN.eq("PORTAL"))
                .and(w.FIRST_SUBMITTED_AT.ge(f.firstDay().atStartOfDay()))
                .and(w.FIRST_SUBMITTED_AT.lt(f.lastDay().plusDays(1).atStartOfDay()));
    }

    public static WaiverStats waiversFrom(Result<Record4<String, String, LocalDateTime, LocalDateTime>> rows) {
        BusinessDayIndex calendar = BusinessDayIndex.US_FEDERAL;
        WaiverType[] types = WaiverType.values();
        WaiverStatus[] statuses = WaiverStatus.values();
        long[][] counts = new long[types.length][statuses.length];
        List<List<Integer>> days = new ArrayList<>(types.length);
        for (int i = 0; i < types.length; i++) {
            days.add(new ArrayList<>());
        }
        List<Integer> all = new ArrayList<>(rows.size());
        for (var row : rows) {
            if (row.value1() == null || row.value2() == null) {
                continue;
            }
            WaiverType type = WaiverType.valueOf(row.value1());
            counts[type.ordinal()][WaiverStatus.valueOf(row.value2()).ordinal()]++;
            if (row.value4() != null && row.value3() != null && !row.value4().isBefore(row.value3())) {
                int d = calendar.between(row.value3().toLocalDate(), row.value4().toLocalDate());
                days.get(type.ordinal()).add(d);
                all.add(d);
            }
        }
        List<WaiverStats.TypeStatusCount> typeStatus = new ArrayList<>();
        List<WaiverStats.DecisionTime> times = new ArrayList<>();
        for (WaiverType type : types) {
            for (WaiverStatus status : statuses) {
                long n = counts[type.ordinal()][status.ordinal()];
                if (n > 0) {
                    typeStatus.add(new WaiverStats.TypeStatusCount(type, status, n));
                }
            }
            List<Integer> list = days.get(type.ordinal());
            if (!list.isEmpty()) {
                times.add(new WaiverStats.DecisionTime(type, list.size(), median(list)));
            }
        }
        return new WaiverStats(typeStatus, times, median(all), all.size());
    }

    /**
     * {@link BusinessDays#businessDaysBetween} for many pairs of dates in constant time per pair: the calendar is asked
     * once per day of a year, the first time a date of that year is needed, and kept as a running count (the rules'
     * calendar works out the year's federal holidays on every ask). Shared by every call: the federal calendar never
     * changes for a date already counted.
     */
    static final class BusinessDayIndex {
        static final BusinessDayIndex US_FEDERAL = new BusinessDayIndex(BusinessDays.usFederal());

        private final BusinessDays calendar;
        /** year -> running count: element i = business days from January 1 up to and including day-of-year i + 1 */
        private final Map<Integer, int[]> byYear = new java.util.concurrent.ConcurrentHashMap<>();

        BusinessDayIndex(BusinessDays calendar) {
            this.calendar = calendar;
        }

        /** The number of business days after {@code from} up to and including {@code to}. */
        int between(LocalDate from, LocalDate to) {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("The end date " + to + " is before the start date " + from + ".");
            }
            int count = running(to.getYear())[to.getDayOfYear() - 1] - running(from.getYear())[from.getDayOfYear() - 1];
            for (int y = from.getYear(); y < to.getYear(); y++) {
                int[] year = running(y);
                count += year[year.length - 1];
            }
            return count;
        }

        private int[] running(int year) {
            return byYear.computeIfAbsent(year, y -> {
                LocalDate d = LocalDate.of(y, 1, 1);
                int[] r = new int[d.lengthOfYear()];
                int n = 0;
                for (int i = 0; i < r.length; i++, d = d.plusDays(1)) {
                    if (calendar.isBusinessDay(d)) {
                        n++;
                    }
                    r[i] = n;
                }
                return r;
            });
        }
    }

    /** The median, the mean of the two middle values for an even count, to one decimal; null for none. */
    static BigDecimal median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal m = n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
                : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.TWO);
        return m.setScale(1, RoundingMode.HALF_UP);
    }

    // ---------------------------------------------------------------------------------------------- attestations

    /**
     * The verified attestations ending within 90 days of {@code today}, soonest first, at most {@code limit} of them,
     * each row carrying the counts of all of them by 30-day band (window sums over the whole result, computed before
     * the LIMIT): one query for the card. The joins are one-to-one (NOT NULL foreign keys), so they drop no row.
     */
    public ResultQuery<? extends Record> expiringQuery(LocalDate today, int limit) {
        var a = ATTESTATION;
        return dsl.select(a.ID, a.PRODUCT_ID, PRODUCT.NAME, VENDOR.LEGAL_NAME, a.VALID_UNTIL,
                        sum(when(a.VALID_UNTIL.le(today.plusDays(30)), 1).otherwise(0)).over().as("d30"),
                        sum(when(a.VALID_UNTIL.gt(today.plusDays(30)).and(a.VALID_UNTIL.le(today.plusDays(60))), 1)
                                .otherwise(0)).over().as("d60"),
                        sum(when(a.VALID_UNTIL.gt(today.plusDays(60)), 1).otherwise(0)).over().as("d90"))
                .from(a).join(PRODUCT).on(PRODUCT.ID.eq(a.PRODUCT_ID))
                .join(VENDOR).on(VENDOR.ID.eq(PRODUCT.OFFEROR_VENDOR_ID))
                .where(a.STATUS.eq("VERIFIED")).and(a.VALID_UNTIL.between(today, today.plusDays(90)))
                .orderBy(a.VALID_UNTIL, a.ID)
                .limit(limit);
    }

    public static ExpiringAttestations expiringFrom(LocalDate today, Result<? extends Record> rows) {
        Record first = rows.isEmpty() ? null : rows.getFirst();
        return new ExpiringAttestations(today, first == null ? 0 : longOf(first.get("d30")),
                first == null ? 0 : longOf(first.get("d60")), first == null ? 0 : longOf(first.get("d90")),
                rows.map(r -> new ExpiringAttestations.Item(r.get(ATTESTATION.ID), r.get(ATTESTATION.PRODUCT_ID),
                        r.get(PRODUCT.NAME), r.get(VENDOR.LEGAL_NAME), r.get(ATTESTATION.VALID_UNTIL))));
    }

    // ---------------------------------------------------------------------------------------------- offices

    public List<OfficeChoice> offices() {
        return dsl.select(OFFICE.ID, OFFICE.CODE, OFFICE.NAME).from(OFFICE).orderBy(OFFICE.NAME, OFFICE.ID)
                .fetch(r -> new OfficeChoice(r.value1(), r.value2(), r.value3()));
    }

    // ---------------------------------------------------------------------------------------------- exceptions

    private static final Map<String, Field<?>> EXCEPTION_SORT = Map.of(
            "date", PURCHASE.PURCHASE_DATE,
            "amount", PURCHASE.TOTAL_AMOUNT,
            "vendor", VENDOR.LEGAL_NAME,
            "office", OFFICE.NAME,
            "channel", PURCHASE.CHANNEL,
            "country", PURCHASE.ORIGIN_COUNTRY);

    public static Condition exceptionCondition(ExceptionFilter f) {
        Condition c = PURCHASE.CLASSIFICATION.eq(PurchaseClass.FOREIGN_UNWAIVED.name())
                .and(PURCHASE.TOTAL_AMOUNT.gt(PURCHASE.MICRO_PURCHASE_THRESHOLD));
        if (f.from() != null) {
            c = c.and(PURCHASE.PURCHASE_DATE.ge(f.from()));
        }
        if (f.to() != null) {
            c = c.and(PURCHASE.PURCHASE_DATE.le(f.to()));
        }
        if (f.officeId() != null) {
            c = c.and(PURCHASE.OFFICE_ID.eq(f.officeId()));
        }
        if (f.channel() != null) {
            c = c.and(PURCHASE.CHANNEL.eq(f.channel().name()));
        }
        if (f.vendorId() != null) {
            c = c.and(PURCHASE.VENDOR_ID.eq(f.vendorId()));
        }
        return c;
    }

    private static List<SortField<?>> exceptionOrder(List<PageQuery.SortOrder> sort) {
        List<SortField<?>> order = new ArrayList<>();
        for (PageQuery.SortOrder s : sort) {
            Field<?> field = EXCEPTION_SORT.get(s.key());
            if (field != null) {
                order.add(s.ascending() ? field.asc() : field.desc());
            }
        }
        if (order.isEmpty()) {
            order.add(PURCHASE.PURCHASE_DATE.desc());
        }
        order.add(PURCHASE.ID.desc());
        return order;
    }

    private org.jooq.SelectOnConditionStep<? extends Record> exceptionSelect() {
        return dsl.select(PURCHASE.ID, PURCHASE.PURCHASE_DATE, OFFICE.NAME, PURCHASE.VENDOR_ID, VENDOR.LEGAL_NAME,
                        PURCHASE.CHANNEL, PURCHASE.PIID, PURCHASE.ORDER_NUMBER, PURCHASE.DESCRIPTION,
                        PURCHASE.TOTAL_AMOUNT, PURCHASE.MICRO_PURCHASE_THRESHOLD, PURCHASE.ORIGIN_COUNTRY,
                        PURCHASE.CLASSIFICATION_REASON, PURCHASE.CLASSIFICATION_NOTE)
                .from(PURCHASE)
                .join(VENDOR).on(VENDOR.ID.eq(PURCHASE.VENDOR_ID))
                .join(OFFICE).on(OFFICE.ID.eq(PURCHASE.OFFICE_ID));
    }

    public List<ComplianceException> exceptions(ExceptionFilter f, PageQuery page) {
        return exceptionSelect().where(exceptionCondition(f)).orderBy(exceptionOrder(page.sort()))
                .limit(page.limit()).offset(page.offset())
                .fetch(ReportQueries::exception);
    }

    public int countExceptions(ExceptionFilter f, int cap) {
        return dsl.fetchCount(dsl.select(PURCHASE.ID).from(PURCHASE).where(exceptionCondition(f)).limit(cap));
    }

    public Stream<ComplianceException> streamExceptions(ExceptionFilter f, List<PageQuery.SortOrder> sort) {
        return exceptionSelect().where(exceptionCondition(f)).orderBy(exceptionOrder(sort))
                .fetchSize(1000).fetchStream().map(ReportQueries::exception);
    }

    private static ComplianceException exception(Record r) {
        String piid = r.get(PURCHASE.PIID);
        String order = r.get(PURCHASE.ORDER_NUMBER);
        Reason reason = null;
        try {
            reason = Reason.valueOf(r.get(PURCHASE.CLASSIFICATION_REASON));
        } catch (IllegalArgumentException e) {
            // a reason this version does not know: shown without "what is missing"
        }
        String channel = r.get(PURCHASE.CHANNEL);
        return new ComplianceException(r.get(PURCHASE.ID), r.get(PURCHASE.PURCHASE_DATE), r.get(OFFICE.NAME),
                r.get(PURCHASE.VENDOR_ID), r.get(VENDOR.LEGAL_NAME), Channel.valueOf(channel),
                piid != null ? piid : order, r.get(PURCHASE.DESCRIPTION), r.get(PURCHASE.TOTAL_AMOUNT),
                r.get(PURCHASE.MICRO_PURCHASE_THRESHOLD), r.get(PURCHASE.ORIGIN_COUNTRY), reason,
                r.get(PURCHASE.CLASSIFICATION_NOTE));
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** The filter on a rollup: months of the period (the rollup's month is the first day), office, channel. */
    public static Condition rollupCondition(DashboardFilter f, Field<LocalDate> month, Field<Long> office,
                                            Field<String> channel) {
        if ((office == null && f.officeId() != null) || (channel == null && f.channel() != null)) {
            throw new IllegalArgumentException("This rollup has no office or channel to filter on.");
        }
        Condition c = month.between(f.firstDay(), f.to().atDay(1));
        if (f.officeId() != null) {
            c = c.and(office.eq(f.officeId()));
        }
        if (f.channel() != null) {
            c = c.and(channel.eq(f.channel().name()));
        }
        return c;
    }

    private static Spend spend(Number count, BigDecimal amount) {
        return new Spend(count == null ? 0 : count.longValue(), amount == null ? BigDecimal.ZERO : amount);
    }

    private static long longOf(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
