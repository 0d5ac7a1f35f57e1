package gov.buyamerican.portal.rules.domesticcontent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dated reference values, resolved by delivery year (1 January of the year must be in range). */
class ThresholdScheduleTest {

    private static final ThresholdSchedule FAR = ThresholdSchedule.farDefaults();

    @ParameterizedTest(name = "delivery {0}: threshold {1}, fallback {2}")
    @CsvSource({
            "2022, 60, 55",
            "2023, 60, 55",
            "2024, 65, 55",
            "2026, 65, 55",
            "2028, 65, 55",
            "2029, 75, 55",
            "2030, 75, ",
            "2031, 75, ",
            "2100, 75, ",
    })
    void farDefaultsByDeliveryYear(int year, String threshold, String fallback) {
        DomesticContentParameters p = FAR.resolve(year);

        assertThat(p.domesticContentThresholdPercent()).isEqualByComparingTo(threshold);
        if (fallback == null) {
            assertThat(p.fallbackThresholdPercent()).isEmpty();
        } else {
            assertThat(p.fallbackThresholdPercent()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(fallback));
        }
        assertThat(p.ironSteelPredominancePercent()).isEqualByComparingTo("50");
        assertThat(p.foreignIronSteelMaxPercent()).isEqualByComparingTo("5");
    }

    @Test
    void yearsBeforeTheSeedAreRefusedRatherThanGuessed() {
        assertThatThrownBy(() -> FAR.resolve(2021))
                .isInstanceOf(ThresholdScheduleException.class)
                .hasMessageContaining("delivery year 2021")
                .hasMessageContaining("DOMESTIC_CONTENT_THRESHOLD")
                .hasMessageContaining("IRON_STEEL_PREDOMINANCE");
    }

