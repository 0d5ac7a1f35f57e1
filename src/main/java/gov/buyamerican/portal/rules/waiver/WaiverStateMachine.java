package gov.buyamerican.portal.rules.waiver;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The review workflow of a waiver request, as a pure function of (status, action).
 *
 * <pre>
 *   DRAFT ──Submit──▶ SUBMITTED ──Start review──▶ IN_REVIEW ──Approve──▶ APPROVED ──Expire──▶ EXPIRED
 *                        ▲                           │  │
 *                        │                           │  └──Reject──▶ REJECTED
 *                        └────Resubmit──── RETURNED ◀┘ Return for changes
 *
 *   Withdraw (requester): DRAFT, SUBMITTED, IN_REVIEW, RETURNED ──▶ WITHDRAWN
 *   Final: REJECTED, WITHDRAWN, EXPIRED
 * </pre>
 *
 * <p><b>No decision straight from Submitted.</b> An approver must first take the request up
 * ({@link WaiverAction#START_REVIEW}) before approving, rejecting or returning it. Starting the review
 * records who reviews and from when, which (a) keeps the written record that FAR 25.103 determinations
 * need, (b) is the point at which a nonavailability waiver is sent to the Made in America Office
 * (OMB M-21-26), whose answer the decision must wait for, and (c) separates waiting time from review
 * time in turnaround reports. It costs the approver one click.
 *
 * <p><b>Withdrawal</b> is open to the requester until a decision is made; after approval a waiver
 * can only run out ({@link WaiverAction#EXPIRE}, by the portal at the end of its expected maximum
 * duration). A draft is withdrawn rather than deleted so that the audit trail stays complete.
 *
 * <p>This class checks only the order of steps. Who may take an approver action on a given request
 * (authority level, dollar limit, separation of duties) is {@link DecisionAuthority}'s job; that the
 * requester action is taken by the request's own requester is checked by the calling service.
 */
public final class WaiverStateMachine {

    private static final Map<WaiverStatus, Map<WaiverAction, WaiverStatus>> TRANSITIONS = buildTransitions();

    private WaiverStateMachine() {
    }

    private static Map<WaiverStatus, Map<WaiverAction, WaiverStatus>> buildTransitions() {
        Map<WaiverStatus, Map<WaiverAction, WaiverStatus>> t = new EnumMap<>(WaiverStatus.class);
        for (WaiverStatus s : WaiverStatus.values()) {
            t.put(s, new EnumMap<>(WaiverAction.class));
        }
        t.get(WaiverStatus.DRAFT).put(WaiverAction.SUBMIT, WaiverStatus.SUBMITTED);
        t.get(WaiverStatus.DRAFT).put(WaiverAction.WITHDRAW, WaiverStatus.WITHDRAWN);

        t.get(WaiverStatus.SUBMITTED).put(WaiverAction.START_REVIEW, WaiverStatus.IN_REVIEW);
        t.get(WaiverStatus.SUBMITTED).put(WaiverAction.WITHDRAW, WaiverStatus.WITHDRAWN);

        t.get(WaiverStatus.IN_REVIEW).put(WaiverAction.APPROVE, WaiverStatus.APPROVED);
        t.get(WaiverStatus.IN_REVIEW).put(WaiverAction.REJECT, WaiverStatus.REJECTED);
        t.get(WaiverStatus.IN_REVIEW).put(WaiverAction.RETURN_FOR_CHANGES, WaiverStatus.RETURNED);
        t.get(WaiverStatus.IN_REVIEW).put(WaiverAction.WITHDRAW, WaiverStatus.WITHDRAWN);

        t.get(WaiverStatus.RETURNED).put(WaiverAction.RESUBMIT, WaiverStatus.SUBMITTED);
        t.get(WaiverStatus.RETURNED).put(WaiverAction.WITHDRAW, WaiverStatus.WITHDRAWN);

        t.get(WaiverStatus.APPROVED).put(WaiverAction.EXPIRE, WaiverStatus.EXPIRED);

        Map<WaiverStatus, Map<WaiverAction, WaiverStatus>> frozen = new EnumMap<>(WaiverStatus.class);
        t.forEach((status, map) -> frozen.put(status, Collections.unmodifiableMap(map)));
        return Collections.unmodifiableMap(frozen);
    }

    /**
     * The status a request moves to when {@code action} is taken in {@code status}.
     *
     * @throws IllegalWaiverTransitionException with a readable reason when the action is not allowed
     */
    public static WaiverStatus next(WaiverStatus status, WaiverAction action) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(action, "action");
        WaiverStatus target = TRANSITIONS.get(status).get(action);
        if (target == null) {
            throw new IllegalWaiverTransitionException(status, action, refusal(status, action));
        }
        return target;
    }

    /** {@return the status {@code action} leads to, or empty when it is not allowed in {@code status}} */
    public static Optional<WaiverStatus> tryNext(WaiverStatus status, WaiverAction action) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(action, "action");
        return Optional.ofNullable(TRANSITIONS.get(status).get(action));
    }

    /** {@return the actions allowed in {@code status}, whoever takes them (empty for a final status)} */
    public static Set<WaiverAction> allowedActions(WaiverStatus status) {
        Objects.requireNonNull(status, "status");
        Set<WaiverAction> keys = TRANSITIONS.get(status).keySet();
        return keys.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(keys));
    }

    /** {@return the actions allowed in {@code status} for one kind of actor, e.g. to show buttons} */
    public static Set<WaiverAction> allowedActions(WaiverStatus status, WaiverActor actor) {
        Objects.requireNonNull(actor, "actor");
        return allowedActions(status).stream()
                .filter(a -> a.actor() == actor)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String refusal(WaiverStatus status, WaiverAction action) {
        String prefix = "Cannot " + action.label().toLowerCase(Locale.ROOT)
                + " a waiver request that is " + status.label().toLowerCase(Locale.ROOT);
        if (status.isTerminal()) {
            return prefix + ": \"" + status.label() + "\" is a final status and no further action is possible.";
        }
        String hint = switch (action) {
            case APPROVE, REJECT, RETURN_FOR_CHANGES -> status == WaiverStatus.SUBMITTED
                    ? "an approver must start the review first."
                    : status == WaiverStatus.APPROVED
                            ? "the request has already been decided."
                            : "only a request in review can be decided or returned.";
            case SUBMIT -> status == WaiverStatus.RETURNED
                    ? "a returned request is sent back with \"Resubmit\"."
                    : "only a draft can be submitted.";
            case RESUBMIT -> "only a request returned for changes can be resubmitted.";
            case START_REVIEW -> "only a submitted request can be taken up for review.";
            case WITHDRAW -> "a request can be withdrawn only before a decision.";
            case EXPIRE -> "only an approved waiver can expire.";
        };
        String allowed = allowedActions(status).stream()
                .map(a -> a.label() + " (" + a.actor().label().toLowerCase(Locale.ROOT) + ")")
                .sorted()
                .collect(Collectors.joining(", "));
        return prefix + ": " + hint + " Allowed now: " + allowed + ".";
    }
}
