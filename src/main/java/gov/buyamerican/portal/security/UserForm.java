package gov.buyamerican.portal.security;

import java.util.Set;

/** What an administrator enters to create or change a user. The password is only used when creating. */
public record UserForm(String username, String displayName, String email, Set<Role> roles,
                       AuthorityLevel authorityLevel, String initialPassword) {
}
