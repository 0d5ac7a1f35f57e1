package gov.buyamerican.portal.waiver.ui;

import gov.buyamerican.portal.shared.ui.Badge;
import gov.buyamerican.portal.waiver.WaiverOrigin;
import gov.buyamerican.portal.waiver.WaiverSummary;
import gov.buyamerican.portal.rules.waiver.OmbDetermination;
import gov.buyamerican.portal.rules.waiver.WaiverStatus;

/** How waiver statuses, timeline steps and yes/no values are written on screen. */
final class WaiverLabels {

    private WaiverLabels() {
    }

    static Badge status(WaiverStatus status) {
        Badge.Tone tone = switch (status) {
            case DRAFT, WITHDRAWN, EXPIRED -> Badge.Tone.NEUTRAL;
            case SUBMITTED, IN_REVIEW -> Badge.Tone.INFO;
            case RETURNED -> Badge.Tone.WARNING;
            case APPROVED -> Badge.Tone.SUCCESS;
            case REJECTED -> Badge.Tone.ERROR;
        };
        Badge b = new Badge(status.label(), tone);
        b.addClassName("waiver-status-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return b;
    }

    /** The status of a list row: the workflow status, or the MIAO determination of an imported public record. */
    static Badge status(WaiverSummary s) {
        if (s.origin() == WaiverOrigin.MIAO_IMPORT) {
            return s.ombDetermination() == null ? new Badge("Public record", Badge.Tone.NEUTRAL) : omb(s.ombDetermination());
        }
        return status(s.status());
    }

    static Badge omb(OmbDetermination d) {
        return switch (d) {
            case CONSISTENT -> new Badge(d.label(), Badge.Tone.SUCCESS);
            case CONDITIONALLY_CONSISTENT -> new Badge(d.label(), Badge.Tone.WARNING);
            case INCONSISTENT -> new Badge(d.label(), Badge.Tone.ERROR);
        };
    }

    static String step(String action) {
        return switch (action) {
            case "CREATE" -> "Drafted";
            case "EDIT" -> "Edited";
            case "SUBMIT" -> "Submitted";
            case "START_REVIEW" -> "Review started";
            case "RETURN_FOR_CHANGES" -> "Returned for changes";
            case "RESUBMIT" -> "Resubmitted";
            case "APPROVE" -> "Approved";
            case "REJECT" -> "Rejected";
            case "WITHDRAW" -> "Withdrawn";
            case "EXPIRE" -> "Expired";
            case "MIAO_SENT" -> "Sent to the Made in America Office";
            case "MIAO_DETERMINATION" -> "Made in America Office determination";
            case "ATTACHMENT_ADDED" -> "Document attached";
            case "ATTACHMENT_REMOVED" -> "Document removed";
            default -> action;
        };
    }

    static String yesNo(Boolean b) {
        return b == null ? "" : b ? "Yes" : "No";
    }
}
