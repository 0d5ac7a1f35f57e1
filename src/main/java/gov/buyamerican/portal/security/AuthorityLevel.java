package gov.buyamerican.portal.security;

/**
 * The decision authority recorded on an approver (FAR 25.103, 25.104, 25.106): a higher level may decide whatever a
 * lower one may.
 */
public enum AuthorityLevel {
    CONTRACTING_OFFICER("Contracting officer"),
    HEAD_OF_CONTRACTING_ACTIVITY("Head of the contracting activity"),
    AGENCY_HEAD("Head of the agency (or delegate)");

    private final String label;

    AuthorityLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
