package gov.buyamerican.portal.security;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting, read from the Spring Security context (Vaadin keeps it per session). */
public final class CurrentUser {

    /** The actor recorded when no user is logged in (start-up jobs, scheduled tasks). */
    public static final String SYSTEM = gov.buyamerican.portal.shared.CurrentActor.SYSTEM;

    private CurrentUser() {
    }

    public static Optional<String> username() {
        return gov.buyamerican.portal.shared.CurrentActor.username();
    }

    /** The user name, or {@link #SYSTEM} when nobody is logged in. */
    public static String actor() {
        return username().orElse(SYSTEM);
    }

    public static Set<Role> roles() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return Set.of();
        }
        Set<String> authorities = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return java.util.Arrays.stream(Role.values()).filter(r -> authorities.contains(r.authority()))
                .collect(Collectors.toUnmodifiableSet());
    }

    public static boolean hasRole(Role role) {
        return roles().contains(role);
    }

    public static boolean hasAnyRole(Role... roles) {
        Set<Role> mine = roles();
        for (Role r : roles) {
            if (mine.contains(r)) {
                return true;
            }
        }
        return false;
    }
}
