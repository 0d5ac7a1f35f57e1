package gov.buyamerican.portal.rules.waiver;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The agency's dollar limits on what each authority level may decide, from the agency's delegation
 * reference table (not from the FAR). An empty limit means unlimited. A request whose estimated
 * value is <em>at</em> the limit may be decided; above it, it may not.
 *
 * <p>Every level must be present, and a higher level's limit may not be lower than a lower level's
 * (otherwise "a higher level may always decide what a lower may" would not hold): such a table is
 * refused when it is built.
 *
 * @param maxValueByLevel the limit per level; {@code Optional.empty()} = unlimited
 */
public record ApprovalValueLimits(Map<AuthorityLevel, Optional<BigDecimal>> maxValueByLevel) {

    /** Validates and copies the table. */
    public ApprovalValueLimits {
        Objects.requireNonNull(maxValueByLevel, "maxValueByLevel");
        EnumMap<AuthorityLevel, Optional<BigDecimal>> copy = new EnumMap<>(AuthorityLevel.class);
        for (AuthorityLevel level : AuthorityLevel.values()) {
            Optional<BigDecimal> limit = maxValueByLevel.get(level);
            if (limit == null) {
                throw new IllegalArgumentException("No value limit given for " + level.label()
                        + "; use Optional.empty() for unlimited.");
            }
            limit.ifPresent(l -> {
                if (l.signum() < 0) {
                    throw new IllegalArgumentException("The value limit for " + level.label()
                            + " is negative: " + Money.format(l) + ".");
                }
            });
            copy.put(level, limit);
        }
        Optional<BigDecimal> previous = Optional.of(BigDecimal.ZERO);
        AuthorityLevel previousLevel = null;
        for (AuthorityLevel level : AuthorityLevel.values()) {
            Optional<BigDecimal> limit = copy.get(level);
            if (previousLevel != null && exceeds(previous, limit)) {
                throw new IllegalArgumentException("The value limit for " + level.label() + " ("
                        + describe(limit) + ") is lower than the limit for " + previousLevel.label() + " ("
                        + describe(previous) + "); a higher level must be able to decide what a lower level may.");
            }
            previous = limit;
            previousLevel = level;
        }
        maxValueByLevel = Collections.unmodifiableMap(copy);
    }

    /** {@return limits with no dollar cap at any level (for tests and agencies without caps)} */
    public static ApprovalValueLimits unlimited() {
        Map<AuthorityLevel, Optional<BigDecimal>> m = new EnumMap<>(AuthorityLevel.class);
        for (AuthorityLevel level : AuthorityLevel.values()) {
            m.put(level, Optional.empty());
        }
        return new ApprovalValueLimits(m);
    }

    /** {@return the limit for a level; empty = unlimited} */
    public Optional<BigDecimal> limitFor(AuthorityLevel level) {
        return maxValueByLevel.get(Objects.requireNonNull(level, "level"));
    }

    private static boolean exceeds(Optional<BigDecimal> lower, Optional<BigDecimal> higher) {
        if (higher.isEmpty()) {
            return false;
        }
        return lower.isEmpty() || lower.get().compareTo(higher.get()) > 0;
    }

    static String describe(Optional<BigDecimal> limit) {
        return limit.map(Money::format).orElse("unlimited");
    }
}
