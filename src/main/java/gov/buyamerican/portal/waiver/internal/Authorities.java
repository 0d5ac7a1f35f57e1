package gov.buyamerican.portal.waiver.internal;

import gov.buyamerican.portal.rules.waiver.AuthorityLevel;

/** The authority level recorded on a user (security module) as the waiver rules' level: the same three, by name. */
public final class Authorities {

    private Authorities() {
    }

    public static AuthorityLevel toRules(gov.buyamerican.portal.security.AuthorityLevel level) {
        return level == null ? null : AuthorityLevel.valueOf(level.name());
    }
}
