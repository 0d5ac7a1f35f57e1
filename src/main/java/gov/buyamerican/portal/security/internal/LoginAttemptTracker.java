package gov.buyamerican.portal.security.internal;

import static gov.buyamerican.portal.db.Tables.APP_USER;
import static gov.buyamerican.portal.db.Tables.LOGIN_FAILURE;

import gov.buyamerican.portal.audit.AuditActions;
import gov.buyamerican.portal.audit.AuditEntry;
import gov.buyamerican.portal.audit.AuditService;
import gov.buyamerican.portal.security.SecuritySettings;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every login success and failure in the audit trail and locks an account after too many failures within the
 * window (values from {@code portal.security.lockout}). While locked, even the correct password fails.
 */
@Component
class LoginAttemptTracker {

    private static final Logger log = LoggerFactory.getLogger(LoginAttemptTracker.class);
    // login events are about a user name as typed (which may not exist), not a user record
    private static final String ENTITY = "Login";

    private final DSLContext dsl;
    private final AuditService audit;
    private final Clock clock;
    private final SecuritySettings settings;

    LoginAttemptTracker(DSLContext dsl, AuditService audit, Clock clock, SecuritySettings settings) {
        this.dsl = dsl;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        LocalDateTime now = now();
        dsl.deleteFrom(LOGIN_FAILURE).where(LOGIN_FAILURE.USERNAME.eq(username)).execute();
        // a plain UPDATE: logging in must not bump the record version an administrator may be editing
        dsl.update(APP_USER).set(APP_USER.LAST_LOGIN_AT, now).where(APP_USER.USERNAME.eq(username)).execute();
        audit.recordAs(username, AuditEntry.of(AuditActions.LOGIN, ENTITY, username, "Logged in"));
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String typed = String.valueOf(event.getAuthentication().getName());
        String username = typed.trim().toLowerCase(Locale.ROOT);
        if (username.length() > 64) {
            username = username.substring(0, 64);
        }
        String reason = event.getException().getClass().getSimpleName();
        audit.recordAs(username.isEmpty() ? "(blank)" : username, AuditEntry.of(AuditActions.LOGIN_FAILED, ENTITY, username,
                "Login failed: " + describe(event)));
        if (!(event instanceof AuthenticationFailureBadCredentialsEvent)) {
            return; // locked or disabled accounts: no new failure counted
        }
        LocalDateTime now = now();
        dsl.insertInto(LOGIN_FAILURE).set(LOGIN_FAILURE.USERNAME, username).set(LOGIN_FAILURE.ATTEMPTED_AT, now).execute();
        var lockout = settings.lockout();
        LocalDateTime windowStart = now.minus(lockout.window());
        dsl.deleteFrom(LOGIN_FAILURE).where(LOGIN_FAILURE.ATTEMPTED_AT.lt(windowStart)).execute();
        int failures = dsl.fetchCount(LOGIN_FAILURE,
                LOGIN_FAILURE.USERNAME.eq(username).and(LOGIN_FAILURE.ATTEMPTED_AT.ge(windowStart)));
        if (failures >= lockout.maxFailures()) {
            int updated = dsl.update(APP_USER).set(APP_USER.LOCKED_UNTIL, now.plus(lockout.duration()))
                    .where(APP_USER.USERNAME.eq(username)).execute();
            dsl.deleteFrom(LOGIN_FAILURE).where(LOGIN_FAILURE.USERNAME.eq(username)).execute();
            if (updated > 0) {
                log.warn("Account {} locked for {} after {} failed logins", username, lockout.duration(), failures);
                audit.recordAs(username, AuditEntry.of(AuditActions.ACCOUNT_LOCKED, ENTITY, username,
                        "Locked for " + lockout.duration().toMinutes() + " minutes after " + failures + " failed logins"));
            }
        }
        log.debug("Login failure for {} ({})", username, reason);
    }

    @EventListener
    @Transactional
    public void onLogout(LogoutSuccessEvent event) {
        String username = event.getAuthentication().getName();
        audit.recordAs(username, AuditEntry.of(AuditActions.LOGOUT, ENTITY, username, "Logged out"));
    }

    private static String describe(AbstractAuthenticationFailureEvent event) {
        return switch (event.getException()) {
            case org.springframework.security.authentication.LockedException e -> "account locked";
            case org.springframework.security.authentication.DisabledException e -> "account disabled";
            case org.springframework.security.authentication.BadCredentialsException e -> "wrong user name or password";
            default -> event.getException().getClass().getSimpleName();
        };
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
