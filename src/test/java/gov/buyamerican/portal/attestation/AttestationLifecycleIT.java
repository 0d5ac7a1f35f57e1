package gov.buyamerican.portal.attestation;

import static gov.buyamerican.portal.attestation.AttestationFixtures.form;
import static gov.buyamerican.portal.db.Tables.ATTESTATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.buyamerican.portal.rules.domesticcontent.AppliedRule;
import gov.buyamerican.portal.rules.domesticcontent.Classification;
import gov.buyamerican.portal.rules.domesticcontent.ProductKind;
import gov.buyamerican.portal.audit.AuditEvent;
import gov.buyamerican.portal.catalog.Product;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ConcurrentEditException;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.support.PortalSpringTest;
import gov.buyamerican.portal.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** The attestation lifecycle on the real database: submit, no edit after, separation of duties, supersede, expiry. */
@PortalSpringTest
class AttestationLifecycleIT {

    @Autowired AttestationService attestations;
    @Autowired AttestationFixtures fixtures;
    @Autowired TestUsers testUsers;
    @Autowired DSLContext dsl;

    String clerk;
    String reviewer;

    @BeforeEach
    void users() {
        clerk = testUsers.ensure("att-clerk", Role.STAFF);
        reviewer = testUsers.ensure("att-reviewer", Role.STAFF);
    }

    @AfterEach
    void clear() {
        TestUsers.clear();
    }

    private Attestation submitted(Product p, AttestationForm f) {
        TestUsers.actAs(clerk, Role.STAFF);
        Attestation draft = attestations.createDraft(p.id(), f);
        return attestations.submit(draft.id(), draft.version(), f);
    }

    @Test
    void submittingStoresTheComputedResultWithItsThresholdAndCertification() {
        Product p = fixtures.product(ProductKind.MANUFACTURED);
        Attestation a = submitted(p, form("65.01", "34.99"));

        assertThat(a.status()).isEqualTo(AttestationStatus.SUBMITTED);
        assertThat(a.result().classification()).isEqualTo(Classification.DOMESTIC);
        assertThat(a.result().rule()).isEqualTo(AppliedRule.COMPONENT_TEST);
        assertThat(a.result().thresholdPercent()).isEqualByComparingTo("65");
        assertThat(a.result().thresholdComparison()).isEqualTo(">");
        assertThat(a.result().domesticSharePercent()).isEqualByComparingTo("65.01");
        assertThat(a.result().totalCost()).isEqualByComparingTo("100");
        assertThat(a.result().explanation()).contains("65");
        assertThat(a.result().parameters()).contains("delivery year 2026").contains("> 65%");
        assertThat(a.certificationVersion()).isEqualTo(Certification.VERSION);
        assertThat(a.certificationText()).isEqualTo(Certification.TEXT);
        assertThat(a.signedAt()).isNotNull();
        assertThat(a.validUntil()).isAfter(LocalDate.now().plusDays(300));
        assertThat(a.enteredBy()).isEqualTo(clerk);

        // exactly at the threshold is not "more than 65%"
        Attestation atThreshold = submitted(fixtures.product(ProductKind.MANUFACTURED), form("65", "35"));
        assertThat(atThreshold.result().classification()).isEqualTo(Classification.FOREIGN);
    }

    @Test
    void aSubmittedAttestationIsNeverEditedAndCannotBeSubmittedTwice() {
        Attestation a = submitted(fixtures.product(ProductKind.MANUFACTURED), form("80", "20"));
        assertThatThrownBy(() -> attestations.updateDraft(a.id(), a.version(), form("10", "90")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("never edited");
        assertThatThrownBy(() -> attestations.submit(a.id(), a.version(), form("80", "20")))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> attestations.deleteDraft(a.id(), a.version()))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(attestations.get(a.id()).components()).extracting(c -> c.cost().toPlainString())
                .containsExactly("80.00", "20.00");
    }

    @Test
    void incompleteFormsAreRefusedOnSubmitWithTheField() {
        TestUsers.actAs(clerk, Role.STAFF);
        Product p = fixtures.product(ProductKind.MANUFACTURED);
        TestUsers.actAs(clerk, Role.STAFF);
        AttestationForm noSigner = new AttestationForm("US", null, null, null, 2026, false, form("1", "1").components(),
                null, null, null, true);
        Attestation d = attestations.createDraft(p.id(), noSigner);
        assertThatThrownBy(() -> attestations.submit(d.id(), d.version(), noSigner)).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).field()).isEqualTo("signerName");
        AttestationForm negative = form("-5", "10");
        Attestation d2 = attestations.updateDraft(d.id(), d.version(), negative);
        assertThatThrownBy(() -> attestations.submit(d2.id(), d2.version(), negative)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("greater than zero");
        assertThat(attestations.get(d.id()).status()).isEqualTo(AttestationStatus.DRAFT);
    }

