package gov.buyamerican.portal.support;

import static gov.buyamerican.portal.db.Tables.APP_USER;
import static gov.buyamerican.portal.db.Tables.LOGIN_FAILURE;

import gov.buyamerican.portal.security.AuthorityLevel;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.security.internal.UserWriter;
import java.util.Arrays;
import java.util.EnumSet;
import org.jooq.DSLContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates test users (idempotent) and sets the security context for service-layer tests. */
@Component
public class TestUsers {

    public static final String ADMIN = "admin";
    /** Test-only password of every test user; not a secret (test scope only). */
    public static final String PASSWORD = "Test-Passw0rd-123";

    private final UserWriter writer;
    private final DSLContext dsl;

    TestUsers(UserWriter writer, DSLContext dsl) {
        this.writer = writer;
        this.dsl = dsl;
    }

    /** A user with the given roles and the test password, created if missing; unlocked and enabled. */
    @Transactional
    public String ensure(String username, Role... roles) {
        return ensure(username, null, roles);
    }

    @Transactional
    public String ensure(String username, AuthorityLevel level, Role... roles) {
        if (!dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(username))) {
            writer.insert(username, "Test " + username, username + "@example.gov",
                    roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles)),
                    level, PASSWORD, false);
        } else {
            dsl.update(APP_USER).set(APP_USER.LOCKED_UNTIL, (java.time.LocalDateTime) null).set(APP_USER.ENABLED, true)
                    .where(APP_USER.USERNAME.eq(username)).execute();
            dsl.deleteFrom(LOGIN_FAILURE).where(LOGIN_FAILURE.USERNAME.eq(username)).execute();
        }
        return username;
    }

    /** Acts as this user in the current thread (service-layer tests). */
    public static void actAs(String username, Role... roles) {
        var authorities = Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a", authorities));
    }

    public static void clear() {
        SecurityContextHolder.clearContext();
    }
}
