package gov.buyamerican.portal.waiver;

import static gov.buyamerican.portal.db.Tables.WAIVER_EVENT;
import static gov.buyamerican.portal.waiver.WaiverFixtures.complete;
import static gov.buyamerican.portal.waiver.WaiverFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import gov.buyamerican.portal.audit.AuditEvent;
import gov.buyamerican.portal.audit.AuditFilter;
import gov.buyamerican.portal.audit.AuditService;
import gov.buyamerican.portal.security.AuthorityLevel;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ConcurrentEditException;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.support.PortalSpringTest;
import gov.buyamerican.portal.support.TestUsers;
import gov.buyamerican.portal.rules.waiver.WaiverStatus;
import gov.buyamerican.portal.rules.waiver.WaiverType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two approvers deciding at the same moment, and many requests numbered at the same moment, on the real database. */
@PortalSpringTest
class WaiverConcurrencyIT {

    static final String STAFF = "wcon-staff";
    static final String CO1 = "wcon-co1";
    static final String CO2 = "wcon-co2";

    @Autowired
    WaiverService waivers;
    @Autowired
    AuditService audit;
    @Autowired
    TestUsers testUsers;
    @Autowired
    DSLContext dsl;

    private ExecutorService pool;

    @BeforeEach
    void setUp() {
        testUsers.ensure(STAFF, Role.STAFF);
        testUsers.ensure(CO1, AuthorityLevel.CONTRACTING_OFFICER, Role.APPROVER);
        testUsers.ensure(CO2, AuthorityLevel.CONTRACTING_OFFICER, Role.APPROVER);
        testUsers.ensure("wcon-auditor", Role.AUDITOR);
        pool = Executors.newFixedThreadPool(8);
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        TestUsers.clear();
    }

    /** Runs the task in a pool thread as the given user. */
    private <T> Future<T> as(String user, Role role, CyclicBarrier start, Callable<T> task) {
        return pool.submit(() -> {
            TestUsers.actAs(user, role);
            try {
                start.await(10, TimeUnit.SECONDS);
                return task.call();
            } finally {
                TestUsers.clear();
            }
        });
    }

    @RepeatedTest(3)
    void twoApproversDecidingAtTheSameMomentRecordExactlyOneDecision() throws Exception {
        TestUsers.actAs(STAFF, Role.STAFF);
        WaiverDetails draft = waivers.createDraft(complete(WaiverType.UNREASONABLE_COST, unique("Race")));
        WaiverDetails submitted = waivers.submit(draft.id(), draft.version());
        TestUsers.actAs(CO1, Role.APPROVER);
        WaiverDetails inReview = waivers.startReview(draft.id(), submitted.version());
        TestUsers.clear();

        CyclicBarrier start = new CyclicBarrier(2);
        Future<WaiverDetails> approve = as(CO1, Role.APPROVER, start,
                () -> waivers.approve(draft.id(), inReview.version(), "Cost unreasonable by FAR 25.106."));
        Future<WaiverDetails> reject = as(CO2, Role.APPROVER, start,
                () -> waivers.reject(draft.id(), inReview.version(), "Ask for a new domestic quote."));

        List<Throwable> failures = new ArrayList<>();
        List<WaiverDetails> successes = new ArrayList<>();
        for (Future<WaiverDetails> f : List.of(approve, reject)) {
            try {
                successes.add(f.get(30, TimeUnit.SECONDS));
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        assertThat(successes).hasSize(1);
        assertThat(failures).singleElement().satisfies(t -> {
            assertThat(t).isInstanceOfAny(BusinessRuleException.class, ConcurrentEditException.class);
            assertThat(t.getMessage()).contains(draft.number()).contains("not recorded");
        });
        WaiverStatus outcome = successes.getFirst().status();
        assertThat(outcome).isIn(WaiverStatus.APPROVED, WaiverStatus.REJECTED);

        int decisions = dsl.fetchCount(WAIVER_EVENT, WAIVER_EVENT.WAIVER_ID.eq(draft.id())
                .and(WAIVER_EVENT.ACTION.in("APPROVE", "REJECT")));
        assertThat(decisions).isEqualTo(1);
        TestUsers.actAs("wcon-auditor", Role.AUDITOR);
        List<AuditEvent> trail = audit.page(AuditFilter.forEntity(WaiverService.ENTITY, String.valueOf(draft.id())),
                PageQuery.first(50));
        assertThat(trail).filteredOn(e -> e.action().equals("WAIVER_APPROVE") || e.action().equals("WAIVER_REJECT"))
                .singleElement().satisfies(e -> assertThat(e.action())
                        .isEqualTo(outcome == WaiverStatus.APPROVED ? "WAIVER_APPROVE" : "WAIVER_REJECT"));
        WaiverDetails stored = waivers.get(draft.id());
        assertThat(stored.status()).isEqualTo(outcome);
        assertThat(stored.version()).isEqualTo(inReview.version() + 1);
    }

    @Test
    void numbersStayUniqueWhenManyRequestsAreDraftedAtOnce() throws Exception {
        int threads = 8;
        int perThread = 5;
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<List<String>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(as(STAFF, Role.STAFF, start, () -> {
                List<String> numbers = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    numbers.add(waivers.createDraft(complete(WaiverType.RESALE, unique("Numbering"))).number());
                }
                return numbers;
            }));
        }
        Set<String> all = new HashSet<>();
        int total = 0;
        for (Future<List<String>> f : futures) {
            List<String> numbers = f.get(120, TimeUnit.SECONDS);
            total += numbers.size();
            all.addAll(numbers);
        }
        assertThat(total).isEqualTo(threads * perThread);
        assertThat(all).hasSize(threads * perThread);
        assertThat(all).allSatisfy(n -> assertThat(n).matches("W-\\d{4}-\\d{4,}"));
    }
}
