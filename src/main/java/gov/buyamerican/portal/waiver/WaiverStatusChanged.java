package gov.buyamerican.portal.waiver;

import gov.buyamerican.portal.rules.waiver.WaiverStatus;
import java.util.List;

/**
 * A waiver was approved, rejected or expired (published in the changing transaction). The purchase module
 * reclassifies the purchases linked to it or naming one of its PIIDs. The PIIDs of an approved waiver cannot change in
 * the portal (only drafts and returned requests are edited), so no event is needed for that.
 *
 * @param piids the waiver's PIIDs (empty when only linked purchases can be affected, e.g. on expiry)
 */
public record WaiverStatusChanged(long waiverId, WaiverStatus status, List<String> piids) {

    public WaiverStatusChanged {
        piids = List.copyOf(piids);
    }
}