    @Test
    void theVerifierMustNotBeTheOneWhoEnteredIt() {
        Attestation a = submitted(fixtures.product(ProductKind.MANUFACTURED), form("80", "20"));
        TestUsers.actAs(clerk, Role.STAFF);
        assertThatThrownBy(() -> attestations.verify(a.id(), a.version())).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("someone else");
        TestUsers.actAs(reviewer, Role.STAFF);
        Attestation v = attestations.verify(a.id(), a.version());
        assertThat(v.status()).isEqualTo(AttestationStatus.VERIFIED);
        assertThat(v.verifiedBy()).isEqualTo(reviewer);
        ProductOrigin origin = attestations.originOf(a.productId());
        assertThat(origin.classification()).isEqualTo(Classification.DOMESTIC);
        assertThat(origin.attestationId()).isEqualTo(a.id());
        List<AuditEvent> history = attestations.history(a.id(), PageQuery.first(20));
        assertThat(history).extracting(AuditEvent::action).contains("CREATE", "SUBMIT", "VERIFY");
        assertThat(history).filteredOn(e -> e.action().equals("VERIFY")).extracting(AuditEvent::actor).containsOnly(reviewer);
    }

    @Test
    void aStaleVersionIsAConcurrentEdit() {
        TestUsers.actAs(clerk, Role.STAFF);
        Product p = fixtures.product(ProductKind.MANUFACTURED);
        TestUsers.actAs(clerk, Role.STAFF);
        Attestation d = attestations.createDraft(p.id(), form("1", "1"));
        attestations.updateDraft(d.id(), d.version(), form("2", "1"));
        assertThatThrownBy(() -> attestations.updateDraft(d.id(), d.version(), form("3", "1")))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aCorrectionIsANewVersionThatSupersedesTheOriginalAndHistoryShowsBoth() {
        Product p = fixtures.product(ProductKind.MANUFACTURED);
        Attestation v1 = submitted(p, form("80", "20"));
        TestUsers.actAs(reviewer, Role.STAFF);
        v1 = attestations.verify(v1.id(), v1.version());

        TestUsers.actAs(clerk, Role.STAFF);
        Attestation v2 = attestations.correct(v1.id());
        assertThat(v2.versionNo()).isEqualTo(2);
        assertThat(v2.status()).isEqualTo(AttestationStatus.DRAFT);
        assertThat(v2.correctsId()).isEqualTo(v1.id());
        v2 = attestations.submit(v2.id(), v2.version(), form("30", "70"));
        // the verified original stays the product's statement until the correction is verified
        assertThat(attestations.get(v1.id()).status()).isEqualTo(AttestationStatus.VERIFIED);

        TestUsers.actAs(reviewer, Role.STAFF);
        attestations.verify(v2.id(), v2.version());
        Attestation old = attestations.get(v1.id());
        assertThat(old.status()).isEqualTo(AttestationStatus.SUPERSEDED);
        assertThat(old.supersededById()).isEqualTo(v2.id());
        assertThat(old.result().classification()).isEqualTo(Classification.DOMESTIC);
        assertThat(attestations.forProduct(p.id())).extracting(AttestationSummary::versionNo, AttestationSummary::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, AttestationStatus.VERIFIED),
                        org.assertj.core.groups.Tuple.tuple(1, AttestationStatus.SUPERSEDED));
        assertThat(attestations.originOf(p.id()).classification()).isEqualTo(Classification.FOREIGN);
    }

