package gov.buyamerican.portal.reference.internal;

import gov.buyamerican.portal.reference.RuleValue;
import gov.buyamerican.portal.shared.BusinessRuleException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules that keep the dated values of one rule a single timeline: no two values apply on the same day, and no day
 * between the first and the last value is left without one. Pure code, so that every case is tested without a
 * database; {@code RuleValueService} applies the plans inside its transaction.
 *
 * <p>Dates here are inclusive on both ends, as in the {@code rule_value} table.
 */
public final class RuleValueTimeline {

    private RuleValueTimeline() {
    }

    /**
     * What adding a value does to the values already there.
     *
     * @param previousToClose the open-ended value that the new one replaces: it ends on the day before the new one
     *                        starts
     */
    public record AddPlan(Optional<RuleValue> previousToClose) {
    }

    /**
     * What deleting a future value does to the values already there.
     *
     * @param previousToReopen the value that the deleted one had closed, to be extended over the deleted one's period
     * @param reopenUntil      its new last day (null: open-ended again)
     * @param reopenClosedById its new {@code closedById}: whatever had closed the deleted value
     */
    public record DeletePlan(Optional<RuleValue> previousToReopen, LocalDate reopenUntil, Long reopenClosedById) {
    }

    /**
     * Checks where a new value fits among the existing values of its rule.
     *
     * @param existing every value of the rule
     * @param from     first day of the new value
     * @param until    last day of the new value, or null for open-ended
     * @throws BusinessRuleException on {@code effectiveFrom} or {@code effectiveUntil} when the new value would overlap
     *                               another one or leave days without a value
     */
    public static AddPlan planAdd(List<RuleValue> existing, LocalDate from, LocalDate until) {
        Objects.requireNonNull(from, "from");
        List<RuleValue> sorted = existing.stream().sorted(Comparator.comparing(RuleValue::effectiveFrom)).toList();
        RuleValue previous = null;
        RuleValue next = null;
        for (RuleValue v : sorted) {
            if (v.effectiveFrom().equals(from)) {
                throw new BusinessRuleException("effectiveFrom", "Another value of this rule starts on " + from
                        + " (" + describe(v) + "). Choose another date, or change that value instead.");
            }
            if (v.effectiveFrom().isBefore(from)) {
                previous = v;
            } else if (next == null) {
                next = v;
            }
        }
        RuleValue toClose = null;
        if (previous != null) {
            if (previous.openEnded()) {
                toClose = previous;
            } else if (!previous.effectiveUntil().isBefore(from)) {
                throw new BusinessRuleException("effectiveFrom", "This would overlap " + describe(previous)
                        + ". Start on " + previous.effectiveUntil().plusDays(1) + " or later.");
            } else if (previous.effectiveUntil().plusDays(1).isBefore(from)) {
                throw new BusinessRuleException("effectiveFrom", "No value would apply from "
                        + previous.effectiveUntil().plusDays(1) + " to " + from.minusDays(1) + ", after "
                        + describe(previous) + ". Start on " + previous.effectiveUntil().plusDays(1) + ".");
            }
        }
        if (next != null) {
            LocalDate lastDay = next.effectiveFrom().minusDays(1);
            if (until == null || until.isAfter(lastDay)) {
                throw new BusinessRuleException("effectiveUntil", "This would overlap " + describe(next)
                        + ". End on " + lastDay + ", the day before it starts.");
            }
            if (until.isBefore(lastDay)) {
                throw new BusinessRuleException("effectiveUntil", "No value would apply from " + until.plusDays(1)
                        + " to " + lastDay + ", before " + describe(next) + ". End on " + lastDay + ".");
            }
        }
        return new AddPlan(Optional.ofNullable(toClose));
    }

    /**
     * Checks that a value may be deleted: only one that has not taken effect yet, and not one whose removal would
     * leave days without a value between two others.
     *
     * @param existing every value of the rule, including {@code target}
     * @param target   the value to delete
     * @param today    the current day
     * @throws BusinessRuleException when the value may not be deleted
     */
    public static DeletePlan planDelete(List<RuleValue> existing, RuleValue target, LocalDate today) {
        if (!target.effectiveFrom().isAfter(today)) {
            throw new BusinessRuleException("Only a value that has not taken effect yet can be deleted: "
                    + describe(target) + " has applied since " + target.effectiveFrom()
                    + ". To change the number from a later date, add a new value.");
        }
        LocalDate dayBefore = target.effectiveFrom().minusDays(1);
        Optional<RuleValue> previous = existing.stream()
                .filter(v -> v.id() != target.id() && dayBefore.equals(v.effectiveUntil())).findFirst();
        Optional<RuleValue> next = target.effectiveUntil() == null ? Optional.empty() : existing.stream()
                .filter(v -> v.id() != target.id() && v.effectiveFrom().equals(target.effectiveUntil().plusDays(1)))
                .findFirst();
        if (previous.isPresent() && Objects.equals(previous.get().closedById(), target.id())) {
            return new DeletePlan(previous, target.effectiveUntil(), target.closedById());
        }
        if (previous.isPresent() && next.isPresent()) {
            throw new BusinessRuleException("Deleting " + describe(target) + " would leave no value between "
                    + describe(previous.get()) + " and " + describe(next.get()) + ". Delete the later value first.");
        }
        return new DeletePlan(Optional.empty(), null, null);
    }

    /** E.g. {@code the value 65% (2024-01-01 to 2028-12-31)}. */
    public static String describe(RuleValue v) {
        return "the value " + v.formattedValue() + " (" + v.period() + ")";
    }
}
