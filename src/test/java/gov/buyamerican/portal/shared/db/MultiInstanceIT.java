package gov.buyamerican.portal.shared.db;

import static gov.buyamerican.portal.db.Tables.AUDIT_EVENT;
import static gov.buyamerican.portal.db.Tables.WAIVER_EVENT;
import static gov.buyamerican.portal.db.Tables.WAIVER_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

import gov.buyamerican.portal.rules.waiver.ExpectedWaiverDuration;
import gov.buyamerican.portal.rules.waiver.WaiverStatus;
import gov.buyamerican.portal.rules.waiver.WaiverType;
import gov.buyamerican.portal.security.AuthorityLevel;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.ui.ErrorKind;
import gov.buyamerican.portal.support.ExternalMariaDb;
import gov.buyamerican.portal.support.PortalInstance;
import gov.buyamerican.portal.support.TestUsers;
import gov.buyamerican.portal.vendor.Vendor;
import gov.buyamerican.portal.vendor.VendorFixtures;
import gov.buyamerican.portal.vendor.VendorService;
import gov.buyamerican.portal.waiver.WaiverDetails;
import gov.buyamerican.portal.waiver.WaiverDraft;
import gov.buyamerican.portal.waiver.WaiverFixtures;
import gov.buyamerican.portal.waiver.WaiverService;
import gov.buyamerican.portal.waiver.internal.WaiverExpiry;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two portal instances, as behind a load balancer, on one external MariaDB (a separate server process): a scheduled
 * job runs once per period across them, waiver numbers stay unique when both hand them out at the same moment, and
 * optimistic locking refuses the second of two edits of the same record made on different instances.
 */
class MultiInstanceIT {

    private static final String DB = "portal_multi";
    private static final String USER = "multi_app";
    private static final String PASSWORD = "Multi-Instance-Secret-1";
    private static final String STAFF = "mi-staff";
    private static final String APPROVER = "mi-co";

