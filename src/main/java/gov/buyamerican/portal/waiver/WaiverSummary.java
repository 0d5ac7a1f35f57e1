package gov.buyamerican.portal.waiver;

import gov.buyamerican.portal.rules.waiver.OmbDetermination;
import gov.buyamerican.portal.rules.waiver.WaiverStatus;
import gov.buyamerican.portal.rules.waiver.WaiverType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of the waiver list. Imported public records have no number, type, status or requester.
 *
 * @param reference the waiver number, or "MIAO " and the list's id for an imported record
 */
public record WaiverSummary(long id, WaiverOrigin origin, String reference, WaiverType type, WaiverStatus status,
                            String title, String requester, String requesterName, String vendorName,
                            BigDecimal estimatedValue, String agencyName, OmbDetermination ombDetermination,
                            Instant submittedAt, Instant updatedAt, LocalDate expiresOn, boolean suspectedTestRecord) {
}
