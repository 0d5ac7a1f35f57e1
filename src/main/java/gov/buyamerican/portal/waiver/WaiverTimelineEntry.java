package gov.buyamerican.portal.waiver;

import gov.buyamerican.portal.rules.waiver.WaiverStatus;
import java.time.Instant;

/** One step of a waiver's status timeline: who did what, when, from which status to which, with their comment. */
public record WaiverTimelineEntry(long id, Instant occurredAt, String actor, String actorName, String action,
                                  WaiverStatus fromStatus, WaiverStatus toStatus, String comment) {
}
