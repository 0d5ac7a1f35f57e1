package gov.buyamerican.portal.rules.waiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessDaysTest {

    private static final BusinessDays CAL = BusinessDays.usFederal();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static List<LocalDate> observed(int year) {
        return FederalHoliday.inYear(year).stream().map(FederalHoliday::observedDate).toList();
    }

    /** Observed dates as published by OPM for these years. */
    @Test
    void observedHolidays2021() {
        assertThat(observed(2021)).containsExactly(d("2021-01-01"), d("2021-01-18"), d("2021-02-15"), d("2021-05-31"),
                d("2021-06-18"), d("2021-07-05"), d("2021-09-06"), d("2021-10-11"), d("2021-11-11"), d("2021-11-25"),
                d("2021-12-24"));
    }

    @Test
    void observedHolidays2022() {
        // New Year's Day 2022 (a Saturday) is observed on Friday 2021-12-31.
        assertThat(observed(2022)).containsExactly(d("2021-12-31"), d("2022-01-17"), d("2022-02-21"), d("2022-05-30"),
                d("2022-06-20"), d("2022-07-04"), d("2022-09-05"), d("2022-10-10"), d("2022-11-11"), d("2022-11-24"),
                d("2022-12-26"));
    }

    @Test
    void observedHolidays2023() {
        assertThat(observed(2023)).containsExactly(d("2023-01-02"), d("2023-01-16"), d("2023-02-20"), d("2023-05-29"),
                d("2023-06-19"), d("2023-07-04"), d("2023-09-04"), d("2023-10-09"), d("2023-11-10"), d("2023-11-23"),
                d("2023-12-25"));
    }

    @Test
    void observedHolidays2026() {
        // Independence Day 2026 (a Saturday) is observed on Friday 2026-07-03.
        assertThat(observed(2026)).containsExactly(d("2026-01-01"), d("2026-01-19"), d("2026-02-16"), d("2026-05-25"),
                d("2026-06-19"), d("2026-07-03"), d("2026-09-07"), d("2026-10-12"), d("2026-11-11"), d("2026-11-26"),
                d("2026-12-25"));
    }

    @Test
    void juneteenthOnlyFrom2021() {
        assertThat(FederalHoliday.inYear(2020)).hasSize(10).noneMatch(h -> h.name().startsWith("Juneteenth"));
        assertThat(FederalHoliday.inYear(2021)).hasSize(11).anyMatch(h -> h.name().startsWith("Juneteenth"));
        assertThat(CAL.isBusinessDay(d("2020-06-19"))).isTrue();
    }

    @ParameterizedTest(name = "{0} is a business day: {1}")
    @CsvSource({
            "2021-12-31, false",  // observed New Year 2022
            "2022-01-03, true",
            "2026-07-03, false",  // observed Independence Day 2026
            "2026-07-04, false",  // Saturday
            "2026-07-06, true",
            "2022-12-26, false",  // Christmas (Sunday) observed Monday
            "2023-01-02, false",  // New Year (Sunday) observed Monday
            "2022-11-24, false",  // Thanksgiving
            "2022-11-25, true",   // day after Thanksgiving is not a federal holiday
            "2023-11-10, false",  // Veterans Day (Saturday) observed Friday
            "2024-01-15, false",  // MLK Day
            "2024-12-24, true",   // Christmas Eve: only by ad hoc executive order
    })
    void isBusinessDay(LocalDate date, boolean expected) {
        assertThat(CAL.isBusinessDay(date)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "sent {0} -> MIAO answer due {1}")
    @CsvSource({
            "2022-03-30, 2022-04-20",  // plain weeks
            "2022-11-17, 2022-12-09",  // Thanksgiving week
            "2022-12-16, 2023-01-10",  // Christmas and New Year, both observed on Mondays
            "2021-12-20, 2022-01-12",  // Christmas 2021 observed Fri 12-24, New Year 2022 observed Fri 12-31
            "2021-12-23, 2022-01-18",
            "2022-06-17, 2022-07-12",  // Juneteenth observed Mon 06-20, Independence Day
            "2026-06-26, 2026-07-20",  // Independence Day 2026 observed Fri 07-03
            "2026-11-20, 2026-12-14",  // Thanksgiving 2026
            "2026-12-18, 2027-01-12",  // Christmas 2026 (Fri), New Year 2027 (Fri)
            "2022-04-02, 2022-04-22",  // sent on a Saturday: counted from Monday
    })
    void miaoDueDates(LocalDate sent, LocalDate due) {
        assertThat(CAL.miaoDueDate(sent)).isEqualTo(due);
        assertThat(CAL.businessDaysBetween(sent, due)).isEqualTo(15);
        assertThat(CAL.miaoDueDate(sent, BusinessDays.MIAO_REVIEW_BUSINESS_DAYS)).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0} + {1} business days = {2}")
    @CsvSource({
            "2022-11-23, 1, 2022-11-25",  // over Thanksgiving
            "2022-11-25, 1, 2022-11-28",  // over a weekend
            "2021-12-30, 1, 2022-01-03",  // over the observed New Year on 2021-12-31 and a weekend
            "2026-07-02, 1, 2026-07-06",  // over the observed Independence Day 2026-07-03 and a weekend
            "2022-12-23, 1, 2022-12-27",
            "2022-12-23, 0, 2022-12-23",
            "2022-12-24, 0, 2022-12-24",
            "2022-12-24, 1, 2022-12-27",
    })
    void plusBusinessDays(LocalDate start, int n, LocalDate expected) {
        assertThat(CAL.plusBusinessDays(start, n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} .. {1} = {2}")
    @CsvSource({
            "2022-11-21, 2022-11-28, 4",   // Thanksgiving week: Tue Wed Fri Mon
            "2022-12-19, 2023-01-03, 9",   // Christmas and New Year weeks
            "2022-01-01, 2022-12-31, 250", // calendar year 2022: 260 weekdays minus 10 observed closures
            "2026-07-01, 2026-07-01, 0",
            "2026-07-02, 2026-07-06, 1",
    })
    void businessDaysBetween(LocalDate from, LocalDate to, int expected) {
        assertThat(CAL.businessDaysBetween(from, to)).isEqualTo(expected);
    }

    @Test
    void year2022HasTenHolidayClosuresOnWeekdays() {
        // 2022 has 260 weekdays; ten observed closures fall in 2022 (New Year's was observed in 2021).
        assertThat(CAL.businessDaysBetween(d("2021-12-31"), d("2022-12-31"))).isEqualTo(260 - 10);
    }

    @Test
    void additionalClosuresCount() {
        BusinessDays withClosures = CAL.withAdditionalClosures(Set.of(d("2024-12-24"), d("2025-01-09")));
        assertThat(withClosures.isBusinessDay(d("2024-12-24"))).isFalse();
        assertThat(withClosures.plusBusinessDays(d("2024-12-23"), 1)).isEqualTo(d("2024-12-26"));
        assertThat(withClosures.isBusinessDay(d("2025-01-09"))).isFalse();
        assertThat(CAL.isBusinessDay(d("2024-12-24"))).isTrue();
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> CAL.plusBusinessDays(d("2024-01-01"), -1)).hasMessageContaining("cannot be negative");
        assertThatThrownBy(() -> CAL.businessDaysBetween(d("2024-01-02"), d("2024-01-01")))
                .hasMessageContaining("is before the start date");
        assertThatThrownBy(() -> CAL.isBusinessDay(d("1985-06-03"))).hasMessageContaining("not supported");
    }

    /** Property: between(d, plus(d, n)) == n; the result is a business day; no business day is skipped. */
    @ParameterizedTest
    @ValueSource(longs = {3, 14005, 6103})
    void plusAndBetweenAgree(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            LocalDate start = d("2021-01-01").plusDays(random.nextInt(365 * 8));
            int n = random.nextInt(40);
            LocalDate end = CAL.plusBusinessDays(start, n);
            assertThat(CAL.businessDaysBetween(start, end)).isEqualTo(n);
            if (n > 0) {
                assertThat(CAL.isBusinessDay(end)).isTrue();
                assertThat(CAL.businessDaysBetween(start, end.minusDays(1))).isEqualTo(n - 1);
            }
            assertThat(end.getDayOfWeek()).isNotIn(n > 0 ? List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY) : List.of());
        }
    }

    /** Property: every observed holiday is a weekday, there are 10 or 11 per year, none on the same day. */
    @ParameterizedTest
    @ValueSource(ints = {1986, 1999, 2020, 2021, 2022, 2027, 2028, 2033, 2050, 2100})
    void holidaysAreWeekdaysAndDistinct(int year) {
        List<FederalHoliday> holidays = FederalHoliday.inYear(year);
        assertThat(holidays).hasSize(year >= 2021 ? 11 : 10);
        assertThat(holidays).allSatisfy(h -> {
            assertThat(h.observedDate().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(CAL.isBusinessDay(h.observedDate())).isFalse();
        });
        assertThat(holidays.stream().map(FederalHoliday::observedDate).distinct()).hasSize(holidays.size());
    }
}
