package gov.buyamerican.portal.security.internal;

import static gov.buyamerican.portal.db.Tables.APP_USER;
import static gov.buyamerican.portal.db.Tables.USER_ROLE;

import gov.buyamerican.portal.security.Role;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jooq.DSLContext;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads users and their roles from the database; a user whose lock has not expired is reported locked. */
@Component
class PortalUserDetailsService implements UserDetailsService {

    private final DSLContext dsl;
    private final Clock clock;

    PortalUserDetailsService(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        var user = dsl.fetchOne(APP_USER, APP_USER.USERNAME.eq(name));
        if (user == null) {
            throw new UsernameNotFoundException("No such user");
        }
        String[] authorities = dsl.select(USER_ROLE.ROLE).from(USER_ROLE).where(USER_ROLE.USER_ID.eq(user.getId()))
                .fetch(r -> Role.valueOf(r.value1()).authority()).toArray(String[]::new);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        boolean locked = user.getLockedUntil() != null && user.getLockedUntil().isAfter(now);
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .authorities(authorities)
                .disabled(!user.getEnabled())
                .accountLocked(locked)
                .build();
    }
}
