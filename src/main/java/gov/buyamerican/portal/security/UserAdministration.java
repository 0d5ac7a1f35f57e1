package gov.buyamerican.portal.security;

import static gov.buyamerican.portal.db.Tables.APP_USER;

import gov.buyamerican.portal.audit.AuditEntry;
import gov.buyamerican.portal.audit.AuditService;
import gov.buyamerican.portal.security.internal.UserWriter;
import java.security.SecureRandom;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * User creation that runs without a logged-in caller: the first administrator at first start, and demo users. Each
 * method refuses to act unless its precondition holds (no users at all; demo data switched on).
 */
@Component
public class UserAdministration {

    private final UserService users;
    private final UserWriter writer;
    private final DSLContext dsl;
    private final AuditService audit;

    private final boolean demoDataEnabled;

    UserAdministration(UserService users, UserWriter writer, DSLContext dsl, AuditService audit,
                       @org.springframework.beans.factory.annotation.Value("${portal.demo-data.enabled:false}") boolean demoDataEnabled) {
        this.users = users;
        this.writer = writer;
        this.dsl = dsl;
        this.audit = audit;
        this.demoDataEnabled = demoDataEnabled;
    }

    /** Creates the administrator if, and only if, there is no user yet. Returns whether it did. */
    @Transactional
    public boolean createFirstAdministrator(String username, String password, boolean mustChangePassword) {
        if (dsl.fetchExists(APP_USER)) {
            return false;
        }
        String name = UserService.normalizeUsername(username);
        users.passwordProblem(password).ifPresent(p -> {
            throw new IllegalStateException("PORTAL_ADMIN_PASSWORD is not acceptable: " + p);
        });
        long id = writer.insert(name, "Administrator", null, Set.of(Role.ADMIN), null, password, mustChangePassword);
        audit.recordAs(CurrentUser.SYSTEM, AuditEntry.of("CREATE", "User", id,
                "Created the first administrator " + name));
        return true;
    }

    /** Creates a demo user (only when demo data is switched on) unless the name is taken. Returns whether it did. */
    @Transactional
    public boolean createDemoUser(String username, String displayName, String email, Set<Role> roles,
                                  AuthorityLevel level, String password) {
        if (!demoDataEnabled) {
            throw new IllegalStateException("Demo users exist only with PORTAL_DEMO_DATA=true");
        }
        String name = UserService.normalizeUsername(username);
        if (dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(name))) {
            return false;
        }
        long id = writer.insert(name, displayName, email, roles, level, password, false);
        audit.recordAs(CurrentUser.SYSTEM, AuditEntry.of("CREATE", "User", id, "Created demo user " + name));
        return true;
    }

    public static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
