package gov.buyamerican.portal.vendor.internal;

import static gov.buyamerican.portal.db.Tables.COUNTRY;
import static gov.buyamerican.portal.db.Tables.VENDOR;

import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.vendor.SocioeconomicCategory;
import gov.buyamerican.portal.vendor.VendorFilter;
import gov.buyamerican.portal.vendor.VendorKind;
import gov.buyamerican.portal.vendor.VendorSize;
import gov.buyamerican.portal.vendor.VendorStatus;
import gov.buyamerican.portal.vendor.VendorSummary;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.ResultQuery;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The SQL of the vendor grid and exports: filter conditions, the whitelist of sortable columns, and the page query.
 * Public so that the benchmark can run exactly the SQL the service runs, directly on JDBC.
 */
public final class VendorQueries {

    /** Grid column keys that may be sorted on, and their columns. Anything else is ignored. */
    static final Map<String, Field<?>> SORTABLE = Map.of(
            "legalName", VENDOR.LEGAL_NAME,
            "uei", VENDOR.UEI,
            "cageCode", VENDOR.CAGE_CODE,
            "country", VENDOR.COUNTRY_CODE,
            "kind", VENDOR.KIND,
            "status", VENDOR.STATUS,
            "size", VENDOR.BUSINESS_SIZE,
            "samExpiryDate", VENDOR.SAM_EXPIRY_DATE,
            "updatedAt", VENDOR.UPDATED_AT);

    /** The columns of a grid row. */
    static final List<SelectField<?>> SUMMARY_FIELDS = List.of(VENDOR.ID, VENDOR.LEGAL_NAME, VENDOR.DBA_NAME, VENDOR.UEI,
            VENDOR.CAGE_CODE, VENDOR.COUNTRY_CODE, COUNTRY.NAME, VENDOR.KIND, VENDOR.STATUS, VENDOR.BUSINESS_SIZE,
            VENDOR.SDB, VENDOR.WOSB, VENDOR.SDVOSB, VENDOR.HUBZONE, VENDOR.SBA_8A, VENDOR.SAM_EXPIRY_DATE,
            VENDOR.UPDATED_AT);

    private VendorQueries() {
    }

    public static Set<String> sortKeys() {
        return SORTABLE.keySet();
    }

    /**
     * The WHERE condition of a filter. Looks in the database once when the search text could be an identifier (see
     * {@link SearchText}).
     */
    public static Condition condition(DSLContext dsl, VendorFilter f) {
        Condition c = DSL.noCondition();
        if (f == null) {
            return c;
        }
        SearchText text = SearchText.parse(f.text());
        if (text.identifierPrefix() != null && dsl.fetchExists(VENDOR, identifierCondition(text.identifierPrefix()))) {
            c = c.and(identifierCondition(text.identifierPrefix()));
        } else {
            c = c.and(textCondition(text));
        }
        if (f.kind() != null) {
            c = c.and(VENDOR.KIND.eq(f.kind().name()));
        } else if (f.kindNotSet()) {
            c = c.and(VENDOR.KIND.isNull());
        }
        if (f.status() != null) {
            c = c.and(VENDOR.STATUS.eq(f.status().name()));
        }
        if (f.countryCode() != null && !f.countryCode().isBlank()) {
            c = c.and(VENDOR.COUNTRY_CODE.eq(f.countryCode().strip().toUpperCase(Locale.ROOT)));
        }
        if (f.size() != null) {
            c = c.and(VENDOR.BUSINESS_SIZE.eq(f.size().name()));
        }
        if (f.category() != null) {
            c = c.and(categoryField(f.category()).isTrue());
        }
        if (f.samExpiresBefore() != null) {
            c = c.and(VENDOR.SAM_EXPIRY_DATE.lt(f.samExpiresBefore()));
        }
        return c;
    }

    static Condition identifierCondition(String prefix) {
        return VENDOR.UEI.startsWith(prefix).or(VENDOR.CAGE_CODE.startsWith(prefix));
    }

    /** The names condition of a search text (not its identifier reading). */
    static Condition textCondition(SearchText s) {
        Condition names = DSL.noCondition();
        if (s.fullTextExpression() != null) {
            names = names.and(DSL.condition("MATCH({0}, {1}) AGAINST ({2} IN BOOLEAN MODE)",
                    VENDOR.LEGAL_NAME, VENDOR.DBA_NAME, DSL.val(s.fullTextExpression())));
        }
        for (String part : s.substrings()) {
            names = names.and(VENDOR.LEGAL_NAME.contains(part).or(VENDOR.DBA_NAME.contains(part)));
        }
        return names;
    }

    public static Field<Boolean> categoryField(SocioeconomicCategory category) {
        return switch (category) {
            case SDB -> VENDOR.SDB;
            case WOSB -> VENDOR.WOSB;
            case SDVOSB -> VENDOR.SDVOSB;
            case HUBZONE -> VENDOR.HUBZONE;
            case SBA_8A -> VENDOR.SBA_8A;
        };
    }

