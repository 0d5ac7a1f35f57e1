package gov.buyamerican.portal.rules.waiver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A legal public holiday of 5 U.S.C. 6103(a) in a given year, with the day on which federal offices
 * are closed for it.
 *
 * <p>Observed day (5 U.S.C. 6103(b); Executive Order 11582): a holiday falling on a Saturday is
 * observed on the Friday before, one falling on a Sunday on the Monday after. New Year's Day on a
 * Saturday is therefore observed on 31 December of the year before (e.g. 2021-12-31 for
 * 2022-01-01); that closure is listed under the holiday's own year but lies in the previous year.
 *
 * <p>Not covered: Inauguration Day (a holiday only in the Washington, DC area, every four years) and
 * closures ordered ad hoc by the President; pass those to {@link BusinessDays#withAdditionalClosures}.
 * Dates before 1986 are not supported (Martin Luther King Jr. Day was first observed in 1986).
 *
 * @param name         the holiday's name in 5 U.S.C. 6103(a)
 * @param date         the legal date in {@code year}
 * @param observedDate the day offices are closed (may be in the year before for New Year's Day)
 */
public record FederalHoliday(String name, LocalDate date, LocalDate observedDate) {

    /** First year whose holidays are computed. */
    public static final int FIRST_SUPPORTED_YEAR = 1986;

    /** Validates. */
    public FederalHoliday {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(observedDate, "observedDate");
    }

    /**
     * {@return the legal public holidays of {@code year} with their observed dates, in date order}
     * Juneteenth National Independence Day is included from 2021 (Public Law 117-17, 17 June 2021;
     * first observed Friday 18 June 2021).
     */
    public static List<FederalHoliday> inYear(int year) {
        if (year < FIRST_SUPPORTED_YEAR) {
            throw new IllegalArgumentException("Federal holidays are computed from " + FIRST_SUPPORTED_YEAR
                    + " on; " + year + " is not supported.");
        }
        List<FederalHoliday> list = new ArrayList<>(11);
        list.add(fixed("New Year's Day", LocalDate.of(year, Month.JANUARY, 1)));
        list.add(floating("Birthday of Martin Luther King, Jr.", nthMonday(year, Month.JANUARY, 3)));
        list.add(floating("Washington's Birthday", nthMonday(year, Month.FEBRUARY, 3)));
        list.add(floating("Memorial Day",
                LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))));
        if (year >= 2021) {
            list.add(fixed("Juneteenth National Independence Day", LocalDate.of(year, Month.JUNE, 19)));
        }
        list.add(fixed("Independence Day", LocalDate.of(year, Month.JULY, 4)));
        list.add(floating("Labor Day", nthMonday(year, Month.SEPTEMBER, 1)));
        list.add(floating("Columbus Day", nthMonday(year, Month.OCTOBER, 2)));
        list.add(fixed("Veterans Day", LocalDate.of(year, Month.NOVEMBER, 11)));
        list.add(floating("Thanksgiving Day", LocalDate.of(year, Month.NOVEMBER, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY))));
        list.add(fixed("Christmas Day", LocalDate.of(year, Month.DECEMBER, 25)));
        list.sort(Comparator.comparing(FederalHoliday::date));
        return List.copyOf(list);
    }

    private static FederalHoliday fixed(String name, LocalDate date) {
        LocalDate observed = switch (date.getDayOfWeek()) {
            case SATURDAY -> date.minusDays(1);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
        return new FederalHoliday(name, date, observed);
    }

    private static FederalHoliday floating(String name, LocalDate date) {
        return new FederalHoliday(name, date, date);
    }

    private static LocalDate nthMonday(int year, Month month, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
    }
}
