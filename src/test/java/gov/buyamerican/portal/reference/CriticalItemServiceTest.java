package gov.buyamerican.portal.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.buyamerican.portal.audit.AuditEvent;
import gov.buyamerican.portal.audit.AuditService;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ConcurrentEditException;
import gov.buyamerican.portal.shared.NotFoundException;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.support.PortalSpringTest;
import gov.buyamerican.portal.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/** The critical items list (FAR 25.105): empty as seeded, kept by ADMIN with every change audited. */
@PortalSpringTest
class CriticalItemServiceTest {

    @Autowired
    CriticalItemService items;
    @Autowired
    AuditService audit;
    @Autowired
    TestUsers testUsers;

    @AfterEach
    void clear() {
        TestUsers.clear();
    }

    @Test
    void adminAddsChangesAndRemovesAnItem() {
        actAs("ref-ci-admin", Role.ADMIN);
        String description = "Test rare-earth magnet " + UUID.randomUUID();
        CriticalItem created = items.create(new CriticalItemForm(" 5995 ", "  " + description + " ", new BigDecimal("10"),
                LocalDate.of(2030, 1, 1), null, "FAR 25.105 (test)"));
        assertThat(created.pscCode()).isEqualTo("5995");
        assertThat(created.description()).isEqualTo(description);
        assertThat(items.list()).extracting(CriticalItem::id).contains(created.id());
        assertThat(items.inForce(LocalDate.of(2029, 12, 31))).extracting(CriticalItem::id).doesNotContain(created.id());
        assertThat(items.inForce(LocalDate.of(2030, 1, 1))).extracting(CriticalItem::id).contains(created.id());

        CriticalItem changed = items.update(created.id(), created.version(), new CriticalItemForm(null, description,
                new BigDecimal("12.5"), LocalDate.of(2030, 1, 1), LocalDate.of(2034, 12, 31), "FAR 25.105 (test)"));
        assertThat(changed.pscCode()).isNull();
        assertThat(changed.pricePreferencePercent()).isEqualByComparingTo("12.5");
        assertThat(changed.version()).isGreaterThan(created.version());
        assertThatThrownBy(() -> items.update(created.id(), created.version(), CriticalItemForm.of(created)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> items.delete(created.id(), created.version()))
                .isInstanceOf(ConcurrentEditException.class);

        items.delete(changed.id(), changed.version());
        assertThat(items.list()).extracting(CriticalItem::id).doesNotContain(created.id());
        assertThatThrownBy(() -> items.delete(changed.id(), changed.version())).isInstanceOf(NotFoundException.class);

        List<AuditEvent> trail = audit.historyOf(CriticalItemService.ENTITY, Long.toString(created.id()), PageQuery.first(10));
        assertThat(trail).extracting(AuditEvent::action).containsExactly("DELETE", "UPDATE", "CREATE");
        assertThat(trail.get(1).beforeJson()).contains("\"pricePreferencePercent\":\"10\"");
        assertThat(trail.get(1).afterJson()).contains("\"pricePreferencePercent\":\"12.5\"");
    }

    @Test
    void formProblemsComeBackOnTheirField() {
        actAs("ref-ci-admin", Role.ADMIN);
        LocalDate from = LocalDate.of(2030, 1, 1);
        assertField(new CriticalItemForm("59-5", "x", BigDecimal.TEN, from, null, "c"), "pscCode");
        assertField(new CriticalItemForm(null, " ", BigDecimal.TEN, from, null, "c"), "description");
        assertField(new CriticalItemForm(null, "x", BigDecimal.ZERO, from, null, "c"), "pricePreferencePercent");
        assertField(new CriticalItemForm(null, "x", new BigDecimal("100.5"), from, null, "c"), "pricePreferencePercent");
        assertField(new CriticalItemForm(null, "x", BigDecimal.TEN, null, null, "c"), "effectiveFrom");
        assertField(new CriticalItemForm(null, "x", BigDecimal.TEN, from, from.minusDays(1), "c"), "effectiveUntil");
        assertField(new CriticalItemForm(null, "x", BigDecimal.TEN, from, null, ""), "citation");
    }

    @Test
    void othersMayReadOnly() {
        actAs("ref-ci-auditor", Role.AUDITOR);
        assertThat(items.list()).isNotNull();
        assertThatThrownBy(() -> items.create(new CriticalItemForm(null, "x", BigDecimal.TEN, LocalDate.of(2030, 1, 1),
                null, "c"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> items.delete(1, 0)).isInstanceOf(AccessDeniedException.class);
        TestUsers.clear();
        assertThatThrownBy(() -> items.list()).isInstanceOf(AuthenticationException.class);
    }

    private void assertField(CriticalItemForm form, String field) {
        assertThatThrownBy(() -> items.create(form)).as(field)
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    private void actAs(String username, Role role) {
        testUsers.ensure(username, role);
        TestUsers.actAs(username, role);
    }
}
