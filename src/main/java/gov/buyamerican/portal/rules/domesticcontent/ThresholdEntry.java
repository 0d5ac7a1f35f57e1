package gov.buyamerican.portal.rules.domesticcontent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One dated row of the threshold reference table.
 *
 * @param key            which number this is
 * @param valuePercent   the number, in percent (0..100)
 * @param effectiveFrom  first day the value applies (inclusive)
 * @param effectiveUntil first day the value no longer applies (exclusive); empty = open-ended
 * @param citation       where the number comes from, for the reader (may be empty text, not null)
 */
public record ThresholdEntry(
        ThresholdKey key,
        BigDecimal valuePercent,
        LocalDate effectiveFrom,
        Optional<LocalDate> effectiveUntil,
        String citation) {

    public ThresholdEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(valuePercent, "valuePercent");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(effectiveUntil, "effectiveUntil (use Optional.empty())");
        citation = citation == null ? "" : citation;
        if (valuePercent.signum() < 0 || valuePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException(key + ": value must be between 0 and 100 percent, was " + valuePercent);
        }
        if (effectiveUntil.isPresent() && !effectiveUntil.get().isAfter(effectiveFrom)) {
            throw new IllegalArgumentException(key + ": effectiveUntil " + effectiveUntil.get()
                    + " must be after effectiveFrom " + effectiveFrom);
        }
    }

    /** Whether the value applies on {@code date}: {@code effectiveFrom <= date < effectiveUntil}. */
    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && effectiveUntil.map(date::isBefore).orElse(true);
    }

    /** Whether the two entries' date ranges share at least one day. */
    boolean overlaps(ThresholdEntry other) {
        boolean thisEndsAfterOtherStarts = effectiveUntil.map(u -> u.isAfter(other.effectiveFrom)).orElse(true);
        boolean otherEndsAfterThisStarts = other.effectiveUntil.map(u -> u.isAfter(effectiveFrom)).orElse(true);
        return thisEndsAfterOtherStarts && otherEndsAfterThisStarts;
    }
}
