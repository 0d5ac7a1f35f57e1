package gov.buyamerican.portal.purchase.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the five rollup tables ({@code purchase_month_rollup}, {@code purchase_country_rollup},
 * {@code purchase_vendor_rollup}, {@code purchase_foreign_vendor_rollup}, {@code purchase_foreign_country_rollup}) equal
 * to a GROUP BY over the {@code purchase} rows, in the caller's transaction. The two "foreign" rollups (V52, V53) are
 * keyed (classification, month, vendor_id or origin_country), without office and channel, and hold the two foreign
 * classes only: they serve the "top vendors" and "top countries by foreign spend" cards when the dashboard is not
 * filtered by office or channel.
 *
 * <ul>
 *   <li>{@link #applyDelta} for single writes (record, edit, delete, reclassify one row): subtracts the old row's
 *       contribution and adds the new one with {@code INSERT ... ON DUPLICATE KEY UPDATE}. A group whose count drops
 *       to zero is <b>deleted</b>, so the tables hold exactly the rows a rebuild would produce (tests compare them).</li>
 *   <li>{@link #rebuildMonths} for bulk writes (imports, bulk reclassification, demo data): deletes those months in all
 *       five tables and recomputes them from the detail rows with {@code INSERT ... SELECT ... GROUP BY}.</li>
 * </ul>
 * Keys: month = first day of the purchase date's month; origin_country '' when unknown; vendor_id = the purchase's
 * {@code vendor_id} (the contractor, or the marketplace for a marketplace order; the seller is not rolled up).
 */
@Component
public class PurchaseRollups {

    private static final String[] TABLES = {"purchase_month_rollup", "purchase_country_rollup", "purchase_vendor_rollup"};
    private static final String[] EXTRA_COLUMN = {null, "origin_country", "vendor_id"};
    private static final String[] EXTRA_SOURCE = {null, "COALESCE(origin_country, '')", "vendor_id"};

    /** The coarse "top" rollups (V52, V53): foreign classes only, no office or channel in their key. */
    private static final String[] FOREIGN_TABLES = {"purchase_foreign_vendor_rollup", "purchase_foreign_country_rollup"};
    private static final String[] FOREIGN_KEY_COLUMN = {"vendor_id", "origin_country"};
    private static final String[] FOREIGN_KEY_SOURCE = {"vendor_id", "COALESCE(origin_country, '')"};
    private static final Set<String> FOREIGN = Set.of("FOREIGN_WAIVED", "FOREIGN_UNWAIVED");
    private static final String FOREIGN_SQL = "('FOREIGN_WAIVED', 'FOREIGN_UNWAIVED')";

    private final DSLContext dsl;

    PurchaseRollups(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The rolled-up fields of one purchase row.
     *
     * @param date           purchase date (any day; the month is derived)
     * @param officeId       office
     * @param channel        channel name
     * @param classification class name
     * @param originCountry  ISO alpha-2 or null
     * @param vendorId       purchase.vendor_id
     * @param amount         total amount
     */
    public record Row(LocalDate date, long officeId, String channel, String classification, String originCountry,
                      long vendorId, BigDecimal amount) {

        public Row {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(classification, "classification");
            Objects.requireNonNull(amount, "amount");
        }

        LocalDate month() {
            return date.withDayOfMonth(1);
        }

        String country() {
            return originCountry == null ? "" : originCountry;
        }

        Object extra(int table) {
            return table == 1 ? country() : table == 2 ? (Object) vendorId : null;
        }

        Object foreignKey(int table) {
            return table == 0 ? (Object) vendorId : country();
        }
    }

    /**
     * Moves one purchase's contribution from {@code before} to {@code after}: null {@code before} for a new purchase,
     * null {@code after} for a deleted one. Must run inside the transaction that writes the purchase row.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void applyDelta(Row before, Row after) {
        for (int t = 0; t < TABLES.length; t++) {
            if (before != null && after != null && sameKey(before, after, t)) {
                add(t, after, 0, after.amount().subtract(before.amount()));
                continue;
            }
            if (before != null) {
                add(t, before, -1, before.amount().negate());
            }
            if (after != null) {
                add(t, after, 1, after.amount());
            }
        }
        Row foreignBefore = before != null && FOREIGN.contains(before.classification()) ? before : null;
        Row foreignAfter = after != null && FOREIGN.contains(after.classification()) ? after : null;
        for (int t = 0; t < FOREIGN_TABLES.length; t++) {
            if (foreignBefore != null && foreignAfter != null && sameForeignKey(foreignBefore, foreignAfter, t)) {
                addForeign(t, foreignAfter, 0, foreignAfter.amount().subtract(foreignBefore.amount()));
                continue;
            }
            if (foreignBefore != null) {
                addForeign(t, foreignBefore, -1, foreignBefore.amount().negate());
            }
            if (foreignAfter != null) {
                addForeign(t, foreignAfter, 1, foreignAfter.amount());
            }
        }
    }

    private static boolean sameForeignKey(Row a, Row b, int t) {
        return a.classification().equals(b.classification()) && a.month().equals(b.month())
                && a.foreignKey(t).equals(b.foreignKey(t));
    }

    private void addForeign(int t, Row r, int count, BigDecimal amount) {
        if (count == 0 && amount.signum() == 0) {
            return;
        }
        String table = FOREIGN_TABLES[t];
        String key = FOREIGN_KEY_COLUMN[t];
        dsl.execute("INSERT INTO " + table + " (classification, month, " + key + ", purchase_count, total_amount)"
                + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE purchase_count = purchase_count + ?,"
                + " total_amount = total_amount + ?",
                r.classification(), r.month(), r.foreignKey(t), count, amount, count, amount);
        if (count < 0) {
            dsl.execute("DELETE FROM " + table + " WHERE classification = ? AND month = ? AND " + key + " = ?"
                    + " AND purchase_count <= 0", r.classification(), r.month(), r.foreignKey(t));
        }
    }

    private static boolean sameKey(Row a, Row b, int t) {
        return a.month().equals(b.month()) && a.officeId() == b.officeId() && a.channel().equals(b.channel())
                && a.classification().equals(b.classification()) && Objects.equals(a.extra(t), b.extra(t));
    }

    private void add(int t, Row r, int count, BigDecimal amount) {
        if (count == 0 && amount.signum() == 0) {
            return;
        }
        String table = TABLES[t];
        String extraCol = EXTRA_COLUMN[t] == null ? "" : ", " + EXTRA_COLUMN[t];
        String extraParam = EXTRA_COLUMN[t] == null ? "" : ", ?";
        List<Object> keyValues = new ArrayList<>(List.of(r.month(), r.officeId(), r.channel(), r.classification()));
        if (EXTRA_COLUMN[t] != null) {
            keyValues.add(r.extra(t));
        }
        List<Object> params = new ArrayList<>(keyValues);
        params.add(count);
        params.add(amount);
        params.add(count);
        params.add(amount);
        dsl.execute("INSERT INTO " + table + " (month, office_id, channel, classification" + extraCol
                + ", purchase_count, total_amount) VALUES (?, ?, ?, ?" + extraParam + ", ?, ?)"
                + " ON DUPLICATE KEY UPDATE purchase_count = purchase_count + ?, total_amount = total_amount + ?",
                params.toArray());
        if (count < 0) {
            String extraWhere = EXTRA_COLUMN[t] == null ? "" : " AND " + EXTRA_COLUMN[t] + " = ?";
            dsl.execute("DELETE FROM " + table + " WHERE month = ? AND office_id = ? AND channel = ? AND classification = ?"
                    + extraWhere + " AND purchase_count <= 0", keyValues.toArray());
        }
    }

    /**
     * Recomputes these months (any day of each; duplicates ignored) in all five tables from the detail rows. Must run
     * inside the transaction that wrote the purchase rows. Cost: one DELETE and one INSERT ... SELECT per table over
     * the months' rows (index {@code ix_purchase_date}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void rebuildMonths(Collection<LocalDate> months) {
        TreeSet<LocalDate> firstDays = new TreeSet<>();
        months.forEach(m -> firstDays.add(m.withDayOfMonth(1)));
        if (firstDays.isEmpty()) {
            return;
        }
        // contiguous months become one date range
        List<LocalDate[]> ranges = new ArrayList<>();
        for (LocalDate m : firstDays) {
            LocalDate[] last = ranges.isEmpty() ? null : ranges.getLast();
            if (last != null && last[1].equals(m)) {
                last[1] = m.plusMonths(1);
            } else {
                ranges.add(new LocalDate[] {m, m.plusMonths(1)});
            }
        }
        StringBuilder monthWhere = new StringBuilder();
        StringBuilder dateWhere = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (LocalDate[] r : ranges) {
            monthWhere.append(monthWhere.isEmpty() ? "" : " OR ").append("(month >= ? AND month < ?)");
            dateWhere.append(dateWhere.isEmpty() ? "" : " OR ").append("(purchase_date >= ? AND purchase_date < ?)");
            params.add(r[0]);
            params.add(r[1]);
        }
        rebuild("(" + monthWhere + ")", "(" + dateWhere + ")", params.toArray());
    }

    /** Recomputes all five tables from all purchase rows (demo data, repairs). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void rebuildAll() {
        rebuild("1 = 1", "1 = 1", new Object[0]);
    }

    private void rebuild(String monthWhere, String dateWhere, Object[] params) {
        for (int t = 0; t < TABLES.length; t++) {
            String extraCol = EXTRA_COLUMN[t] == null ? "" : ", " + EXTRA_COLUMN[t];
            String extraSrc = EXTRA_SOURCE[t] == null ? "" : ", " + EXTRA_SOURCE[t];
            dsl.execute("DELETE FROM " + TABLES[t] + " WHERE " + monthWhere, params);
            dsl.execute("INSERT INTO " + TABLES[t] + " (month, office_id, channel, classification" + extraCol
                    + ", purchase_count, total_amount)"
                    + " SELECT purchase_date - INTERVAL (DAYOFMONTH(purchase_date) - 1) DAY, office_id, channel,"
                    + " classification" + extraSrc + ", COUNT(*), SUM(total_amount) FROM purchase WHERE " + dateWhere
                    + " GROUP BY 1, office_id, channel, classification" + extraSrc, params);
        }
        for (int t = 0; t < FOREIGN_TABLES.length; t++) {
            dsl.execute("DELETE FROM " + FOREIGN_TABLES[t] + " WHERE " + monthWhere, params);
            dsl.execute("INSERT INTO " + FOREIGN_TABLES[t] + " (classification, month, " + FOREIGN_KEY_COLUMN[t]
                    + ", purchase_count, total_amount) SELECT classification, purchase_date - INTERVAL"
                    + " (DAYOFMONTH(purchase_date) - 1) DAY, " + FOREIGN_KEY_SOURCE[t] + ", COUNT(*), SUM(total_amount)"
                    + " FROM purchase WHERE " + dateWhere + " AND classification IN " + FOREIGN_SQL
                    + " GROUP BY classification, 2, 3", params);
        }
    }
}
