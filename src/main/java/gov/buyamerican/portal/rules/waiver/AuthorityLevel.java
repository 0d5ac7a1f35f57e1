package gov.buyamerican.portal.rules.waiver;

/**
 * Level of a waiver approver's decision authority, lowest first. A higher level may always decide
 * what a lower level may ({@link #atLeast(AuthorityLevel)}).
 *
 * <p>A delegate holds the level of the official who delegated to them, as recorded by the agency
 * (e.g. a deputy acting for the head of the agency under a written delegation is recorded as
 * {@link #AGENCY_HEAD}).
 */
public enum AuthorityLevel {
    /** Contracting officer (FAR 1.602). */
    CONTRACTING_OFFICER("Contracting officer"),
    /** Head of the contracting activity (FAR 2.101). */
    HEAD_OF_CONTRACTING_ACTIVITY("Head of the contracting activity"),
    /** Head of the agency or their delegate (FAR 2.101 "head of the agency"). */
    AGENCY_HEAD("Head of the agency");

    private final String label;

    AuthorityLevel(String label) {
        this.label = label;
    }

    /** {@return the name shown to users} */
    public String label() {
        return label;
    }

    /** {@return true when this level is {@code other} or higher} */
    public boolean atLeast(AuthorityLevel other) {
        return compareTo(other) >= 0;
    }
}
