package gov.buyamerican.portal.security;

import java.time.Instant;
import java.util.Set;

/** A portal user as shown to administrators (never the password hash). */
public record UserAccount(long id, String username, String displayName, String email, Set<Role> roles,
                          AuthorityLevel authorityLevel, boolean enabled, boolean mustChangePassword, Instant lockedUntil, Instant lastLoginAt,
                          Instant createdAt, int version) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
