package gov.buyamerican.portal.purchase.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.buyamerican.portal.purchase.PurchaseFixtures;
import gov.buyamerican.portal.reference.MissingRuleValueException;
import gov.buyamerican.portal.rules.purchase.PurchaseClass;
import gov.buyamerican.portal.rules.purchase.Reason;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.support.PortalSpringTest;
import gov.buyamerican.portal.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The facts the classification reads from the reference table, attestations and waivers, at their date boundaries. */
@PortalSpringTest
class ClassificationInputsIT {

    @Autowired
    ClassificationInputs inputs;

    @Autowired
    PurchaseFixtures fixtures;

    @Autowired
    TestUsers testUsers;

    private static final BigDecimal BIG = new BigDecimal("50000.00");

    @BeforeEach
    void staff() {
        TestUsers.actAs(testUsers.ensure("classification-it", Role.STAFF), Role.STAFF);
    }

    @AfterEach
    void clear() {
        TestUsers.clear();
    }

    private static ClassificationInput in(LocalDate date, BigDecimal amount, Long productId, String country,
                                          Long waiverId, String piid) {
        return new ClassificationInput(date, amount, productId, null, country, null, waiverId, piid);
    }

    @Test
    void microPurchaseThresholdChangesOn2025_10_01FromTheReferenceTable() {
        var s = inputs.snapshot(List.of(), List.of());
        assertThat(s.microPurchaseThresholdOn(LocalDate.of(2025, 9, 30))).isEqualByComparingTo("10000");
        assertThat(s.microPurchaseThresholdOn(LocalDate.of(2025, 10, 1))).isEqualByComparingTo("15000");
        BigDecimal amount = new BigDecimal("12000.00");
        assertThat(s.classify(in(LocalDate.of(2025, 9, 30), amount, null, "CN", null, null)).classification().reason())
                .isEqualTo(Reason.FOREIGN_COUNTRY_OF_ORIGIN);
        Classified after = s.classify(in(LocalDate.of(2025, 10, 1), amount, null, "CN", null, null));
        assertThat(after.classification().purchaseClass()).isEqualTo(PurchaseClass.EXEMPT_MICRO_PURCHASE);
        assertThat(after.microPurchaseThreshold()).isEqualByComparingTo("15000");
        assertThat(s.classify(in(LocalDate.of(2025, 10, 1), new BigDecimal("15000.00"), null, "CN", null, null))
                .classification().purchaseClass()).isEqualTo(PurchaseClass.EXEMPT_MICRO_PURCHASE);
        assertThat(s.classify(in(LocalDate.of(2025, 10, 1), new BigDecimal("15000.01"), null, "CN", null, null))
                .classification().purchaseClass()).isEqualTo(PurchaseClass.FOREIGN_UNWAIVED);
        assertThatThrownBy(() -> s.microPurchaseThresholdOn(LocalDate.of(1990, 1, 1)))
                .isInstanceOf(MissingRuleValueException.class);
    }

    @Test
    void attestationCoversItsSigningDayToItsLastValidDay() {
        long product = fixtures.product().id();
        LocalDate signed = LocalDate.of(2025, 3, 10);
        LocalDate until = LocalDate.of(2026, 3, 9);
        long att = fixtures.attestation(product, "EXPIRED", true, signed, until);
        var s = inputs.snapshot(List.of(product), List.of());
        assertThat(s.classify(in(signed.minusDays(1), BIG, product, "US", null, null)).classification().reason())
                .isEqualTo(Reason.US_ORIGIN_UNATTESTED);
        Classified first = s.classify(in(signed, BIG, product, "US", null, null));
        assertThat(first.classification().purchaseClass()).isEqualTo(PurchaseClass.DOMESTIC);
        assertThat(first.attestationId()).isEqualTo(att);
        assertThat(s.classify(in(until, BIG, product, "US", null, null)).classification().purchaseClass())
                .isEqualTo(PurchaseClass.DOMESTIC);
        assertThat(s.classify(in(until.plusDays(1), BIG, product, "US", null, null)).classification().reason())
                .isEqualTo(Reason.ATTESTATION_NOT_VALID_ON_DATE);
    }

