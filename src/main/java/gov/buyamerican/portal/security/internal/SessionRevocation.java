package gov.buyamerican.portal.security.internal;

import static gov.buyamerican.portal.db.Tables.APP_USER;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the sessions of a user who was disabled or whose password an administrator reset, on every application
 * instance, at the session's next request.
 *
 * <p>Why a check per request against the database rather than Spring Security's {@code SessionRegistry}: a registry
 * lives in one JVM, so an administrator working on instance A could not end a session held by instance B (sticky
 * sessions put each user on one instance). The database is the one thing all instances share. {@code app_user}
 * carries {@code session_epoch}, a counter that {@code UserService} moves on when it disables a user or resets a
 * password; a session remembers the value it logged in under. Each request of a logged-in session reads the user's
 * {@code enabled} flag and counter (one primary-key-sized lookup on the unique user name); when the user is disabled
 * or the counter moved, the session is invalidated and the request goes on as anonymous, which Spring Security and
 * Vaadin answer with the login page. A counter rather than a time stamp: no comparison of clocks between instances.
 */
@Component
class SessionRevocation {

    static final String EPOCH_ATTRIBUTE = SessionRevocation.class.getName() + ".epoch";
    private static final Logger log = LoggerFactory.getLogger(SessionRevocation.class);

    private final DSLContext dsl;

    SessionRevocation(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** At login: the session remembers the counter it was opened under. */
    @EventListener
    void onLogin(AuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            Record2<Boolean, Integer> user = lookUp(event.getAuthentication().getName());
            if (session != null && user != null) {
                session.setAttribute(EPOCH_ATTRIBUTE, user.value2());
            }
        }
    }

    private Record2<Boolean, Integer> lookUp(String username) {
        return dsl.select(APP_USER.ENABLED, APP_USER.SESSION_EPOCH).from(APP_USER)
                .where(APP_USER.USERNAME.eq(username)).fetchOne();
    }

    /** The filter, placed in the security chain after the security context is loaded (see SecurityConfig). */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                HttpSession session = request.getSession(false);
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                if (session != null && auth != null && auth.isAuthenticated()
                        && !(auth instanceof AnonymousAuthenticationToken) && revoked(session, auth.getName())) {
                    log.info("Ending a session of {}: the user was disabled or their sessions were revoked", auth.getName());
                    SecurityContextHolder.clearContext();
                    try {
                        session.invalidate();
                    } catch (IllegalStateException alreadyInvalid) {
                        // invalidated by a concurrent request of the same session
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }

    private boolean revoked(HttpSession session, String username) {
        Record2<Boolean, Integer> user = lookUp(username);
        if (user == null || !Boolean.TRUE.equals(user.value1())) {
            return true; // deleted or disabled
        }
        Object remembered = session.getAttribute(EPOCH_ATTRIBUTE);
        if (remembered == null) {
            // a session opened before this check existed: it adopts the current value
            session.setAttribute(EPOCH_ATTRIBUTE, user.value2());
            return false;
        }
        return !remembered.equals(user.value2());
    }
}
