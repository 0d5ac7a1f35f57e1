package gov.buyamerican.portal.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that has seen no user action for its idle timeout, even though the open browser tab kept it alive with
 * Vaadin heartbeats.
 *
 * <p>Why: the servlet container's timeout never fires while a tab is open, because each heartbeat (every minute) is a
 * request. Vaadin's {@code closeIdleSessions} closes its own session after the timeout without user action, but it
 * leaves the HTTP session, and with it Spring Security's login, in place: reloading the page opened the portal again
 * without a password until the container's timeout ran out, up to one more timeout later. This filter, before Spring
 * Security, remembers the time of the last request that was not a heartbeat and invalidates the whole session at the
 * first request after the timeout, so that the next page asks for the password. Tested by SessionLifecycleIT.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100) // before Spring Security's filter chain (-100)
class IdleSessionFilter extends OncePerRequestFilter {

    static final String LAST_ACTIVITY = IdleSessionFilter.class.getName() + ".lastActivity";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            long now = System.currentTimeMillis();
            String query = request.getQueryString();
            boolean heartbeat = query != null && query.contains("v-r=heartbeat");
            Object last = session.getAttribute(LAST_ACTIVITY);
            int timeoutSeconds = session.getMaxInactiveInterval();
            if (last instanceof Long lastActivity && timeoutSeconds > 0
                    && now - lastActivity > timeoutSeconds * 1000L) {
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyInvalid) {
                    // ended meanwhile: nothing to do
                }
            } else if (!heartbeat || last == null) {
                session.setAttribute(LAST_ACTIVITY, now);
            }
        }
        chain.doFilter(request, response);
    }
}
