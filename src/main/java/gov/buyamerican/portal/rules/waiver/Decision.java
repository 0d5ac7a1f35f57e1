package gov.buyamerican.portal.rules.waiver;

import java.util.Objects;

/**
 * Outcome of a {@link DecisionAuthority} check: may this approver approve or reject this request?
 * Either way, {@link #reason()} says why, in a sentence that can be shown and kept in the audit trail.
 */
public sealed interface Decision permits Decision.Allowed, Decision.Refused {

    /** {@return the explanation} */
    String reason();

    /** {@return true when the approver may decide} */
    default boolean isAllowed() {
        return this instanceof Allowed;
    }

    /** The approver may decide. @param reason why */
    record Allowed(String reason) implements Decision {
        /** @param reason why the approver may decide */
        public Allowed {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The approver may not decide. @param reason why not */
    record Refused(String reason) implements Decision {
        /** @param reason why the approver may not decide */
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
