package gov.buyamerican.portal.rules.waiver;

/**
 * Status of a waiver request in the portal's review workflow (see {@link WaiverStateMachine}).
 *
 * <p>These are the portal's own statuses. The Made in America Office list has its own, coarser
 * request status ({@link MiaoRequestStatus}: Submitted / Reviewed).
 */
public enum WaiverStatus {
    /** Being prepared by the requester; nobody else acts on it yet. */
    DRAFT("Draft"),
    /** Sent for decision; waiting for an approver to take it up. */
    SUBMITTED("Submitted"),
    /** An approver has taken it up; for nonavailability waivers the MIAO review happens here. */
    IN_REVIEW("In review"),
    /** Sent back to the requester for changes; the requester may resubmit it. */
    RETURNED("Returned for changes"),
    /** Granted. It stays in force until it expires at the end of its duration. */
    APPROVED("Approved"),
    /** Refused. Final. */
    REJECTED("Rejected"),
    /** Withdrawn by the requester before any decision. Final. */
    WITHDRAWN("Withdrawn"),
    /** Was approved; its duration has ended. Final. */
    EXPIRED("Expired");

    private final String label;

    WaiverStatus(String label) {
        this.label = label;
    }

    /** {@return the name shown to users} */
    public String label() {
        return label;
    }

    /** {@return true when no action can change this status any more} */
    public boolean isTerminal() {
        return this == REJECTED || this == WITHDRAWN || this == EXPIRED;
    }

    /** {@return true when an approver has decided (approved or rejected), whatever happened since} */
    public boolean isDecided() {
        return this == APPROVED || this == REJECTED || this == EXPIRED;
    }
}