    /**
     * The sort of the request, whitelisted; then, for the columns that many vendors share, the legal name; and last
     * the id, so that pages are stable. The tie-breakers follow the direction of the first sort column, so that the
     * composite indexes ({@code status, legal_name, id}, ...) can be read in order, forwards or backwards.
     */
    public static List<SortField<?>> orderBy(List<PageQuery.SortOrder> sort) {
        List<SortField<?>> order = new ArrayList<>();
        List<Field<?>> used = new ArrayList<>();
        for (PageQuery.SortOrder s : sort) {
            Field<?> f = SORTABLE.get(s.key());
            if (f != null && !used.contains(f)) {
                order.add(s.ascending() ? f.asc() : f.desc());
                used.add(f);
            }
        }
        boolean ascending = sort.stream().filter(s -> SORTABLE.containsKey(s.key())).findFirst()
                .map(PageQuery.SortOrder::ascending).orElse(true);
        Field<?> first = used.isEmpty() ? null : used.getFirst();
        boolean grouping = first == null || first == VENDOR.KIND || first == VENDOR.STATUS
                || first == VENDOR.COUNTRY_CODE || first == VENDOR.BUSINESS_SIZE;
        if (grouping && !used.contains(VENDOR.LEGAL_NAME)) {
            order.add(ascending ? VENDOR.LEGAL_NAME.asc() : VENDOR.LEGAL_NAME.desc());
        }
        order.add(ascending ? VENDOR.ID.asc() : VENDOR.ID.desc());
        return order;
    }

    /**
     * One page of grid rows. The page's ids are found first on the narrow indexes (a deferred join), so that a deep
     * page does not read the full rows it skips; then the 50 rows are read with their country name.
     */
    public static ResultQuery<Record> page(DSLContext dsl, VendorFilter filter, PageQuery page) {
        List<SortField<?>> order = orderBy(page.sort());
        Table<Record1<Long>> ids = dsl.select(VENDOR.ID).from(VENDOR)
                .where(condition(dsl, filter))
                .orderBy(order)
                .limit(page.limit()).offset(page.offset())
                .asTable("page_ids");
        return dsl.select(SUMMARY_FIELDS).from(VENDOR)
                .join(ids).on(ids.field(VENDOR.ID).eq(VENDOR.ID))
                .join(COUNTRY).on(COUNTRY.ALPHA2.eq(VENDOR.COUNTRY_CODE))
                .orderBy(order);
    }

    /** The number of matching vendors, counted up to {@code cap}. */
    public static ResultQuery<Record1<Integer>> count(DSLContext dsl, VendorFilter filter, int cap) {
        return dsl.selectCount().from(dsl.selectOne().from(VENDOR).where(condition(dsl, filter)).limit(cap)
                .asTable("capped"));
    }

    public static VendorSummary toSummary(Record r) {
        return new VendorSummary(r.get(VENDOR.ID), r.get(VENDOR.LEGAL_NAME), r.get(VENDOR.DBA_NAME), r.get(VENDOR.UEI),
                r.get(VENDOR.CAGE_CODE), r.get(VENDOR.COUNTRY_CODE), r.get(COUNTRY.NAME), kind(r.get(VENDOR.KIND)),
                VendorStatus.valueOf(r.get(VENDOR.STATUS)), size(r.get(VENDOR.BUSINESS_SIZE)),
                categories(r.get(VENDOR.SDB), r.get(VENDOR.WOSB), r.get(VENDOR.SDVOSB), r.get(VENDOR.HUBZONE),
                        r.get(VENDOR.SBA_8A)),
                r.get(VENDOR.SAM_EXPIRY_DATE), r.get(VENDOR.UPDATED_AT).toInstant(ZoneOffset.UTC));
    }

    public static VendorKind kind(String value) {
        return value == null ? null : VendorKind.valueOf(value);
    }

    public static VendorSize size(String value) {
        return value == null ? null : VendorSize.valueOf(value);
    }

    public static Set<SocioeconomicCategory> categories(Boolean sdb, Boolean wosb, Boolean sdvosb, Boolean hubzone,
                                                        Boolean sba8a) {
        Set<SocioeconomicCategory> set = EnumSet.noneOf(SocioeconomicCategory.class);
        if (Boolean.TRUE.equals(sdb)) {
            set.add(SocioeconomicCategory.SDB);
        }
        if (Boolean.TRUE.equals(wosb)) {
            set.add(SocioeconomicCategory.WOSB);
        }
        if (Boolean.TRUE.equals(sdvosb)) {
            set.add(SocioeconomicCategory.SDVOSB);
        }
        if (Boolean.TRUE.equals(hubzone)) {
            set.add(SocioeconomicCategory.HUBZONE);
        }
        if (Boolean.TRUE.equals(sba8a)) {
            set.add(SocioeconomicCategory.SBA_8A);
        }
        return set;
    }
}
