package gov.buyamerican.portal.rules.domesticcontent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dated regulatory numbers, as held in the application's reference table, and their resolution
 * for a delivery year.
 *
 * <p><b>Resolution rule.</b> The numbers for delivery year <i>Y</i> are the entries in effect on
 * 1 January of <i>Y</i> ({@code effectiveFrom <= Y-01-01 < effectiveUntil}). FAR 25.101(a)(2)(i)
 * ties the domestic content threshold to the calendar year of delivery ("65 percent for items
 * delivered in calendar years 2024 through 2028 and 75 percent for items delivered starting in
 * calendar year 2029"), so a whole calendar year has one threshold. The fallback of
 * FAR 25.106(b)(2) "will no longer apply as of January 1, 2030": its entry ends on 2030-01-01, so it
 * is available for delivery in 2029 and not in 2030.
 *
 * <p>The schedule is immutable. Its constructor refuses two entries of one key whose date ranges
 * overlap.
 */
public final class ThresholdSchedule {

    private final Map<ThresholdKey, List<ThresholdEntry>> entriesByKey;

    /**
     * @param entries the rows of the reference table, in any order
     * @throws ThresholdScheduleException if two entries of one key overlap in time
     */
    public ThresholdSchedule(List<ThresholdEntry> entries) {
        Map<ThresholdKey, List<ThresholdEntry>> byKey = new EnumMap<>(ThresholdKey.class);
        for (ThresholdEntry entry : entries) {
            byKey.computeIfAbsent(entry.key(), k -> new ArrayList<>()).add(entry);
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<ThresholdKey, List<ThresholdEntry>> e : byKey.entrySet()) {
            List<ThresholdEntry> list = e.getValue();
            list.sort(Comparator.comparing(ThresholdEntry::effectiveFrom));
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    if (list.get(i).overlaps(list.get(j))) {
                        problems.add(e.getKey() + ": entries from " + list.get(i).effectiveFrom()
                                + " and from " + list.get(j).effectiveFrom() + " overlap");
                    }
                }
            }
            e.setValue(List.copyOf(list));
        }
        if (!problems.isEmpty()) {
            throw new ThresholdScheduleException("Threshold table is inconsistent: " + String.join("; ", problems));
        }
        this.entriesByKey = byKey;
    }

    /**
     * The seed values of the reference table, with their sources. The application stores these rows
     * in its table and from then on reads the table; tests use them directly. Numbers here are the
     * only regulatory literals in this package.
     *
     * <table>
     *   <caption>Seed values</caption>
     *   <tr><th>key</th><th>value</th><th>from</th><th>until (exclusive)</th><th>source</th></tr>
     *   <tr><td>DOMESTIC_CONTENT_THRESHOLD</td><td>60</td><td>2022-01-01</td><td>2024-01-01</td>
     *       <td>FAR 25.101(a)(2)(i); 52.225-1(a) (Oct 2022); 87 FR 12780</td></tr>
     *   <tr><td>DOMESTIC_CONTENT_THRESHOLD</td><td>65</td><td>2024-01-01</td><td>2029-01-01</td>
     *       <td>same: "items delivered in calendar years 2024 through 2028"</td></tr>
     *   <tr><td>DOMESTIC_CONTENT_THRESHOLD</td><td>75</td><td>2029-01-01</td><td>open</td>
     *       <td>same: "items delivered starting in calendar year 2029"</td></tr>
     *   <tr><td>FALLBACK_THRESHOLD</td><td>55</td><td>2022-01-01</td><td>2030-01-01</td>
     *       <td>FAR 25.106(b)(2)(i)-(iii)</td></tr>
     *   <tr><td>IRON_STEEL_PREDOMINANCE</td><td>50</td><td>2022-01-01</td><td>open</td>
     *       <td>FAR 25.003, "predominantly of iron or steel or a combination of both"</td></tr>
     *   <tr><td>FOREIGN_IRON_STEEL_MAX</td><td>5</td><td>2022-01-01</td><td>open</td>
     *       <td>FAR 25.101(a)(2)(ii); 52.225-1(a), "domestic end product" (2)</td></tr>
     * </table>
     *
     * <p>The seed starts on 2022-01-01: resolution is by calendar year of delivery, and 2022 is the
     * first delivery year the 87 FR 12780 rule (effective 25 October 2022) can govern. Delivery years
     * before 2022 fall under earlier rules (55 percent, FAC 2021-04) that are not part of this seed;
     * resolving them fails with a clear message rather than applying the wrong number.
     */
    public static ThresholdSchedule farDefaults() {
        LocalDate y2022 = LocalDate.of(2022, 1, 1);
        LocalDate y2024 = LocalDate.of(2024, 1, 1);
        LocalDate y2029 = LocalDate.of(2029, 1, 1);
        LocalDate y2030 = LocalDate.of(2030, 1, 1);
        String domesticContent = "FAR 25.101(a)(2)(i); FAR 52.225-1(a) (Oct 2022); 87 FR 12780";
        return new ThresholdSchedule(List.of(
                new ThresholdEntry(ThresholdKey.DOMESTIC_CONTENT_THRESHOLD, new BigDecimal("60"),
                        y2022, Optional.of(y2024), domesticContent + ": delivery until 2023"),
                new ThresholdEntry(ThresholdKey.DOMESTIC_CONTENT_THRESHOLD, new BigDecimal("65"),
                        y2024, Optional.of(y2029), domesticContent + ": delivery in 2024 through 2028"),
                new ThresholdEntry(ThresholdKey.DOMESTIC_CONTENT_THRESHOLD, new BigDecimal("75"),
                        y2029, Optional.empty(), domesticContent + ": delivery starting in 2029"),
                new ThresholdEntry(ThresholdKey.FALLBACK_THRESHOLD, new BigDecimal("55"),
                        y2022, Optional.of(y2030), "FAR 25.106(b)(2); no longer applies as of 2030-01-01"),
                new ThresholdEntry(ThresholdKey.IRON_STEEL_PREDOMINANCE, new BigDecimal("50"),
                        y2022, Optional.empty(), "FAR 25.003, predominantly of iron or steel"),
                new ThresholdEntry(ThresholdKey.FOREIGN_IRON_STEEL_MAX, new BigDecimal("5"),
                        y2022, Optional.empty(), "FAR 25.101(a)(2)(ii); FAR 52.225-1(a)")));
    }

    /** All entries, grouped by key, each group in order of {@code effectiveFrom}. */
    public List<ThresholdEntry> entries() {
        return entriesByKey.values().stream().flatMap(List::stream).toList();
    }

    /**
     * The entry of {@code key} in effect on 1 January of {@code deliveryYear}, if any.
     */
    public Optional<ThresholdEntry> entryFor(ThresholdKey key, int deliveryYear) {
        LocalDate firstDay = LocalDate.of(deliveryYear, 1, 1);
        return entriesByKey.getOrDefault(key, List.of()).stream()
                .filter(e -> e.appliesOn(firstDay))
                .findFirst(); // at most one: overlaps are refused by the constructor
    }

    /**
     * The parameters for items delivered in {@code deliveryYear}.
     *
     * @throws ThresholdScheduleException if a required value has no entry for that year
     */
    public DomesticContentParameters resolve(int deliveryYear) {
        List<String> missing = new ArrayList<>();
        for (ThresholdKey key : ThresholdKey.values()) {
            if (key.required() && entryFor(key, deliveryYear).isEmpty()) {
                missing.add(key.name());
            }
        }
        if (!missing.isEmpty()) {
            throw new ThresholdScheduleException("No value in effect on " + LocalDate.of(deliveryYear, 1, 1)
                    + " (delivery year " + deliveryYear + ") for " + String.join(", ", missing)
                    + ": add it to the threshold reference table.");
        }
        return new DomesticContentParameters(
                value(ThresholdKey.DOMESTIC_CONTENT_THRESHOLD, deliveryYear),
                entryFor(ThresholdKey.FALLBACK_THRESHOLD, deliveryYear).map(ThresholdEntry::valuePercent),
                value(ThresholdKey.IRON_STEEL_PREDOMINANCE, deliveryYear),
                value(ThresholdKey.FOREIGN_IRON_STEEL_MAX, deliveryYear));
    }

    private BigDecimal value(ThresholdKey key, int deliveryYear) {
        return entryFor(key, deliveryYear).orElseThrow().valuePercent();
    }
}
