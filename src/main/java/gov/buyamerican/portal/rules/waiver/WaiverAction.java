package gov.buyamerican.portal.rules.waiver;

/**
 * Something a person (or the portal) does to a waiver request. Each action belongs to exactly one
 * kind of actor ({@link #actor()}); the transitions it may cause are in {@link WaiverStateMachine}.
 */
public enum WaiverAction {
    /** Requester sends a draft for decision. */
    SUBMIT("Submit", WaiverActor.REQUESTER),
    /** Approver takes a submitted request up for review. */
    START_REVIEW("Start review", WaiverActor.APPROVER),
    /** Approver sends the request back to the requester for changes. */
    RETURN_FOR_CHANGES("Return for changes", WaiverActor.APPROVER),
    /**
     * Requester sends a returned request back for decision. Kept apart from {@link #SUBMIT} so that
     * the audit trail and the turnaround reports tell a first submission from a resubmission.
     */
    RESUBMIT("Resubmit", WaiverActor.REQUESTER),
    /** Approver grants the waiver (authority checked by {@link DecisionAuthority}). */
    APPROVE("Approve", WaiverActor.APPROVER),
    /** Approver refuses the waiver (authority checked by {@link DecisionAuthority}). */
    REJECT("Reject", WaiverActor.APPROVER),
    /** Requester withdraws the request before any decision. */
    WITHDRAW("Withdraw", WaiverActor.REQUESTER),
    /** The portal ends an approved waiver at the end of its duration. */
    EXPIRE("Expire", WaiverActor.SYSTEM);

    private final String label;
    private final WaiverActor actor;

    WaiverAction(String label, WaiverActor actor) {
        this.label = label;
        this.actor = actor;
    }

    /** {@return the name shown to users} */
    public String label() {
        return label;
    }

    /** {@return who performs this action} */
    public WaiverActor actor() {
        return actor;
    }

    /** {@return true for approve and reject, the two actions that need decision authority} */
    public boolean isDecision() {
        return this == APPROVE || this == REJECT;
    }
}
