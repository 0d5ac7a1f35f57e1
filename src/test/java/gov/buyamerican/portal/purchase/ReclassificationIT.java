package gov.buyamerican.portal.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import gov.buyamerican.portal.attestation.Attestation;
import gov.buyamerican.portal.attestation.AttestationFixtures;
import gov.buyamerican.portal.attestation.AttestationService;
import gov.buyamerican.portal.catalog.Product;
import gov.buyamerican.portal.rules.purchase.PurchaseClass;
import gov.buyamerican.portal.rules.purchase.Reason;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.support.PortalSpringTest;
import gov.buyamerican.portal.support.TestUsers;
import gov.buyamerican.portal.vendor.Vendor;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Verifying an attestation reclassifies its product's purchases in the background, after the commit. */
@PortalSpringTest
class ReclassificationIT {

    @Autowired
    PurchaseService purchases;

    @Autowired
    AttestationService attestations;

    @Autowired
    PurchaseFixtures fixtures;

    @Autowired
    TestUsers testUsers;

    @AfterEach
    void clear() {
        TestUsers.clear();
    }

    @Test
    void verifyingAnAttestationMakesItsProductsPurchasesDomestic() throws InterruptedException {
        Office office = fixtures.office();
        Vendor vendor = fixtures.vendor();
        Product product = fixtures.product();
        String staff = testUsers.ensure("reclass-staff", Role.STAFF);
        String verifier = testUsers.ensure("reclass-verifier", Role.STAFF);
        TestUsers.actAs(staff, Role.STAFF);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Purchase p = purchases.record(new PurchaseForm(today, office.id(), vendor.id(), null, product.id(), null,
                new BigDecimal("10"), new BigDecimal("2500"), null, PurchaseChannel.DIRECT_CONTRACT, null, null, "US",
                null, null, null));
        assertThat(p.classification()).isEqualTo(PurchaseClass.UNKNOWN);

        var form = AttestationFixtures.form("80", "20");
        Attestation draft = attestations.createDraft(product.id(), form);
        Attestation submitted = attestations.submit(draft.id(), draft.version(), form);
        TestUsers.actAs(verifier, Role.STAFF);
        Attestation verified = attestations.verify(submitted.id(), submitted.version());

        waitUntil(Duration.ofSeconds(60), () -> purchases.get(p.id()).classification() == PurchaseClass.DOMESTIC);
        Purchase after = purchases.get(p.id());
        assertThat(after.reason()).isEqualTo(Reason.ATTESTATION_DOMESTIC);
        assertThat(after.attestationId()).isEqualTo(verified.id());
        assertThat(after.version()).as("reclassification leaves a staff edit valid").isEqualTo(p.version());
    }

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Autowired
    gov.buyamerican.portal.audit.AuditService audit;

    @Test
    void approvingAWaiverWithThePurchasesPiidMakesItForeignWaivedWithOneAuditEntryPerBatch() throws InterruptedException {
        Office office = fixtures.office();
        Vendor vendor = fixtures.vendor();
        TestUsers.actAs(testUsers.ensure("reclass-staff", Role.STAFF), Role.STAFF);
        String piid = PurchaseFixtures.unique("W912RC");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Purchase p = purchases.record(new PurchaseForm(today, office.id(), vendor.id(), null, null, "Pumps", null, null,
                new BigDecimal("480000"), PurchaseChannel.DIRECT_CONTRACT, piid, null, "DE", null, null, null));
        assertThat(p.classification()).isEqualTo(PurchaseClass.FOREIGN_UNWAIVED);

        long waiver = fixtures.waiver("APPROVED", today.plusYears(1), java.util.List.of(piid));
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(s ->
                events.publishEvent(new gov.buyamerican.portal.waiver.WaiverStatusChanged(waiver,
                        gov.buyamerican.portal.rules.waiver.WaiverStatus.APPROVED, java.util.List.of(piid))));

        waitUntil(Duration.ofSeconds(60), () -> purchases.get(p.id()).classification() == PurchaseClass.FOREIGN_WAIVED);
        Purchase after = purchases.get(p.id());
        assertThat(after.waiverId()).isEqualTo(waiver);
        assertThat(after.waiverMatched()).isTrue();
        assertThat(after.reason()).isEqualTo(Reason.WAIVER_IN_FORCE);
        TestUsers.actAs(testUsers.ensure("reclass-auditor", Role.AUDITOR), Role.AUDITOR);
        assertThat(audit.page(new gov.buyamerican.portal.audit.AuditFilter(null, "RECLASSIFY", null, null,
                "waiver " + waiver + " approved", null, null), gov.buyamerican.portal.shared.PageQuery.first(10)))
                .singleElement().satisfies(e -> assertThat(e.summary()).contains("FOREIGN_UNWAIVED \u2192 FOREIGN_WAIVED=1"));
    }

    @Test
    void reclassifyAllRunsInTheBackgroundWithProgress() throws InterruptedException {
        TestUsers.actAs(testUsers.ensure("reclass-admin", Role.ADMIN), Role.ADMIN);
        purchases.startReclassifyAll();
        waitUntil(Duration.ofSeconds(120), () -> !purchases.reclassificationStatus().running());
        ReclassificationStatus st = purchases.reclassificationStatus();
        assertThat(st.error()).isNull();
        assertThat(st.finishedAt()).isNotNull();
        assertThat(st.done()).isEqualTo(st.total());
        // a second run finds nothing to change: the stored classification is stable
        purchases.startReclassifyAll();
        waitUntil(Duration.ofSeconds(120), () -> !purchases.reclassificationStatus().running());
        assertThat(purchases.reclassificationStatus().changed()).isZero();
    }

    /** Polls (no fixed wait): returns as soon as the condition holds, fails after the timeout. */
    private static void waitUntil(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(100);
        }
    }
}
