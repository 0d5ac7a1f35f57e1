package gov.buyamerican.portal.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.buyamerican.portal.rules.domesticcontent.DomesticContentParameters;
import gov.buyamerican.portal.rules.domesticcontent.ThresholdEntry;
import gov.buyamerican.portal.rules.domesticcontent.ThresholdSchedule;
import gov.buyamerican.portal.audit.AuditEvent;
import gov.buyamerican.portal.audit.AuditService;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ConcurrentEditException;
import gov.buyamerican.portal.shared.NotFoundException;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.shared.files.Samples;
import gov.buyamerican.portal.shared.files.StoredFile;
import gov.buyamerican.portal.shared.files.StoredFileService;
import gov.buyamerican.portal.support.PortalSpringTest;
import gov.buyamerican.portal.support.TestUsers;
import gov.buyamerican.portal.rules.waiver.EvaluationFactors;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/** Rule values on the real database: the seed, reads for the calculator and the waiver rules, ADMIN-only changes. */
@PortalSpringTest
class RuleValueServiceTest {

    private static final String ADMIN = "ref-rules-admin";

    @Autowired
    RuleValueService rules;
    @Autowired
    AuditService audit;
    @Autowired
    TestUsers testUsers;
    @Autowired
    StoredFileService files;

    @BeforeEach
    void actAsAdmin() {
        testUsers.ensure(ADMIN, Role.ADMIN);
        TestUsers.actAs(ADMIN, Role.ADMIN);
    }

    @AfterEach
    void clear() {
        TestUsers.clear();
    }

    @Test
    void theDatabaseScheduleResolvesLikeTheCalculatorsDocumentedSeed() {
        ThresholdSchedule db = rules.thresholdSchedule();
        ThresholdSchedule far = ThresholdSchedule.farDefaults();
        for (int year = 2022; year <= 2035; year++) {
            DomesticContentParameters fromDb = db.resolve(year);
            DomesticContentParameters expected = far.resolve(year);
            assertThat(fromDb.domesticContentThresholdPercent()).as("threshold %d", year)
                    .isEqualByComparingTo(expected.domesticContentThresholdPercent());
            assertThat(fromDb.fallbackThresholdPercent().map(BigDecimal::stripTrailingZeros)).as("fallback %d", year)
                    .isEqualTo(expected.fallbackThresholdPercent().map(BigDecimal::stripTrailingZeros));
            assertThat(fromDb.ironSteelPredominancePercent()).as("predominance %d", year)
                    .isEqualByComparingTo(expected.ironSteelPredominancePercent());
            assertThat(fromDb.foreignIronSteelMaxPercent()).as("foreign iron and steel %d", year)
                    .isEqualByComparingTo(expected.foreignIronSteelMaxPercent());
            assertThat(rules.domesticContentParameters(year).domesticContentThresholdPercent())
                    .isEqualByComparingTo(expected.domesticContentThresholdPercent());
        }
        // the same rows, with the inclusive end dates of the table turned into the schedule's exclusive ones
        assertThat(rowsOf(db)).isEqualTo(rowsOf(far));
    }

