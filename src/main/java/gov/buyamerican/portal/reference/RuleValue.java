package gov.buyamerican.portal.reference;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated value of a rule, as stored in the {@code rule_value} table.
 *
 * @param id             database id
 * @param key            which number this is
 * @param value          the number, in the key's {@link RuleUnit}
 * @param effectiveFrom  first day the value applies
 * @param effectiveUntil last day the value applies (<b>inclusive</b>), or null when open-ended. The calculator's
 *                       {@code ThresholdEntry} uses an exclusive end: {@link RuleValueService#thresholdSchedule()}
 *                       converts.
 * @param closedById     the later value whose addition set this value's end date, or null (open-ended, or ended by
 *                       the regulation itself)
 * @param citation       where the number comes from
 * @param note           an optional remark
 * @param createdAt      when the row was added
 * @param updatedAt      when the row was last changed
 * @param version        optimistic-locking version
 */
public record RuleValue(long id, RuleKey key, BigDecimal value, LocalDate effectiveFrom, LocalDate effectiveUntil,
                        Long closedById, String citation, String note, Instant createdAt, Instant updatedAt,
                        int version) {

    /** Where a value stands relative to a day. */
    public enum Status {
        /** Ended before the day. */
        PAST,
        /** Applies on the day. */
        IN_FORCE,
        /** Starts after the day. */
        FUTURE
    }

    public RuleValue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(citation, "citation");
    }

    /** Whether the value applies on {@code date}: {@code effectiveFrom <= date <= effectiveUntil}. */
    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveUntil == null || !date.isAfter(effectiveUntil));
    }

    public Status statusOn(LocalDate day) {
        if (day.isBefore(effectiveFrom)) {
            return Status.FUTURE;
        }
        return appliesOn(day) ? Status.IN_FORCE : Status.PAST;
    }

    public boolean openEnded() {
        return effectiveUntil == null;
    }

    /** {@return the value in its unit, e.g. "65%" or "$15,000"} */
    public String formattedValue() {
        return key.unit().format(value);
    }

    /** {@return the dates, e.g. "2024-01-01 to 2028-12-31" or "from 2029-01-01"} */
    public String period() {
        return effectiveUntil == null ? "from " + effectiveFrom : effectiveFrom + " to " + effectiveUntil;
    }
}
