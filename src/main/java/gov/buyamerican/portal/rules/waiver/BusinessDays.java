package gov.buyamerican.portal.rules.waiver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Business-day arithmetic for federal deadlines: a business day is a Monday to Friday that is not
 * the observed day of a legal public holiday (5 U.S.C. 6103, see {@link FederalHoliday}) and not an
 * additional closure given by the caller (e.g. a day the President closed federal offices).
 *
 * <p>Counting convention: the start day itself is never counted. "N business days after D" is the
 * N-th business day strictly after D, so a request sent on a Friday evening or on a Saturday is
 * counted from the next business day alike. {@link #businessDaysBetween} counts the same way, so
 * {@code businessDaysBetween(d, plusBusinessDays(d, n)) == n}.
 *
 * <p>Immutable and thread-safe.
 */
public final class BusinessDays {

    /**
     * Business days the Made in America Office has to answer a proposed nonavailability waiver
     * (OMB M-21-26, as recorded in the domain notes). The default for {@link #miaoDueDate(LocalDate)};
     * if the period changes, call {@link #miaoDueDate(LocalDate, int)} with the configured value.
     */
    public static final int MIAO_REVIEW_BUSINESS_DAYS = 15;

    private static final BusinessDays US_FEDERAL = new BusinessDays(Set.of());

    private final Set<LocalDate> additionalClosures;
    private final Map<Integer, Set<LocalDate>> closuresByYear = new ConcurrentHashMap<>();

    private BusinessDays(Set<LocalDate> additionalClosures) {
        this.additionalClosures = Set.copyOf(additionalClosures);
    }

    /** {@return the calendar of US federal legal public holidays, with no other closures} */
    public static BusinessDays usFederal() {
        return US_FEDERAL;
    }

    /** {@return this calendar plus the given closure days (ad hoc closures, Inauguration Day, ...)} */
    public BusinessDays withAdditionalClosures(Set<LocalDate> closures) {
        Objects.requireNonNull(closures, "closures");
        Set<LocalDate> all = new HashSet<>(additionalClosures);
        all.addAll(closures);
        return new BusinessDays(all);
    }

    /** {@return true for a Monday to Friday that is neither an observed federal holiday nor a closure} */
    public boolean isBusinessDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DayOfWeek dow = date.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            return false;
        }
        return !closuresOf(date.getYear()).contains(date);
    }

    /**
     * {@return the {@code n}-th business day after {@code start}} {@code n == 0} returns
     * {@code start} itself.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public LocalDate plusBusinessDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("The number of business days to add cannot be negative (was " + n + ").");
        }
        LocalDate d = start;
        int remaining = n;
        while (remaining > 0) {
            d = d.plusDays(1);
            if (isBusinessDay(d)) {
                remaining--;
            }
        }
        return d;
    }

    /**
     * {@return the number of business days after {@code from} up to and including {@code to}}
     * E.g. the turnaround of a request sent on {@code from} and answered on {@code to}; zero when
     * both are the same day.
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public int businessDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The end date " + to + " is before the start date " + from + ".");
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isBusinessDay(d)) {
                count++;
            }
        }
        return count;
    }

    /**
     * {@return the day the Made in America Office's answer is due: 15 business days after the
     * proposed waiver was sent} See {@link #MIAO_REVIEW_BUSINESS_DAYS}.
     */
    public LocalDate miaoDueDate(LocalDate sentDate) {
        return plusBusinessDays(sentDate, MIAO_REVIEW_BUSINESS_DAYS);
    }

    /** {@return the due date for a review period of {@code reviewBusinessDays} business days} */
    public LocalDate miaoDueDate(LocalDate sentDate, int reviewBusinessDays) {
        return plusBusinessDays(sentDate, reviewBusinessDays);
    }

    private Set<LocalDate> closuresOf(int year) {
        return closuresByYear.computeIfAbsent(year, y -> {
            if (y < FederalHoliday.FIRST_SUPPORTED_YEAR) {
                throw new IllegalArgumentException("Business days are computed from "
                        + FederalHoliday.FIRST_SUPPORTED_YEAR + " on; " + y + " is not supported.");
            }
            Set<LocalDate> s = new HashSet<>();
            // A holiday's observed day may fall in the neighbouring year (New Year's Day on a Saturday).
            for (int hy = y - 1; hy <= y + 1; hy++) {
                if (hy < FederalHoliday.FIRST_SUPPORTED_YEAR) {
                    continue;
                }
                for (FederalHoliday h : FederalHoliday.inYear(hy)) {
                    if (h.observedDate().getYear() == y) {
                        s.add(h.observedDate());
                    }
                }
            }
            for (LocalDate c : additionalClosures) {
                if (c.getYear() == y) {
                    s.add(c);
                }
            }
            return Set.copyOf(s);
        });
    }
}