    @Test
    void entriesCarryTheirCitations() {
        assertThat(FAR.entryFor(ThresholdKey.DOMESTIC_CONTENT_THRESHOLD, 2026))
                .hasValueSatisfying(e -> {
                    assertThat(e.valuePercent()).isEqualByComparingTo("65");
                    assertThat(e.effectiveFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
                    assertThat(e.effectiveUntil()).hasValue(LocalDate.of(2029, 1, 1));
                    assertThat(e.citation()).contains("FAR 25.101(a)(2)(i)");
                });
        assertThat(FAR.entryFor(ThresholdKey.FALLBACK_THRESHOLD, 2029)).isPresent();
        assertThat(FAR.entryFor(ThresholdKey.FALLBACK_THRESHOLD, 2030)).isEmpty();
        assertThat(FAR.entries()).hasSize(6);
    }

    @Test
    void anEntryThatStartsDuringTheYearAppliesFromTheNextDeliveryYear() {
        ThresholdSchedule schedule = new ThresholdSchedule(withDomesticThreshold(
                entry(ThresholdKey.DOMESTIC_CONTENT_THRESHOLD, "60", "2022-01-01", "2027-07-01"),
                entry(ThresholdKey.DOMESTIC_CONTENT_THRESHOLD, "70", "2027-07-01", null)));

        assertThat(schedule.resolve(2027).domesticContentThresholdPercent()).isEqualByComparingTo("60");
        assertThat(schedule.resolve(2028).domesticContentThresholdPercent()).isEqualByComparingTo("70");
    }

    @Test
    void amendedTableIsUsedAsIs() {
        // a hypothetical later amendment: 80% from 2031, fallback extended to 2032
        ThresholdSchedule amended = new ThresholdSchedule(List.of(
                entry(ThresholdKey.DOMESTIC_CONTENT_THRESHOLD, "75", "2029-01-01", "2031-01-01"),
                entry(ThresholdKey.DOMESTIC_CONTENT_THRESHOLD, "80", "2031-01-01", null),
                entry(ThresholdKey.FALLBACK_THRESHOLD, "55", "2029-01-01", "2032-01-01"),
                entry(ThresholdKey.IRON_STEEL_PREDOMINANCE, "50", "2029-01-01", null),
                entry(ThresholdKey.FOREIGN_IRON_STEEL_MAX, "5", "2029-01-01", null)));

        DomesticContentParameters p2031 = amended.resolve(2031);
        assertThat(p2031.domesticContentThresholdPercent()).isEqualByComparingTo("80");
        assertThat(p2031.fallbackThresholdPercent()).isPresent();
        assertThat(amended.resolve(2032).fallbackThresholdPercent()).isEmpty();

        EndProduct item = Fixtures.millionDollarItem(2031, "790000.00");
        assertThat(Fixtures.CALCULATOR.calculate(item, p2031).classification()).isEqualTo(Classification.FOREIGN);
    }

    @Test
    void overlappingEntriesAreRefused() {
        assertThatThrownBy(() -> new ThresholdSchedule(withDomesticThreshold(
                entry(ThresholdKey.DOMESTIC_CONTENT_THRESHOLD, "60", "2022-01-01", "2024-06-01"),
                entry(ThresholdKey.DOMESTIC_CONTENT_THRESHOLD, "65", "2024-01-01", null))))
                .isInstanceOf(ThresholdScheduleException.class)
                .hasMessageContaining("DOMESTIC_CONTENT_THRESHOLD")
                .hasMessageContaining("overlap");
        assertThatThrownBy(() -> new ThresholdSchedule(List.of(
                entry(ThresholdKey.FOREIGN_IRON_STEEL_MAX, "5", "2022-01-01", null),
                entry(ThresholdKey.FOREIGN_IRON_STEEL_MAX, "4", "2030-01-01", null))))
                .isInstanceOf(ThresholdScheduleException.class);
    }

    @Test
    void adjacentEntriesDoNotOverlap() {
        ThresholdEntry a = entry(ThresholdKey.DOMESTIC_CONTENT_THRESHOLD, "60", "2022-01-01", "2024-01-01");
        ThresholdEntry b = entry(ThresholdKey.DOMESTIC_CONTENT_THRESHOLD, "65", "2024-01-01", null);
        assertThat(a.overlaps(b)).isFalse();
        assertThat(a.appliesOn(LocalDate.of(2023, 12, 31))).isTrue();
        assertThat(a.appliesOn(LocalDate.of(2024, 1, 1))).isFalse();
        assertThat(b.appliesOn(LocalDate.of(2024, 1, 1))).isTrue();
    }

    @Test
    void entriesRefuseNonsense() {
        assertThatThrownBy(() -> entry(ThresholdKey.FALLBACK_THRESHOLD, "55", "2030-01-01", "2030-01-01"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be after");
        assertThatThrownBy(() -> entry(ThresholdKey.FALLBACK_THRESHOLD, "101", "2022-01-01", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 100");
    }

    @Test
    void aScheduleWithoutFallbackRowsResolvesWithoutFallback() {
        ThresholdSchedule noFallback = new ThresholdSchedule(FAR.entries().stream()
                .filter(e -> e.key() != ThresholdKey.FALLBACK_THRESHOLD).toList());

        assertThat(noFallback.resolve(2026).fallbackThresholdPercent()).isEmpty();
    }

    private static List<ThresholdEntry> withDomesticThreshold(ThresholdEntry... domesticThresholdEntries) {
        List<ThresholdEntry> entries = new ArrayList<>(List.of(domesticThresholdEntries));
        FAR.entries().stream().filter(e -> e.key() != ThresholdKey.DOMESTIC_CONTENT_THRESHOLD).forEach(entries::add);
        return entries;
    }

    private static ThresholdEntry entry(ThresholdKey key, String value, String from, String until) {
        return new ThresholdEntry(key, new BigDecimal(value), LocalDate.parse(from),
                Optional.ofNullable(until).map(LocalDate::parse), "test");
    }
}
