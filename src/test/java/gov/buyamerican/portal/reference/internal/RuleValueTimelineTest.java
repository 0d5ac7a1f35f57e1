package gov.buyamerican.portal.reference.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.buyamerican.portal.reference.RuleKey;
import gov.buyamerican.portal.reference.RuleValue;
import gov.buyamerican.portal.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One timeline per rule: a new value closes an open-ended one, never overlaps or leaves a gap. */
class RuleValueTimelineTest {

    private static final RuleValue V60 = value(1, "60", "2022-01-01", "2023-12-31", null);
    private static final RuleValue V65 = value(2, "65", "2024-01-01", "2028-12-31", null);
    private static final RuleValue V75_OPEN = value(3, "75", "2029-01-01", null, null);
    private static final List<RuleValue> THRESHOLDS = List.of(V75_OPEN, V60, V65); // any order

    @Nested
    class Adding {

        @Test
        void aValueAfterTheOpenEndedOneClosesItTheDayBefore() {
            var plan = RuleValueTimeline.planAdd(THRESHOLDS, date("2031-01-01"), null);
            assertThat(plan.previousToClose()).contains(V75_OPEN);
        }

        @Test
        void aClosedNewValueAfterTheOpenEndedOneIsAccepted() {
            var plan = RuleValueTimeline.planAdd(THRESHOLDS, date("2031-01-01"), date("2032-12-31"));
            assertThat(plan.previousToClose()).contains(V75_OPEN);
        }

