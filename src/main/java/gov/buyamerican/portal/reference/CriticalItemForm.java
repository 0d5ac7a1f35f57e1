package gov.buyamerican.portal.reference;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A critical item as entered by an administrator (create or change).
 *
 * @param pscCode                optional 4-character PSC
 * @param description            required
 * @param pricePreferencePercent the additional preference in percent, more than 0 and at most 100
 * @param effectiveFrom          first day it applies
 * @param effectiveUntil         last day it applies (inclusive), or null
 * @param citation               where it comes from
 */
public record CriticalItemForm(String pscCode, String description, BigDecimal pricePreferencePercent,
                               LocalDate effectiveFrom, LocalDate effectiveUntil, String citation) {

    public static CriticalItemForm of(CriticalItem item) {
        return new CriticalItemForm(item.pscCode(), item.description(), item.pricePreferencePercent(),
                item.effectiveFrom(), item.effectiveUntil(), item.citation());
    }
}
