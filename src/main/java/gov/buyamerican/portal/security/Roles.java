package gov.buyamerican.portal.security;

/** Role names as compile-time constants, for {@code @RolesAllowed} on views and service methods. */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String STAFF = "STAFF";
    public static final String APPROVER = "APPROVER";
    public static final String REPORTS = "REPORTS";
    public static final String AUDITOR = "AUDITOR";

    private Roles() {
    }
}