        @Test
        void theSameStartDateIsRefused() {
            assertThatThrownBy(() -> RuleValueTimeline.planAdd(THRESHOLDS, date("2029-01-01"), null))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                        assertThat(e.field()).isEqualTo("effectiveFrom");
                        assertThat(e.getMessage()).contains("starts on 2029-01-01", "75%");
                    });
        }

        @Test
        void aStartInsideAClosedValueIsAnOverlap() {
            assertThatThrownBy(() -> RuleValueTimeline.planAdd(THRESHOLDS, date("2026-07-01"), null))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                        assertThat(e.field()).isEqualTo("effectiveFrom");
                        assertThat(e.getMessage()).contains("overlap", "65% (2024-01-01 to 2028-12-31)",
                                "Start on 2029-01-01 or later");
                    });
        }

        @Test
        void aStartOnTheLastDayOfAClosedValueIsAnOverlap() {
            List<RuleValue> closedOnly = List.of(V60, V65);
            assertThatThrownBy(() -> RuleValueTimeline.planAdd(closedOnly, date("2028-12-31"), null))
                    .isInstanceOfSatisfying(BusinessRuleException.class,
                            e -> assertThat(e.getMessage()).contains("overlap"));
        }

        @Test
        void aValueRightAfterAClosedLastValueIsAccepted() {
            List<RuleValue> closedOnly = List.of(V60, V65);
            var plan = RuleValueTimeline.planAdd(closedOnly, date("2029-01-01"), null);
            assertThat(plan.previousToClose()).isEmpty();
        }

        @Test
        void aValueLeavingDaysAfterAClosedLastValueIsAGap() {
            List<RuleValue> closedOnly = List.of(V60, V65);
            assertThatThrownBy(() -> RuleValueTimeline.planAdd(closedOnly, date("2029-01-02"), null))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                        assertThat(e.field()).isEqualTo("effectiveFrom");
                        assertThat(e.getMessage()).contains("No value would apply from 2029-01-01 to 2029-01-01",
                                "Start on 2029-01-01");
                    });
        }

        @Test
        void aValueBeforeTheFirstMustEndTheDayBeforeIt() {
            var plan = RuleValueTimeline.planAdd(THRESHOLDS, date("2020-01-01"), date("2021-12-31"));
            assertThat(plan.previousToClose()).isEmpty();
        }

        @Test
        void anOpenEndedValueBeforeTheFirstIsAnOverlap() {
            assertThatThrownBy(() -> RuleValueTimeline.planAdd(THRESHOLDS, date("2020-01-01"), null))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                        assertThat(e.field()).isEqualTo("effectiveUntil");
                        assertThat(e.getMessage()).contains("overlap", "60%", "End on 2021-12-31");
                    });
        }

        @Test
        void aValueEndingTooLateBeforeTheFirstIsAnOverlap() {
            assertThatThrownBy(() -> RuleValueTimeline.planAdd(THRESHOLDS, date("2020-01-01"), date("2022-01-01")))
                    .isInstanceOfSatisfying(BusinessRuleException.class,
                            e -> assertThat(e.field()).isEqualTo("effectiveUntil"));
        }

        @Test
        void aValueEndingTooEarlyBeforeTheFirstIsAGap() {
            assertThatThrownBy(() -> RuleValueTimeline.planAdd(THRESHOLDS, date("2020-01-01"), date("2021-12-30")))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                        assertThat(e.field()).isEqualTo("effectiveUntil");
                        assertThat(e.getMessage()).contains("No value would apply from 2021-12-31 to 2021-12-31");
                    });
        }

        @Test
        void theFirstValueOfARuleIsAcceptedWithAnyDates() {
            assertThat(RuleValueTimeline.planAdd(List.of(), date("2026-01-01"), null).previousToClose()).isEmpty();
            assertThat(RuleValueTimeline.planAdd(List.of(), date("2026-01-01"), date("2027-12-31")).previousToClose())
                    .isEmpty();
        }
    }

    @Nested
    class Deleting {

        private final LocalDate today = date("2026-11-24");

        @Test
        void aValueInForceOrPastCannotBeDeleted() {
            assertThatThrownBy(() -> RuleValueTimeline.planDelete(THRESHOLDS, V65, today))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasMessageContaining("has applied since 2024-01-01");
            RuleValue startsToday = value(9, "80", "2026-11-24", null, null);
            assertThatThrownBy(() -> RuleValueTimeline.planDelete(List.of(startsToday), startsToday, today))
                    .isInstanceOf(BusinessRuleException.class);
        }

        @Test
        void deletingAValueThatClosedThePreviousOneReopensIt() {
            RuleValue closed = value(3, "75", "2029-01-01", "2030-12-31", 4L);
            RuleValue future = value(4, "80", "2031-01-01", null, null);
            var plan = RuleValueTimeline.planDelete(List.of(V65, closed, future), future, today);
            assertThat(plan.previousToReopen()).contains(closed);
            assertThat(plan.reopenUntil()).isNull();
            assertThat(plan.reopenClosedById()).isNull();
        }

        @Test
        void reopeningTakesOverTheDeletedValuesEndAndCloser() {
            RuleValue a = value(3, "75", "2029-01-01", "2030-12-31", 4L);
            RuleValue b = value(4, "80", "2031-01-01", "2032-12-31", 5L);
            RuleValue c = value(5, "85", "2033-01-01", null, null);
            var plan = RuleValueTimeline.planDelete(List.of(a, b, c), b, today);
            assertThat(plan.previousToReopen()).contains(a);
            assertThat(plan.reopenUntil()).isEqualTo(date("2032-12-31"));
            assertThat(plan.reopenClosedById()).isEqualTo(5L);
        }

        @Test
        void anEndSetByTheRegulationStaysWhenTheNextValueIsDeleted() {
            // e.g. a trade agreements threshold for 2026-2027, followed by the next two-year value
            RuleValue current = value(3, "174000", "2026-01-01", "2027-12-31", null);
            RuleValue next = value(4, "180000", "2028-01-01", null, null);
            var plan = RuleValueTimeline.planDelete(List.of(current, next), next, today);
            assertThat(plan.previousToReopen()).isEmpty();
        }

        @Test
        void theLastFutureValueOfARuleCanBeDeleted() {
            RuleValue only = value(4, "80", "2031-01-01", null, null);
            assertThat(RuleValueTimeline.planDelete(List.of(only), only, today).previousToReopen()).isEmpty();
        }

        @Test
        void deletingAValueBetweenTwoOthersThatDidNotCloseThePreviousIsRefused() {
            RuleValue a = value(3, "75", "2029-01-01", "2030-12-31", null);
            RuleValue b = value(4, "80", "2031-01-01", "2032-12-31", null);
            RuleValue c = value(5, "85", "2033-01-01", null, null);
            assertThatThrownBy(() -> RuleValueTimeline.planDelete(List.of(a, b, c), b, today))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasMessageContaining("would leave no value between")
                    .hasMessageContaining("Delete the later value first");
        }
    }

    private static RuleValue value(long id, String v, String from, String until, Long closedBy) {
        return new RuleValue(id, RuleKey.DOMESTIC_CONTENT_THRESHOLD, new BigDecimal(v), date(from),
                until == null ? null : date(until), closedBy, "test", null, Instant.EPOCH, Instant.EPOCH, 0);
    }

    private static LocalDate date(String s) {
        return LocalDate.parse(s);
    }
}
