package gov.buyamerican.portal.audit;

import static gov.buyamerican.portal.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.support.PortalSpringTest;
import gov.buyamerican.portal.support.TestUsers;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.annotation.Transactional;

@PortalSpringTest
class AuditTrailIT {

    @Autowired
    AuditService audit;
    @Autowired
    DSLContext dsl;

    @AfterEach
    void clear() {
        TestUsers.clear();
    }

    @Test
    void recordsWhoWhatAndBeforeAfterAndTheChainStaysIntact() {
        TestUsers.actAs("audit-writer", Role.STAFF);
        long id = audit.record(AuditEntry.of("UPDATE", "Thing", 42, "Changed thing 42")
                .withChange(Map.of("name", "old"), Map.of("name", "new")));
        TestUsers.actAs("audit-reader", Role.AUDITOR);
        AuditEvent e = audit.page(new AuditFilter(null, null, "Thing", "42", null, null, null), PageQuery.first(5)).getFirst();
        assertThat(e.id()).isEqualTo(id);
        assertThat(e.actor()).isEqualTo("audit-writer");
        assertThat(e.beforeJson()).contains("\"old\"");
        assertThat(e.afterJson()).contains("\"new\"");
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    @Transactional // rolled back: the tampering does not outlive the test
    void detectsAnEntryEditedDirectlyInTheDatabase() {
        TestUsers.actAs("tamper-test", Role.ADMIN);
        long id = audit.record(AuditEntry.of("UPDATE", "Thing", 7, "Original summary"));
        audit.record(AuditEntry.of("UPDATE", "Thing", 8, "A later entry"));
        assertThat(audit.verifyChain().intact()).isTrue();
        dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.SUMMARY, "Forged summary").where(AUDIT_EVENT.ID.eq(id)).execute();
        ChainVerification result = audit.verifyChain();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(id);
    }

    @Test
    @Transactional
    void detectsADeletedEntry() {
        TestUsers.actAs("tamper-test", Role.ADMIN);
        long id = audit.record(AuditEntry.of("UPDATE", "Thing", 9, "To be deleted"));
        long next = audit.record(AuditEntry.of("UPDATE", "Thing", 10, "Follows it"));
        dsl.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(id)).execute();
        ChainVerification result = audit.verifyChain();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(next);
    }

    @Test
    void onlyAdminsAndAuditorsReadTheTrail() {
        for (Role role : new Role[] {Role.STAFF, Role.APPROVER, Role.REPORTS}) {
            TestUsers.actAs("reader-" + role, role);
            assertThatThrownBy(() -> audit.page(AuditFilter.none(), PageQuery.first(5)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.verifyChain()).isInstanceOf(AccessDeniedException.class);
        }
        TestUsers.clear();
        assertThatThrownBy(() -> audit.page(AuditFilter.none(), PageQuery.first(5)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
