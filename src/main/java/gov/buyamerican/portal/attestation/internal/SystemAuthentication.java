package gov.buyamerican.portal.attestation.internal;

import gov.buyamerican.portal.security.CurrentUser;
import gov.buyamerican.portal.security.Role;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs code as the system user: for the scheduled expiry job (with the STAFF role it needs) and, with no role at all,
 * for reading the threshold table on behalf of an anonymous vendor on an invitation link.
 */
public final class SystemAuthentication {

    private SystemAuthentication() {
    }

    public static <T> T call(Supplier<T> action, Role... roles) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(CurrentUser.SYSTEM, null,
                java.util.Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable action, Role... roles) {
        call(() -> {
            action.run();
            return null;
        }, roles);
    }

    static List<Role> none() {
        return List.of();
    }
}
