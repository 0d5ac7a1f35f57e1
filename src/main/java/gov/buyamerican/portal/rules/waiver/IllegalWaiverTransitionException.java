package gov.buyamerican.portal.rules.waiver;

import java.io.Serial;
import java.util.Objects;

/** Thrown when an action is not allowed in a waiver request's current status. */
public final class IllegalWaiverTransitionException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final WaiverStatus status;
    private final WaiverAction action;

    /**
     * @param status  the request's current status
     * @param action  the refused action
     * @param message a sentence a requester or approver can read
     */
    public IllegalWaiverTransitionException(WaiverStatus status, WaiverAction action, String message) {
        super(message);
        this.status = Objects.requireNonNull(status, "status");
        this.action = Objects.requireNonNull(action, "action");
    }

    /** {@return the status the request was in} */
    public WaiverStatus status() {
        return status;
    }

    /** {@return the action that was refused} */
    public WaiverAction action() {
        return action;
    }
}
