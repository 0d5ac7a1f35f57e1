package gov.buyamerican.portal.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.security.*}: lockout after {@code maxFailures} failed logins within {@code window}, for
 * {@code duration}; minimum password length.
 */
@ConfigurationProperties("portal.security")
public record SecuritySettings(Lockout lockout, Integer minPasswordLength) {

    public SecuritySettings {
        lockout = lockout == null ? new Lockout(5, Duration.ofMinutes(15), Duration.ofMinutes(15)) : lockout;
        minPasswordLength = minPasswordLength == null ? 12 : minPasswordLength;
    }

    public record Lockout(int maxFailures, Duration window, Duration duration) {
    }
}
