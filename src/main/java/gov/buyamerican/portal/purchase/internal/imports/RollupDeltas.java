package gov.buyamerican.portal.purchase.internal.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;

/**
 * The month rollups of an import, summed in memory while the chunks are written and added to the five rollup tables
 * (the foreign-vendor and foreign-country rollups of V52 and V53: foreign classes only, no office or channel) at the
 * end with a few multi-row {@code INSERT ... ON DUPLICATE KEY UPDATE count = count + n, total = total + t}.
 * A rebuild of the touched months from the detail rows ({@code PurchaseRollups.rebuildMonths}) reads every purchase of
 * those months again (a million rows for a million-row import, more when the months held purchases before): it took
 * 15% of the import's time at 200,000 rows. A chunk whose INSERT IGNORE skipped some rows (duplicates) does not say
 * which ones, so its months are rebuilt from the detail rows instead, and the sums of those months dropped; a chunk
 * that inserted nothing changes nothing. The result equals a rebuild (checked by the import tests).
 *
 * <p>Memory grows with the distinct (month, office, channel, class, country / vendor) groups, not with the rows.
 */
final class RollupDeltas {

    private record Key(LocalDate month, long officeId, String channel, String classification, Object extra) {
    }

    private static final class Sum {
        long count;
        BigDecimal total = BigDecimal.ZERO;
    }

    private final Map<Key, Sum> months = new HashMap<>();
    private final Map<Key, Sum> countries = new HashMap<>();
    private final Map<Key, Sum> vendors = new HashMap<>();
    /** purchase_foreign_vendor_rollup: officeId 0 and channel "" (not in its key), FOREIGN_* classes only. */
    private final Map<Key, Sum> foreignVendors = new HashMap<>();
    /** purchase_foreign_country_rollup: the same, keyed by country ('' when not known). */
    private final Map<Key, Sum> foreignCountries = new HashMap<>();
    private static final Set<String> FOREIGN = Set.of("FOREIGN_WAIVED", "FOREIGN_UNWAIVED");
    private final Set<LocalDate> rebuild = new TreeSet<>();

    /** Adds the rows of a chunk that were all inserted. */
    void addAll(List<PurchaseBulkWriter.Row> rows) {
        for (PurchaseBulkWriter.Row r : rows) {
            LocalDate month = r.date().withDayOfMonth(1);
            add(months, new Key(month, r.officeId(), r.channel(), r.classification(), null), r.total());
            add(countries, new Key(month, r.officeId(), r.channel(), r.classification(),
                    r.originCountry() == null ? "" : r.originCountry()), r.total());
            add(vendors, new Key(month, r.officeId(), r.channel(), r.classification(), r.vendorId()), r.total());
            if (FOREIGN.contains(r.classification())) {
                add(foreignVendors, new Key(month, 0, "", r.classification(), r.vendorId()), r.total());
                add(foreignCountries, new Key(month, 0, "", r.classification(),
                        r.originCountry() == null ? "" : r.originCountry()), r.total());
            }
        }
    }

    /** A chunk some of whose rows were skipped: its months are rebuilt from the detail rows at the end. */
    void rebuildMonthsOf(List<PurchaseBulkWriter.Row> rows) {
        rows.forEach(r -> rebuild.add(r.date().withDayOfMonth(1)));
    }

    /** The months to rebuild from the detail rows (the caller rebuilds them before {@link #apply}). */
    Collection<LocalDate> monthsToRebuild() {
        return rebuild;
    }

    /** Adds the sums of the months not rebuilt to the rollup tables. */
    void apply(DSLContext dsl) {
        write(dsl, "purchase_month_rollup", null, months);
        write(dsl, "purchase_country_rollup", "origin_country", countries);
        write(dsl, "purchase_vendor_rollup", "vendor_id", vendors);
        writeForeign(dsl, "purchase_foreign_vendor_rollup", "vendor_id", foreignVendors);
        writeForeign(dsl, "purchase_foreign_country_rollup", "origin_country", foreignCountries);
    }

    private void writeForeign(DSLContext dsl, String table, String keyColumn, Map<Key, Sum> sums) {
        List<Map.Entry<Key, Sum>> entries = new ArrayList<>();
        for (var e : sums.entrySet()) {
            if (!rebuild.contains(e.getKey().month())) {
                entries.add(e);
            }
        }
        for (int from = 0; from < entries.size(); from += 1000) {
            List<Map.Entry<Key, Sum>> chunk = entries.subList(from, Math.min(entries.size(), from + 1000));
            StringBuilder sql = new StringBuilder("INSERT INTO " + table
                    + " (classification, month, " + keyColumn + ", purchase_count, total_amount) VALUES ");
            List<Object> params = new ArrayList<>(chunk.size() * 5);
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?)");
                Key k = chunk.get(i).getKey();
                Sum s = chunk.get(i).getValue();
                params.add(k.classification());
                params.add(k.month());
                params.add(k.extra());
                params.add(s.count);
                params.add(s.total);
            }
            sql.append(" ON DUPLICATE KEY UPDATE purchase_count = purchase_count + VALUES(purchase_count), "
                    + "total_amount = total_amount + VALUES(total_amount)");
            dsl.execute(sql.toString(), params.toArray());
        }
    }

    private static void add(Map<Key, Sum> map, Key key, BigDecimal amount) {
        Sum s = map.computeIfAbsent(key, k -> new Sum());
        s.count++;
        s.total = s.total.add(amount);
    }

    private void write(DSLContext dsl, String table, String extraColumn, Map<Key, Sum> sums) {
        List<Map.Entry<Key, Sum>> entries = new ArrayList<>();
        for (var e : sums.entrySet()) {
            if (!rebuild.contains(e.getKey().month())) {
                entries.add(e);
            }
        }
        int perRow = extraColumn == null ? 6 : 7;
        for (int from = 0; from < entries.size(); from += 1000) {
            List<Map.Entry<Key, Sum>> chunk = entries.subList(from, Math.min(entries.size(), from + 1000));
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(table)
                    .append(" (month, office_id, channel, classification")
                    .append(extraColumn == null ? "" : ", " + extraColumn)
                    .append(", purchase_count, total_amount) VALUES ");
            String tuple = "(" + "?, ".repeat(perRow - 1) + "?)";
            List<Object> params = new ArrayList<>(chunk.size() * perRow);
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(tuple);
                Key k = chunk.get(i).getKey();
                Sum s = chunk.get(i).getValue();
                params.add(k.month());
                params.add(k.officeId());
                params.add(k.channel());
                params.add(k.classification());
                if (extraColumn != null) {
                    params.add(k.extra());
                }
                params.add(s.count);
                params.add(s.total);
            }
            sql.append(" ON DUPLICATE KEY UPDATE purchase_count = purchase_count + VALUES(purchase_count), "
                    + "total_amount = total_amount + VALUES(total_amount)");
            dsl.execute(sql.toString(), params.toArray());
        }
    }
}
