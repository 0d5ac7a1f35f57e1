package gov.buyamerican.portal.waiver;

/**
 * A request waiting for the current approver: submitted and within their authority, or in review by them.
 *
 * @param waiver    the request
 * @param ageInDays whole days since it was (re)submitted
 * @param inReviewByMe true when the approver has already taken it up
 */
public record InboxItem(WaiverSummary waiver, long ageInDays, boolean inReviewByMe) {
}
