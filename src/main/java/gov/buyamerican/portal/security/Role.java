package gov.buyamerican.portal.security;

/** What a user may do in the portal (DOMAIN.md section 1). A user may hold several roles. */
public enum Role {
    ADMIN(Roles.ADMIN, "Administrator", "Manages users and reference tables; reads everything"),
    STAFF(Roles.STAFF, "Procurement staff", "Registers vendors and products, records attestations and purchases, drafts waivers"),
    APPROVER(Roles.APPROVER, "Waiver approver", "Reviews and decides waiver requests within their authority"),
    REPORTS(Roles.REPORTS, "Compliance reporting", "Reads dashboards and reports, exports data"),
    AUDITOR(Roles.AUDITOR, "Auditor", "Reads everything including the audit trail; changes nothing");

    private final String name;
    private final String label;
    private final String description;

    Role(String name, String label, String description) {
        this.name = name;
        this.label = label;
        this.description = description;
    }

    public String authority() {
        return "ROLE_" + name;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
