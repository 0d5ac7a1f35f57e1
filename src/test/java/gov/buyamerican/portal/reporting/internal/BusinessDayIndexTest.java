package gov.buyamerican.portal.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import gov.buyamerican.portal.rules.waiver.BusinessDays;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The remembered running count gives the same answers as the rules' own business-day count, in any order of asks. */
class BusinessDayIndexTest {

    @Test
    void sameAsBusinessDaysBetween() {
        BusinessDays calendar = BusinessDays.usFederal();
        ReportQueries.BusinessDayIndex index = new ReportQueries.BusinessDayIndex(calendar);
        Random random = new Random(6);
        LocalDate base = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 2_000; i++) {
            LocalDate from = base.plusDays(random.nextInt(1100));
            LocalDate to = from.plusDays(random.nextInt(i % 2 == 0 ? 90 : 1_200)); // within a year, and across several
            assertThat(index.between(from, to)).as(from + " -> " + to).isEqualTo(calendar.businessDaysBetween(from, to));
        }
        assertThat(index.between(base.minusYears(1), base)).isEqualTo(calendar.businessDaysBetween(base.minusYears(1), base));
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(ReportQueries.median(List.of(14, 2, 5))).isEqualByComparingTo("5.0");
        assertThat(ReportQueries.median(List.of(5, 14))).isEqualByComparingTo("9.5");
        assertThat(ReportQueries.median(List.of())).isNull();
    }
}
