package gov.buyamerican.portal.waiver;

import java.time.LocalDate;
import java.util.List;

/**
 * What a purchase classification needs to know about a waiver: whether it was approved and its last day in force.
 *
 * @param id        the waiver request
 * @param reference its number as shown to users (W-2026-0042, or "MIAO " and the list's id)
 * @param approved  true when it was approved (status APPROVED, or EXPIRED after approval)
 * @param expiresOn its last day in force, or null when it has no end
 * @param piids     the contract identifiers (PIIDs) it names, in order
 */
public record WaiverValidity(long id, String reference, boolean approved, LocalDate expiresOn, List<String> piids) {

    public WaiverValidity {
        piids = List.copyOf(piids);
    }
}
