package gov.buyamerican.portal.rules.waiver;

import static gov.buyamerican.portal.rules.waiver.WaiverAction.*;
import static gov.buyamerican.portal.rules.waiver.WaiverStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class WaiverStateMachineTest {

    /** The rules, written out independently of the implementation: every allowed (status, action). */
    private static final Map<WaiverStatus, Map<WaiverAction, WaiverStatus>> ALLOWED = Map.of(
            DRAFT, Map.of(SUBMIT, SUBMITTED, WITHDRAW, WITHDRAWN),
            SUBMITTED, Map.of(START_REVIEW, IN_REVIEW, WITHDRAW, WITHDRAWN),
            IN_REVIEW, Map.of(APPROVE, APPROVED, REJECT, REJECTED, RETURN_FOR_CHANGES, RETURNED, WITHDRAW, WITHDRAWN),
            RETURNED, Map.of(RESUBMIT, SUBMITTED, WITHDRAW, WITHDRAWN),
            APPROVED, Map.of(EXPIRE, EXPIRED),
            REJECTED, Map.of(),
            WITHDRAWN, Map.of(),
            EXPIRED, Map.of());

    static Stream<Arguments> everyStatusAndAction() {
        List<Arguments> all = new ArrayList<>();
        for (WaiverStatus s : WaiverStatus.values()) {
            for (WaiverAction a : WaiverAction.values()) {
                all.add(Arguments.of(s, a));
            }
        }
        return all.stream();
    }

    @Test
    void theTableCoversEveryStatus() {
        assertThat(ALLOWED).containsOnlyKeys(WaiverStatus.values());
        assertThat(WaiverStatus.values().length * WaiverAction.values().length).isEqualTo(64);
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyStatusAndAction")
    void everyTransitionIsAllowedOrRefusedAsTheRulesSay(WaiverStatus status, WaiverAction action) {
        WaiverStatus expected = ALLOWED.get(status).get(action);
        if (expected != null) {
            assertThat(WaiverStateMachine.next(status, action)).isEqualTo(expected);
            assertThat(WaiverStateMachine.tryNext(status, action)).contains(expected);
            assertThat(WaiverStateMachine.allowedActions(status)).contains(action);
        } else {
            assertThatThrownBy(() -> WaiverStateMachine.next(status, action))
                    .isInstanceOf(IllegalWaiverTransitionException.class)
                    .hasMessageStartingWith("Cannot " + action.label().toLowerCase() + " a waiver request that is "
                            + status.label().toLowerCase())
                    .satisfies(e -> {
                        IllegalWaiverTransitionException ex = (IllegalWaiverTransitionException) e;
                        assertThat(ex.status()).isEqualTo(status);
                        assertThat(ex.action()).isEqualTo(action);
                    });
            assertThat(WaiverStateMachine.tryNext(status, action)).isEmpty();
            assertThat(WaiverStateMachine.allowedActions(status)).doesNotContain(action);
        }
    }

    @ParameterizedTest
    @EnumSource(WaiverStatus.class)
    void allowedActionsAreExactlyTheTable(WaiverStatus status) {
        assertThat(WaiverStateMachine.allowedActions(status))
                .containsExactlyInAnyOrderElementsOf(ALLOWED.get(status).keySet());
    }

    @ParameterizedTest
    @EnumSource(value = WaiverStatus.class, names = {"REJECTED", "WITHDRAWN", "EXPIRED"})
    void finalStatusesAllowNothingAndSaySo(WaiverStatus status) {
        assertThat(status.isTerminal()).isTrue();
        assertThat(WaiverStateMachine.allowedActions(status)).isEmpty();
        assertThatThrownBy(() -> WaiverStateMachine.next(status, WITHDRAW))
                .hasMessageContaining("is a final status and no further action is possible");
    }

    @Test
    void onlyRejectedWithdrawnExpiredAreTerminal() {
        assertThat(EnumSet.allOf(WaiverStatus.class).stream().filter(WaiverStatus::isTerminal))
                .containsExactlyInAnyOrder(REJECTED, WITHDRAWN, EXPIRED);
    }

    @ParameterizedTest
    @EnumSource(value = WaiverAction.class, names = {"APPROVE", "REJECT", "RETURN_FOR_CHANGES"})
    void approversCannotDecideStraightFromSubmitted(WaiverAction action) {
        assertThatThrownBy(() -> WaiverStateMachine.next(SUBMITTED, action))
                .hasMessageContaining("an approver must start the review first")
                .hasMessageContaining("Allowed now: Start review (approver), Withdraw (requester).");
    }

    @Test
    void aReturnedRequestIsResubmittedNotSubmitted() {
        assertThatThrownBy(() -> WaiverStateMachine.next(RETURNED, SUBMIT))
                .hasMessageContaining("Resubmit");
        assertThat(WaiverStateMachine.next(RETURNED, RESUBMIT)).isEqualTo(SUBMITTED);
    }

    @Test
    void aDecidedRequestCannotBeWithdrawn() {
        assertThatThrownBy(() -> WaiverStateMachine.next(APPROVED, WITHDRAW))
                .hasMessage("Cannot withdraw a waiver request that is approved: a request can be withdrawn only "
                        + "before a decision. Allowed now: Expire (system).");
    }

    @Test
    void actionsBelongToOneKindOfActor() {
        assertThat(EnumSet.allOf(WaiverAction.class).stream().filter(a -> a.actor() == WaiverActor.REQUESTER))
                .containsExactlyInAnyOrder(SUBMIT, RESUBMIT, WITHDRAW);
        assertThat(EnumSet.allOf(WaiverAction.class).stream().filter(a -> a.actor() == WaiverActor.APPROVER))
                .containsExactlyInAnyOrder(START_REVIEW, RETURN_FOR_CHANGES, APPROVE, REJECT);
        assertThat(EnumSet.allOf(WaiverAction.class).stream().filter(a -> a.actor() == WaiverActor.SYSTEM))
                .containsExactly(EXPIRE);
        assertThat(WaiverStateMachine.allowedActions(IN_REVIEW, WaiverActor.APPROVER))
                .containsExactlyInAnyOrder(APPROVE, REJECT, RETURN_FOR_CHANGES);
        assertThat(WaiverStateMachine.allowedActions(IN_REVIEW, WaiverActor.REQUESTER)).containsExactly(WITHDRAW);
    }

    @Test
    void aTypicalLifeWithOneReturn() {
        WaiverStatus s = DRAFT;
        for (WaiverAction a : List.of(SUBMIT, START_REVIEW, RETURN_FOR_CHANGES, RESUBMIT, START_REVIEW, APPROVE, EXPIRE)) {
            s = WaiverStateMachine.next(s, a);
        }
        assertThat(s).isEqualTo(EXPIRED);
    }

    /** Random walks: whatever the actions, the machine stays consistent with the table and ends final or live. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void randomWalksFollowTheTable(long seed) {
        Random random = new Random(seed);
        for (int walk = 0; walk < 500; walk++) {
            WaiverStatus s = DRAFT;
            boolean decided = false;
            for (int step = 0; step < 20; step++) {
                WaiverAction a = WaiverAction.values()[random.nextInt(WaiverAction.values().length)];
                WaiverStatus expected = ALLOWED.get(s).get(a);
                if (expected == null) {
                    WaiverStatus from = s;
                    assertThatThrownBy(() -> WaiverStateMachine.next(from, a))
                            .isInstanceOf(IllegalWaiverTransitionException.class);
                    continue;
                }
                s = WaiverStateMachine.next(s, a);
                assertThat(s).isEqualTo(expected);
                if (a.isDecision()) {
                    decided = true;
                }
                if (decided) {
                    assertThat(s).as("after a decision a request is never back in the workflow")
                            .isIn(APPROVED, REJECTED, EXPIRED);
                }
            }
        }
    }
}
