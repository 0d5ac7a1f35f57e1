package gov.buyamerican.portal.rules.waiver;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * May this approver approve or reject this waiver request? Three checks, in this order; the first
 * that fails refuses the decision:
 *
 * <ol>
 *   <li><b>Separation of duties.</b> Nobody decides their own request, whatever their level (an
 *       agency head included). User ids are compared ignoring case and surrounding blanks, so that
 *       "JSmith" and "jsmith " count as the same person; an approver or requester without an id is
 *       refused.</li>
 *   <li><b>Authority level.</b> The approver's level must be at least the level the waiver type
 *       requires ({@link WaiverType#requiredAuthority()}, from FAR 25.103): head of the agency for
 *       public interest, head of the contracting activity for an individual nonavailability
 *       determination, contracting officer for the others. A higher level may always decide what a
 *       lower level may. Automatic exceptions (commercial IT, FAR 25.103(e)) and listed-class
 *       nonavailability (FAR 25.104) are <em>confirmed</em> rather than granted; any approver may
 *       confirm them.</li>
 *   <li><b>Dollar limit.</b> The estimated value of the acquisition must not exceed the limit the
 *       agency set for the approver's level ({@link ApprovalValueLimits}); a value exactly at the
 *       limit is within it. The limit applies to every type, confirmations included, because it is
 *       the agency's delegation and the portal does not second-guess it.</li>
 * </ol>
 *
 * <p>Pure: no clock, no database. The caller passes the limits in force on the decision date.
 */
public final class DecisionAuthority {

    private DecisionAuthority() {
    }

    /**
     * Checks whether an approver may decide (approve or reject) a waiver request.
     *
     * @param type             the waiver type requested
     * @param approverLevel    the approver's authority level
     * @param estimatedValue   the estimated value of the acquisition, in dollars (zero or more)
     * @param limits           the agency's value limits per level, in force on the decision date
     * @param approverUserId   the approver's user id
     * @param requesterUserId  the requester's user id
     * @return {@link Decision.Allowed} or {@link Decision.Refused}, with the reason
     */
    public static Decision decide(WaiverType type, AuthorityLevel approverLevel, BigDecimal estimatedValue,
                                  ApprovalValueLimits limits, String approverUserId, String requesterUserId) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(approverLevel, "approverLevel");
        Objects.requireNonNull(estimatedValue, "estimatedValue");
        Objects.requireNonNull(limits, "limits");
        if (estimatedValue.signum() < 0) {
            throw new IllegalArgumentException("The estimated value cannot be negative (was "
                    + estimatedValue.toPlainString() + ").");
        }

        String approver = normalizeUserId(approverUserId);
        String requester = normalizeUserId(requesterUserId);
        if (approver == null) {
            return new Decision.Refused("The approver is not identified; a decision must be attributed to a named user.");
        }
        if (requester == null) {
            return new Decision.Refused("The requester of this waiver is not recorded, so separation of duties "
                    + "cannot be checked; record the requester first.");
        }
        if (approver.equals(requester)) {
            return new Decision.Refused("Separation of duties: " + approverUserId.strip()
                    + " requested this waiver and cannot also decide it, whatever their authority.");
        }

        AuthorityLevel required = type.requiredAuthority();
        String verb = type.isAutomatic() || type == WaiverType.NONAVAILABILITY_LISTED_CLASS ? "confirm" : "decide";
        if (!approverLevel.atLeast(required)) {
            return new Decision.Refused(capitalize(withArticle(type)) + " waiver (" + type.farCitation()
                    + ") must be " + (verb.equals("confirm") ? "confirmed" : "decided") + " by " + requiredPhrase(required)
                    + "; the approver's authority is " + approverLevel.label().toLowerCase(Locale.ROOT) + ".");
        }

        Optional<BigDecimal> limit = limits.limitFor(approverLevel);
        if (limit.isPresent() && estimatedValue.compareTo(limit.get()) > 0) {
            return new Decision.Refused("The estimated value " + Money.format(estimatedValue)
                    + " exceeds the " + Money.format(limit.get()) + " limit of the "
                    + approverLevel.label().toLowerCase(Locale.ROOT)
                    + "; a higher authority must decide.");
        }

        return new Decision.Allowed("The " + approverLevel.label().toLowerCase(Locale.ROOT) + " may " + verb + " "
                + withArticle(type) + " waiver (" + type.farCitation() + "; requires " + requiredPhrase(required)
                + ") of " + Money.format(estimatedValue) + " (limit: " + ApprovalValueLimits.describe(limit) + ").");
    }

    private static String requiredPhrase(AuthorityLevel required) {
        String who = "the " + required.label().toLowerCase(Locale.ROOT);
        return required == AuthorityLevel.AGENCY_HEAD ? who : who + " or higher";
    }

    private static String withArticle(WaiverType type) {
        String label = type.label().toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String normalizeUserId(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        return id.strip().toLowerCase(Locale.ROOT);
    }
}
