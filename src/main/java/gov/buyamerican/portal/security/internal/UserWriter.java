package gov.buyamerican.portal.security.internal;

import static gov.buyamerican.portal.db.Tables.APP_USER;
import static gov.buyamerican.portal.db.Tables.USER_ROLE;

import gov.buyamerican.portal.security.AuthorityLevel;
import gov.buyamerican.portal.security.Role;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Inserts a user row and its roles. No checks here: callers ({@code UserService}, {@code UserAdministration}) validate,
 * authorize and audit, and run this inside their transaction.
 */
@Component
public class UserWriter {

    private final DSLContext dsl;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserWriter(DSLContext dsl, PasswordEncoder passwordEncoder, Clock clock) {
        this.dsl = dsl;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    public long insert(String username, String displayName, String email, Set<Role> roles, AuthorityLevel level,
                       String password, boolean mustChangePassword) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        var u = dsl.newRecord(APP_USER);
        u.setUsername(username);
        u.setDisplayName(displayName);
        u.setEmail(email);
        u.setPasswordHash(passwordEncoder.encode(password));
        u.setEnabled(true);
        u.setAuthorityLevel(level == null ? null : level.name());
        u.setMustChangePassword(mustChangePassword);
        u.setCreatedAt(now);
        u.setUpdatedAt(now);
        u.store();
        for (Role r : roles) {
            dsl.insertInto(USER_ROLE).set(USER_ROLE.USER_ID, u.getId()).set(USER_ROLE.ROLE, r.name()).execute();
        }
        return u.getId();
    }
}