    @Test
    void aCorrectionOfAnUnverifiedAttestationSupersedesItOnSubmit() {
        Product p = fixtures.product(ProductKind.MANUFACTURED);
        Attestation v1 = submitted(p, form("80", "20"));
        TestUsers.actAs(clerk, Role.STAFF);
        Attestation v2 = attestations.correct(v1.id());
        attestations.submit(v2.id(), v2.version(), form("80", "20"));
        assertThat(attestations.get(v1.id()).status()).isEqualTo(AttestationStatus.SUPERSEDED);
        TestUsers.actAs(reviewer, Role.STAFF);
        Attestation old = attestations.get(v1.id());
        assertThatThrownBy(() -> attestations.verify(old.id(), old.version())).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void rejectingNeedsAReason() {
        Attestation a = submitted(fixtures.product(ProductKind.MANUFACTURED), form("80", "20"));
        TestUsers.actAs(reviewer, Role.STAFF);
        assertThatThrownBy(() -> attestations.reject(a.id(), a.version(), "  "))
                .isInstanceOf(BusinessRuleException.class).extracting(e -> ((BusinessRuleException) e).field())
                .isEqualTo("reason");
        Attestation r = attestations.reject(a.id(), a.version(), "Costs do not add up");
        assertThat(r.status()).isEqualTo(AttestationStatus.REJECTED);
        assertThat(r.rejectionReason()).isEqualTo("Costs do not add up");
        assertThat(attestations.originOf(a.productId()).hasValidAttestation()).isFalse();
    }

    @Test
    void attestationsPastTheirLastValidDayExpireOnceAndAreAudited() {
        Product p = fixtures.product(ProductKind.MANUFACTURED);
        Attestation a = submitted(p, form("80", "20"));
        TestUsers.actAs(reviewer, Role.STAFF);
        attestations.verify(a.id(), a.version());
        assertThat(attestations.expiringWithin(400, PageQuery.first(500))).extracting(AttestationSummary::id).contains(a.id());
        dsl.update(ATTESTATION).set(ATTESTATION.VALID_UNTIL, LocalDate.now().minusDays(1))
                .where(ATTESTATION.ID.eq(a.id())).execute();

        // (the scheduled job may run the same method at any moment: the assertions hold either way)
        attestations.expireOverdue();
        assertThat(attestations.get(a.id()).status()).isEqualTo(AttestationStatus.EXPIRED);
        attestations.expireOverdue(); // idempotent
        assertThat(attestations.history(a.id(), PageQuery.first(50))).filteredOn(e -> e.action().equals("EXPIRE"))
                .hasSize(1);
        assertThat(attestations.originOf(p.id()).hasValidAttestation()).isFalse();
        assertThat(attestations.productsWithoutValidAttestation(PageQuery.first(500)))
                .extracting(ProductWithoutAttestation::productId).contains(p.id());
    }

    @Test
    void listsFindMostlyForeignVendors() {
        Product p = fixtures.product(ProductKind.MANUFACTURED);
        Attestation a = submitted(p, form("10", "90"));
        TestUsers.actAs(reviewer, Role.STAFF);
        attestations.verify(a.id(), a.version());
        assertThat(attestations.vendorsMostlyForeign(PageQuery.first(500))).extracting(VendorOriginShare::vendorId)
                .contains(p.offerorId());
    }

    @Test
    void rolesAreCheckedInTheServiceLayer() {
        Product p = fixtures.product(ProductKind.MANUFACTURED);
        Attestation a = submitted(p, form("80", "20"));
        for (Role reader : List.of(Role.REPORTS, Role.AUDITOR, Role.APPROVER)) {
            TestUsers.actAs("att-" + reader.name().toLowerCase(), reader);
            assertThat(attestations.get(a.id()).id()).isEqualTo(a.id());
            assertThatThrownBy(() -> attestations.createDraft(p.id(), form("1", "1"))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> attestations.verify(a.id(), a.version())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> attestations.invite(p.id(), "X", "x@example.com", "http://portal.test")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> attestations.expireOverdue()).isInstanceOf(AccessDeniedException.class);
        }
        TestUsers.clear();
        assertThatThrownBy(() -> attestations.get(a.id())).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> attestations.forProduct(p.id())).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
