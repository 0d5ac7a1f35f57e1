package gov.buyamerican.portal.reference;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A critical item or critical component (FAR 25.105): an additional price preference for domestic offers of it. The
 * list is reserved (empty) at the time of writing; the table is ready for it.
 *
 * @param id                     database id
 * @param pscCode                the Product and Service Code the entry covers, or null when it is described only in words
 * @param description            what the item or component is
 * @param pricePreferencePercent the additional preference, in percent
 * @param effectiveFrom          first day it applies
 * @param effectiveUntil         last day it applies (inclusive), or null when open-ended
 * @param citation               where it comes from
 * @param createdAt              when it was added
 * @param updatedAt              when it was last changed
 * @param version                optimistic-locking version
 */
public record CriticalItem(long id, String pscCode, String description, BigDecimal pricePreferencePercent,
                           LocalDate effectiveFrom, LocalDate effectiveUntil, String citation, Instant createdAt,
                           Instant updatedAt, int version) {

    /** Whether the entry applies on {@code date} (both ends inclusive). */
    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveUntil == null || !date.isAfter(effectiveUntil));
    }
}
