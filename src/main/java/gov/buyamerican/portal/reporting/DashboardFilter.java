package gov.buyamerican.portal.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What the dashboard shows: whole calendar months from {@code from} to {@code to} (inclusive; the rollups are
 * monthly), optionally one office and one channel. The office and channel apply to the purchase cards only: waivers and
 * attestations have neither.
 */
public record DashboardFilter(YearMonth from, YearMonth to, Long officeId, Channel channel) {

    /** The longest period a dashboard covers: ten years of months. */
    public static final int MAX_MONTHS = 120;

    public DashboardFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The last month " + to + " is before the first month " + from + ".");
        }
        if (months(from, to) > MAX_MONTHS) {
            throw new IllegalArgumentException("A dashboard covers at most " + MAX_MONTHS + " months.");
        }
    }

    /** The twelve months up to and including {@code last}, all offices and channels. */
    public static DashboardFilter lastTwelveMonths(YearMonth last) {
        return new DashboardFilter(last.minusMonths(11), last, null, null);
    }

    public LocalDate firstDay() {
        return from.atDay(1);
    }

    public LocalDate lastDay() {
        return to.atEndOfMonth();
    }

    public int months() {
        return months(from, to);
    }

    private static int months(YearMonth from, YearMonth to) {
        return (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue() + 1;
    }
}
