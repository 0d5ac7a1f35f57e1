package gov.buyamerican.portal.shared;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The name of whoever is acting in this thread, for records such as the audit trail. */
public final class CurrentActor {

    /** The actor recorded when no user is logged in (start-up jobs, scheduled tasks). */
    public static final String SYSTEM = "system";

    private CurrentActor() {
    }

    public static Optional<String> username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.ofNullable(auth.getName());
    }

    /** The user name, or {@link #SYSTEM} when nobody is logged in. */
    public static String name() {
        return username().orElse(SYSTEM);
    }
}
