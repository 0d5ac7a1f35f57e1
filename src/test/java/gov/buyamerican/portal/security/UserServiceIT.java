package gov.buyamerican.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.buyamerican.portal.audit.AuditFilter;
import gov.buyamerican.portal.audit.AuditService;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ConcurrentEditException;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.support.PortalSpringTest;
import gov.buyamerican.portal.support.TestUsers;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** User administration in the service layer: roles are checked here, whatever the UI shows. */
@PortalSpringTest
class UserServiceIT {

    @Autowired
    UserService users;
    @Autowired
    AuditService audit;
    @Autowired
    TestUsers testUsers;

    @AfterEach
    void clear() {
        TestUsers.clear();
    }

    private static UserForm form(String username, Set<Role> roles) {
        return new UserForm(username, "Jane Doe", "jane@example.gov", roles, null, "Correct-Horse-42");
    }

    @Test
    void adminCreatesAUserAndTheTrailRecordsIt() {
        TestUsers.actAs(testUsers.ensure("svc-admin", Role.ADMIN), Role.ADMIN);
        UserAccount created = users.create(form("New.Person", Set.of(Role.STAFF, Role.REPORTS)));
        assertThat(created.username()).isEqualTo("new.person");
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.STAFF, Role.REPORTS);
        assertThat(created.mustChangePassword()).isTrue();
        assertThat(audit.page(new AuditFilter(null, "CREATE", "User", String.valueOf(created.id()), null, null, null),
                PageQuery.first(5))).singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("svc-admin");
                    assertThat(e.afterJson()).contains("new.person").doesNotContain("Correct-Horse-42");
                });
    }

    @Test
    void refusesBadInputWithTheFieldNamed() {
        TestUsers.actAs(testUsers.ensure("svc-admin", Role.ADMIN), Role.ADMIN);
        assertThatThrownBy(() -> users.create(form("x", Set.of(Role.STAFF))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThatThrownBy(() -> users.create(form("no-roles", Set.of())))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("roles"));
        assertThatThrownBy(() -> users.create(new UserForm("weak-pw", "Weak", null, Set.of(Role.STAFF), null, "short")))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("initialPassword"));
        assertThatThrownBy(() -> users.create(new UserForm("approver-x", "A", null, Set.of(Role.APPROVER), null, "Correct-Horse-42")))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("authorityLevel"));
        users.create(form("dup-user", Set.of(Role.STAFF)));
        assertThatThrownBy(() -> users.create(form("DUP-user", Set.of(Role.STAFF))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessage()).contains("already taken"));
    }

    @Test
    void everyRoleButAdminIsRefusedInTheServiceLayer() {
        for (Role role : new Role[] {Role.STAFF, Role.APPROVER, Role.REPORTS, Role.AUDITOR}) {
            TestUsers.actAs("svc-" + role.name().toLowerCase(), role);
            assertThatThrownBy(() -> users.create(form("sneaky", Set.of(Role.ADMIN))))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.list(null, PageQuery.first(10))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.resetPassword(1, "Correct-Horse-42")).isInstanceOf(AccessDeniedException.class);
        }
        TestUsers.clear();
        assertThatThrownBy(() -> users.counts()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void aSecondSaveOfAStaleVersionIsRefused() {
        TestUsers.actAs(testUsers.ensure("svc-admin", Role.ADMIN), Role.ADMIN);
        UserAccount u = users.create(form("concurrent-edit", Set.of(Role.STAFF)));
        UserForm first = new UserForm(u.username(), "First Editor", null, Set.of(Role.STAFF), null, null);
        UserForm second = new UserForm(u.username(), "Second Editor", null, Set.of(Role.REPORTS), null, null);
        users.update(u.id(), u.version(), first);
        assertThatThrownBy(() -> users.update(u.id(), u.version(), second)).isInstanceOf(ConcurrentEditException.class);
        assertThat(users.get(u.id()).displayName()).isEqualTo("First Editor");
        assertThat(users.get(u.id()).roles()).containsExactly(Role.STAFF);
    }

    @Test
    void anAdminCannotDisableThemselvesOrDropTheirOwnAdminRole() {
        String me = testUsers.ensure("self-admin", Role.ADMIN);
        TestUsers.actAs(me, Role.ADMIN);
        UserAccount self = users.list(me, PageQuery.first(5)).stream().filter(a -> a.username().equals(me)).findFirst().orElseThrow();
        assertThatThrownBy(() -> users.setEnabled(self.id(), self.version(), false)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> users.update(self.id(), self.version(),
                new UserForm(me, "Me", null, Set.of(Role.STAFF), null, null))).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void usersChangeTheirOwnPasswordOnlyWithTheCurrentOne() {
        String me = testUsers.ensure("pw-changer", Role.STAFF);
        TestUsers.actAs(me, Role.STAFF);
        assertThatThrownBy(() -> users.changeOwnPassword("wrong", "Brand-New-Passw0rd"))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("currentPassword"));
        users.changeOwnPassword(TestUsers.PASSWORD, "Brand-New-Passw0rd");
        users.changeOwnPassword("Brand-New-Passw0rd", TestUsers.PASSWORD);
    }
}
