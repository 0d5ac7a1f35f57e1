package gov.buyamerican.portal.rules.waiver;

/** Who performs a workflow action on a waiver request. */
public enum WaiverActor {
    /** The procurement staff member who drafted the request (the requester). */
    REQUESTER("Requester"),
    /** A waiver approver acting within the authority checked by {@link DecisionAuthority}. */
    APPROVER("Approver"),
    /** The portal itself, e.g. a scheduled job that expires waivers at the end of their duration. */
    SYSTEM("System");

    private final String label;

    WaiverActor(String label) {
        this.label = label;
    }

    /** {@return the name shown to users} */
    public String label() {
        return label;
    }
}