    @Test
    void aSupersededAttestationStillSpeaksForItsDaysAndTheNewerOneTakesOverFromItsSigning() {
        long product = fixtures.product().id();
        long old = fixtures.attestation(product, "SUPERSEDED", false, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        long newer = fixtures.attestation(product, "VERIFIED", true, LocalDate.of(2025, 6, 1), LocalDate.of(2026, 5, 31));
        var s = inputs.snapshot(List.of(product), List.of());
        Classified before = s.classify(in(LocalDate.of(2025, 5, 31), BIG, product, null, null, null));
        assertThat(before.classification().reason()).isEqualTo(Reason.ATTESTATION_FOREIGN);
        assertThat(before.attestationId()).isEqualTo(old);
        Classified after = s.classify(in(LocalDate.of(2025, 6, 1), BIG, product, null, null, null));
        assertThat(after.classification().reason()).isEqualTo(Reason.ATTESTATION_DOMESTIC);
        assertThat(after.attestationId()).isEqualTo(newer);
        // a single purchase loads only its product's attestations and gives the same answer
        assertThat(inputs.classify(in(LocalDate.of(2025, 5, 31), BIG, product, null, null, null)).attestationId())
                .isEqualTo(old);
    }

    @Test
    void rejectedOrUnverifiedAttestationsDoNotCount() {
        long product = fixtures.product().id();
        fixtures.attestation(product, "REJECTED", true, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        var s = inputs.snapshot(List.of(product), List.of());
        assertThat(s.classify(in(LocalDate.of(2025, 6, 1), BIG, product, "US", null, null)).classification().reason())
                .isEqualTo(Reason.US_ORIGIN_UNATTESTED);
    }

    @Test
    void aLinkedWaiverCoversUntilItsLastDay() {
        long w = fixtures.waiver("EXPIRED", LocalDate.of(2025, 8, 31), List.of());
        var s = inputs.snapshot(List.of(), List.of(w));
        Classified inForce = s.classify(in(LocalDate.of(2025, 8, 31), BIG, null, "CN", w, null));
        assertThat(inForce.classification().reason()).isEqualTo(Reason.WAIVER_IN_FORCE);
        assertThat(inForce.waiverId()).isEqualTo(w);
        assertThat(inForce.waiverMatched()).isFalse();
        Classified expired = s.classify(in(LocalDate.of(2025, 9, 1), BIG, null, "CN", w, null));
        assertThat(expired.classification().reason()).isEqualTo(Reason.WAIVER_NOT_IN_FORCE);
        assertThat(expired.waiverId()).isEqualTo(w);
        long pending = fixtures.waiver("SUBMITTED", null, List.of());
        assertThat(inputs.classify(in(LocalDate.of(2025, 9, 1), BIG, null, "CN", pending, null))
                .classification().reason()).isEqualTo(Reason.WAIVER_NOT_IN_FORCE);
    }

    @Test
    void anApprovedWaiverIsMatchedOnThePiidWhileInForce() {
        String piid = PurchaseFixtures.unique("PIIDM");
        long w = fixtures.waiver("APPROVED", LocalDate.of(2026, 6, 30), List.of("OTHER-" + piid, piid));
        long rejected = fixtures.waiver("REJECTED", null, List.of(PurchaseFixtures.unique("PIIDR")));
        var s = inputs.snapshot();
        Classified matched = s.classify(in(LocalDate.of(2026, 1, 15), BIG, null, "CN", null,
                " " + piid.toLowerCase(java.util.Locale.ROOT) + " "));
        assertThat(matched.classification().reason()).isEqualTo(Reason.WAIVER_IN_FORCE);
        assertThat(matched.waiverId()).isEqualTo(w);
        assertThat(matched.waiverMatched()).isTrue();
        Classified late = s.classify(in(LocalDate.of(2026, 7, 1), BIG, null, "CN", null, piid));
        assertThat(late.waiverId()).isNull();
        assertThat(late.classification().reason()).isEqualTo(Reason.FOREIGN_COUNTRY_OF_ORIGIN);
        assertThat(s.classify(in(LocalDate.of(2026, 1, 15), BIG, null, "CN", null, "NOPE-" + piid)).waiverId()).isNull();
        assertThat(rejected).isPositive();
    }
}