    @Test
    void deliveryYearsBeforeTheSeedAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> rules.domesticContentParameters(2021))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("delivery year 2021")
                .hasMessageContaining("DOMESTIC_CONTENT_THRESHOLD");
    }

    @Test
    void evaluationFactorsMatchTheWaiverRulesDefaults() {
        EvaluationFactors factors = rules.evaluationFactorsOn(LocalDate.of(2026, 6, 1));
        EvaluationFactors expected = EvaluationFactors.defaults();
        assertThat(factors.largeBusinessFactor()).isEqualTo(new BigDecimal("0.20"));
        assertThat(factors.smallBusinessFactor()).isEqualTo(new BigDecimal("0.30"));
        assertThat(factors.effectiveFrom()).isEqualTo(expected.effectiveFrom());
        assertThat(factors.citation()).isEqualTo(expected.citation());
        assertThatThrownBy(() -> rules.evaluationFactorsOn(LocalDate.of(2022, 10, 24)))
                .isInstanceOf(MissingRuleValueException.class);
    }

    @Test
    void microPurchaseThresholdByPurchaseDate() {
        assertThat(rules.microPurchaseThresholdOn(LocalDate.of(2025, 9, 30))).isEqualByComparingTo("10000");
        assertThat(rules.microPurchaseThresholdOn(LocalDate.of(2025, 10, 1))).isEqualByComparingTo("15000");
    }

    @Test
    void aDayWithoutValueIsAClearError() {
        assertThatThrownBy(() -> rules.valueOn(RuleKey.MICRO_PURCHASE_THRESHOLD, LocalDate.of(2000, 1, 1)))
                .isInstanceOfSatisfying(MissingRuleValueException.class, e -> {
                    assertThat(e.key()).isEqualTo(RuleKey.MICRO_PURCHASE_THRESHOLD);
                    assertThat(e.getMessage()).contains("Micro-purchase threshold", "2000-01-01", "Reference data");
                });
        assertThat(rules.findInForce(RuleKey.MICRO_PURCHASE_THRESHOLD, LocalDate.of(2000, 1, 1))).isEmpty();
    }

    @Test
    void everySeededKeyIsKnownAndHasCitations() {
        List<RuleValue> all = rules.all();
        assertThat(all).extracting(RuleValue::key).contains(RuleKey.values());
        assertThat(all).allSatisfy(v -> assertThat(v.citation()).isNotBlank());
        assertThat(rules.history(RuleKey.DOMESTIC_CONTENT_THRESHOLD)).extracting(RuleValue::effectiveFrom)
                .containsExactly(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 1, 1), LocalDate.of(2029, 1, 1));
    }

    @Test
    void aFutureValueClosesTheOpenEndedOneAndDeletingItReopensIt() {
        RuleValue current = rules.inForce(RuleKey.ATTESTATION_VALIDITY_DAYS, LocalDate.of(2089, 12, 31));
        assertThat(current.openEnded()).isTrue();
        RuleValue added = rules.add(new NewRuleValue(RuleKey.ATTESTATION_VALIDITY_DAYS, new BigDecimal("400"),
                LocalDate.of(2090, 1, 1), null, "Agency policy memo 2089-7", "  test value  "));
        StoredFile document = files.store(RuleValueService.DOCUMENT_OWNER, added.id(), "policy-memo.pdf",
                Samples.pdf("policy memo " + added.id()));
        try {
            assertThat(added.note()).isEqualTo("test value");
            RuleValue closed = rules.inForce(RuleKey.ATTESTATION_VALIDITY_DAYS, LocalDate.of(2089, 12, 31));
            assertThat(closed.id()).isEqualTo(current.id());
            assertThat(closed.effectiveUntil()).isEqualTo(LocalDate.of(2089, 12, 31));
            assertThat(closed.closedById()).isEqualTo(added.id());
            assertThat(closed.version()).isGreaterThan(current.version());
            assertThat(rules.valueOn(RuleKey.ATTESTATION_VALIDITY_DAYS, LocalDate.of(2090, 1, 1))).isEqualByComparingTo("400");

            assertThat(history(added.id())).extracting(AuditEvent::action).containsExactly("CREATE");
            assertThat(history(current.id())).first().satisfies(e -> {
                assertThat(e.action()).isEqualTo("UPDATE");
                assertThat(e.summary()).contains("Ended Attestation validity 365 days on 2089-12-31");
                assertThat(e.beforeJson()).contains("\"effectiveUntil\":null");
                assertThat(e.afterJson()).contains("\"effectiveUntil\":\"2089-12-31\"");
            });
        } finally {
            RuleValue reloaded = rules.history(RuleKey.ATTESTATION_VALIDITY_DAYS).stream()
                    .filter(v -> v.id() == added.id()).findFirst().orElseThrow();
            rules.deleteFuture(reloaded.id(), reloaded.version());
        }
        assertThat(files.list(RuleValueService.DOCUMENT_OWNER, added.id())).as("its documents go with it").isEmpty();
        assertThatThrownBy(() -> files.info(document.id())).isInstanceOf(NotFoundException.class);
        RuleValue reopened = rules.inForce(RuleKey.ATTESTATION_VALIDITY_DAYS, LocalDate.of(2095, 1, 1));
        assertThat(reopened.id()).isEqualTo(current.id());
        assertThat(reopened.openEnded()).isTrue();
        assertThat(reopened.closedById()).isNull();
        assertThat(history(added.id())).extracting(AuditEvent::action).containsExactly("DELETE", "CREATE");
        assertThat(history(current.id())).first().satisfies(e -> assertThat(e.summary()).contains("Extended"));
    }

    @Test
    void overlapsAndGapsAreRefusedOnTheirField() {
        assertThatThrownBy(() -> rules.add(new NewRuleValue(RuleKey.DOMESTIC_CONTENT_THRESHOLD, new BigDecimal("70"),
                LocalDate.of(2026, 7, 1), null, "test", null)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("effectiveFrom");
                    assertThat(e.getMessage()).contains("overlap", "65%");
                });
        assertThatThrownBy(() -> rules.add(new NewRuleValue(RuleKey.FALLBACK_THRESHOLD, new BigDecimal("55"),
                LocalDate.of(2031, 1, 1), null, "test", null)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("effectiveFrom");
                    assertThat(e.getMessage()).contains("No value would apply from 2030-01-01 to 2030-12-31");
                });
        assertThat(rules.history(RuleKey.FALLBACK_THRESHOLD)).hasSize(1);
    }

    @Test
    void valuesAreCheckedAgainstTheirUnit() {
        assertThatThrownBy(() -> rules.add(new NewRuleValue(RuleKey.DOMESTIC_CONTENT_THRESHOLD, new BigDecimal("101"),
                LocalDate.of(2090, 1, 1), null, "test", null)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("value"));
        assertThatThrownBy(() -> rules.add(new NewRuleValue(RuleKey.MIAO_REVIEW_BUSINESS_DAYS, new BigDecimal("15"),
                LocalDate.of(2090, 1, 1), null, " ", null)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("citation"));
        assertThatThrownBy(() -> rules.add(new NewRuleValue(RuleKey.MIAO_REVIEW_BUSINESS_DAYS, new BigDecimal("15"),
                LocalDate.of(2090, 1, 1), LocalDate.of(2089, 1, 1), "test", null)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("effectiveUntil"));
    }

    @Test
    void citationAndNoteCanBeCorrectedWithOptimisticLocking() {
        RuleValue miao = rules.inForce(RuleKey.MIAO_REVIEW_BUSINESS_DAYS, LocalDate.of(2026, 1, 1));
        RuleValue changed = rules.updateText(miao.id(), miao.version(), miao.citation(), "Checked against M-21-26, section 2");
        try {
            assertThat(changed.version()).isEqualTo(miao.version() + 1);
            assertThat(changed.value()).isEqualByComparingTo(miao.value());
            assertThatThrownBy(() -> rules.updateText(miao.id(), miao.version(), "stale", null))
                    .isInstanceOf(ConcurrentEditException.class);
            assertThat(history(miao.id())).first().satisfies(e -> assertThat(e.afterJson()).contains("section 2"));
        } finally {
            rules.updateText(miao.id(), changed.version(), miao.citation(), miao.note());
        }
    }

    @Test
    void aValueInForceCannotBeDeleted() {
        RuleValue miao = rules.inForce(RuleKey.MIAO_REVIEW_BUSINESS_DAYS, LocalDate.of(2026, 1, 1));
        assertThatThrownBy(() -> rules.deleteFuture(miao.id(), miao.version()))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("has applied since 2021-06-11");
    }

    @Test
    void staffMayReadButNotChange() {
        testUsers.ensure("ref-rules-staff", Role.STAFF);
        TestUsers.actAs("ref-rules-staff", Role.STAFF);
        assertThat(rules.all()).isNotEmpty();
        RuleValue miao = rules.inForce(RuleKey.MIAO_REVIEW_BUSINESS_DAYS, LocalDate.of(2026, 1, 1));
        assertThatThrownBy(() -> rules.add(new NewRuleValue(RuleKey.MIAO_REVIEW_BUSINESS_DAYS, new BigDecimal("20"),
                LocalDate.of(2090, 1, 1), null, "test", null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rules.updateText(miao.id(), miao.version(), "x", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rules.deleteFuture(miao.id(), miao.version())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodyLoggedInIsRefusedEvenForReads() {
        TestUsers.clear();
        assertThatThrownBy(() -> rules.all()).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> rules.thresholdSchedule()).isInstanceOf(AuthenticationException.class);
    }

    private List<AuditEvent> history(long id) {
        return audit.historyOf(RuleValueService.ENTITY, Long.toString(id), PageQuery.first(20));
    }

    private static List<String> rowsOf(ThresholdSchedule schedule) {
        return schedule.entries().stream()
                .sorted(Comparator.comparing((ThresholdEntry e) -> e.key()).thenComparing(ThresholdEntry::effectiveFrom))
                .map(e -> e.key() + " " + e.valuePercent().stripTrailingZeros().toPlainString() + " "
                        + e.effectiveFrom() + " " + e.effectiveUntil().map(LocalDate::toString).orElse("open"))
                .toList();
    }

}