    private static ExternalMariaDb server;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;
    private static DSLContext dsl;
    private ExecutorService pool;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        server = ExternalMariaDb.start("multi-instance");
        server.createDatabase(DB, USER, PASSWORD);
        a = PortalInstance.start(server, DB, USER, PASSWORD, "a");
        b = PortalInstance.start(server, DB, USER, PASSWORD, "b");
        TestUsers users = a.getBean(TestUsers.class);
        users.ensure(STAFF, Role.STAFF);
        users.ensure(APPROVER, AuthorityLevel.CONTRACTING_OFFICER, Role.APPROVER);
        dsl = a.getBean(DSLContext.class);
    }

    @AfterAll
    static void stop() throws Exception {
        for (var app : new ConfigurableApplicationContext[] {b, a}) {
            if (app != null) {
                app.close();
            }
        }
        if (server != null) {
            server.stop();
        }
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        if (pool != null) {
            pool.shutdownNow();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
        PortalInstance.clear(a);
        PortalInstance.clear(b);
    }

    private <T> T as(ConfigurableApplicationContext app, String user, Role role, Callable<T> call) throws Exception {
        PortalInstance.actAs(app, user, role);
        try {
            return call.call();
        } finally {
            PortalInstance.clear(app);
        }
    }

    /** An approved waiver whose last day in force was yesterday (its end date moved back: the test stands in for time). */
    private long overdueApprovedWaiver(ConfigurableApplicationContext app) throws Exception {
        WaiverService waivers = app.getBean(WaiverService.class);
        WaiverDraft draft = WaiverFixtures.complete(WaiverType.RESALE, WaiverFixtures.unique("Two instances"));
        draft.setExpectedDuration(ExpectedWaiverDuration.BETWEEN_6_MONTHS_AND_1_YEAR);
        WaiverDetails submitted = as(app, STAFF, Role.STAFF, () -> {
            WaiverDetails created = waivers.createDraft(draft);
            return waivers.submit(created.id(), created.version());
        });
        WaiverDetails approved = as(app, APPROVER, Role.APPROVER, () -> {
            WaiverDetails inReview = waivers.startReview(submitted.id(), submitted.version());
            return waivers.approve(inReview.id(), inReview.version(), "Commissary resale");
        });
        assertThat(approved.status()).isEqualTo(WaiverStatus.APPROVED);
        dsl.update(WAIVER_REQUEST).set(WAIVER_REQUEST.EXPIRES_ON, yesterday()).where(WAIVER_REQUEST.ID.eq(approved.id())).execute();
        return approved.id();
    }

    private String status(long waiverId) {
        return dsl.select(WAIVER_REQUEST.STATUS).from(WAIVER_REQUEST).where(WAIVER_REQUEST.ID.eq(waiverId)).fetchSingle().value1();
    }

    private int expiryEvents(long waiverId) {
        return dsl.fetchCount(WAIVER_EVENT, WAIVER_EVENT.WAIVER_ID.eq(waiverId).and(WAIVER_EVENT.ACTION.eq("EXPIRE")));
    }

    private void releaseLock(String name) {
        // stands in for the passing of the period: the row's lock_until moves to the past
        dsl.execute("UPDATE shedlock SET lock_until = UTC_TIMESTAMP(3) - INTERVAL 1 SECOND WHERE name = ?", name);
    }

    @Test
    void aScheduledJobRunsOncePerPeriodAcrossInstances() throws Exception {
        long first = overdueApprovedWaiver(a);
        a.getBean(WaiverExpiry.class).scheduledCheck();
        assertThat(status(first)).isEqualTo(WaiverStatus.EXPIRED.name());
        assertThat(dsl.fetchCount(dsl.selectFrom("shedlock").where("name = ? AND lock_until > UTC_TIMESTAMP(3)", WaiverExpiry.LOCK_NAME)))
                .as("instance A holds the job's lock row for the period").isEqualTo(1);

        // instance B's timer fires in the same period: the lock is held, B skips its run
        long second = overdueApprovedWaiver(b);
        b.getBean(WaiverExpiry.class).scheduledCheck();
        assertThat(status(second)).as("B did not run the job while A's run holds the period").isEqualTo(WaiverStatus.APPROVED.name());

        // next period: B (or A) runs it
        releaseLock(WaiverExpiry.LOCK_NAME);
        b.getBean(WaiverExpiry.class).scheduledCheck();
        assertThat(status(second)).isEqualTo(WaiverStatus.EXPIRED.name());

        // both timers firing at the same moment: one run, one expiry recorded
        long third = overdueApprovedWaiver(a);
        releaseLock(WaiverExpiry.LOCK_NAME);
        pool = Executors.newFixedThreadPool(2);
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<?>> runs = new ArrayList<>();
        for (var app : List.of(a, b)) {
            runs.add(pool.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                app.getBean(WaiverExpiry.class).scheduledCheck();
                return null;
            }));
        }
        for (Future<?> f : runs) {
            f.get(60, TimeUnit.SECONDS);
        }
        assertThat(status(third)).isEqualTo(WaiverStatus.EXPIRED.name());
        assertThat(expiryEvents(third)).isEqualTo(1);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("WAIVER_EXPIRE")
                .and(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(third))))).isEqualTo(1);
    }

    @Test
    void waiverNumbersStayUniqueWhenBothInstancesNumberAtTheSameMoment() throws Exception {
        int threadsPerInstance = 4;
        int draftsPerThread = 4;
        pool = Executors.newFixedThreadPool(2 * threadsPerInstance);
        CyclicBarrier start = new CyclicBarrier(2 * threadsPerInstance);
        List<Future<List<String>>> results = new ArrayList<>();
        for (var app : List.of(a, b)) {
            WaiverService waivers = app.getBean(WaiverService.class);
            for (int t = 0; t < threadsPerInstance; t++) {
                results.add(pool.submit(() -> {
                    PortalInstance.actAs(app, STAFF, Role.STAFF);
                    try {
                        start.await(30, TimeUnit.SECONDS);
                        List<String> numbers = new ArrayList<>();
                        for (int i = 0; i < draftsPerThread; i++) {
                            numbers.add(waivers.createDraft(WaiverFixtures.complete(WaiverType.RESALE,
                                    WaiverFixtures.unique("Numbering"))).number());
                        }
                        return numbers;
                    } finally {
                        PortalInstance.clear(app);
                    }
                }));
            }
        }
        List<String> all = new ArrayList<>();
        for (Future<List<String>> f : results) {
            all.addAll(f.get(120, TimeUnit.SECONDS));
        }
        assertThat(all).hasSize(2 * threadsPerInstance * draftsPerThread);
        assertThat(new HashSet<>(all)).as("no number handed out twice").hasSameSizeAs(all);
        assertThat(dsl.fetchCount(dsl.selectDistinct(WAIVER_REQUEST.WAIVER_NUMBER).from(WAIVER_REQUEST)
                .where(WAIVER_REQUEST.WAIVER_NUMBER.in(all)))).isEqualTo(all.size());
    }

    @Test
    void theSecondOfTwoEditsOnDifferentInstancesIsRefused() throws Exception {
        VendorService onA = a.getBean(VendorService.class);
        VendorService onB = b.getBean(VendorService.class);
        Vendor created = as(a, STAFF, Role.STAFF, () -> onA.create(VendorFixtures.form("Two Instance Steel " + VendorFixtures.word())));
        // both users opened the same version, one on each instance
        Vendor seenOnA = as(a, STAFF, Role.STAFF, () -> onA.get(created.id()));
        Vendor seenOnB = as(b, STAFF, Role.STAFF, () -> onB.get(created.id()));
        assertThat(seenOnB.version()).isEqualTo(seenOnA.version());

        as(a, STAFF, Role.STAFF, () -> onA.update(created.id(), seenOnA.version(), formOf(seenOnA).withLegalName("Changed On A")));
        Throwable refused = null;
        try {
            as(b, STAFF, Role.STAFF, () -> onB.update(created.id(), seenOnB.version(), formOf(seenOnB).withLegalName("Changed On B")));
        } catch (Exception e) {
            refused = e;
        }
        assertThat(refused).isNotNull();
        assertThat(ErrorKind.of(refused)).isEqualTo(ErrorKind.CONFLICT);
        assertThat(as(b, STAFF, Role.STAFF, () -> onB.get(created.id())).legalName()).isEqualTo("Changed On A");

        // the same at the same moment: exactly one of the two edits is stored
        Vendor current = as(a, STAFF, Role.STAFF, () -> onA.get(created.id()));
        pool = Executors.newFixedThreadPool(2);
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Vendor>> edits = new ArrayList<>();
        for (var app : List.of(a, b)) {
            VendorService service = app.getBean(VendorService.class);
            String name = app == a ? "Raced On A" : "Raced On B";
            edits.add(pool.submit(() -> {
                PortalInstance.actAs(app, STAFF, Role.STAFF);
                try {
                    start.await(30, TimeUnit.SECONDS);
                    return service.update(created.id(), current.version(), formOf(current).withLegalName(name));
                } finally {
                    PortalInstance.clear(app);
                }
            }));
        }
        List<Vendor> stored = new ArrayList<>();
        List<Throwable> conflicts = new ArrayList<>();
        for (Future<Vendor> f : edits) {
            try {
                stored.add(f.get(60, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                conflicts.add(e.getCause());
            }
        }
        assertThat(stored).hasSize(1);
        assertThat(conflicts).singleElement().satisfies(t -> assertThat(ErrorKind.of(t)).isEqualTo(ErrorKind.CONFLICT));
        Vendor finalState = as(a, STAFF, Role.STAFF, () -> onA.get(created.id()));
        assertThat(finalState.legalName()).isEqualTo(stored.getFirst().legalName());
        assertThat(finalState.version()).isEqualTo(current.version() + 1);
    }

    private static gov.buyamerican.portal.vendor.VendorForm formOf(Vendor v) {
        return new gov.buyamerican.portal.vendor.VendorForm(v.legalName(), v.dbaName(), v.uei(), v.cageCode(),
                v.countryCode(), v.addressLine1(), v.addressLine2(), v.city(), v.stateRegion(), v.postalCode(), v.phone(),
                v.website(), v.kind(), v.size(), Set.copyOf(v.categories()), v.samExpiryDate());
    }

    static LocalDate yesterday() {
        return LocalDate.now(ZoneOffset.UTC).minusDays(1);
    }
}
