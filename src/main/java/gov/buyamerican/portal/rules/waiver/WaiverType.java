package gov.buyamerican.portal.rules.waiver;

/**
 * The exceptions to the Buy American statute for supplies (FAR 25.103) that a waiver request can
 * invoke, with who decides each one. Construction material has parallel exceptions in FAR 25.202.
 *
 * <table>
 *   <caption>Who decides</caption>
 *   <tr><th>type</th><th>FAR</th><th>minimum authority</th><th>MIAO review</th></tr>
 *   <tr><td>public interest</td><td>25.103(a)</td><td>head of the agency</td><td>no</td></tr>
 *   <tr><td>nonavailability, individual</td><td>25.103(b)(2)</td><td>head of the contracting activity</td><td>yes</td></tr>
 *   <tr><td>nonavailability, listed class</td><td>25.103(b)(1), 25.104</td><td>contracting officer confirms</td><td>no</td></tr>
 *   <tr><td>unreasonable cost</td><td>25.103(c), 25.106</td><td>contracting officer</td><td>no</td></tr>
 *   <tr><td>resale</td><td>25.103(d)</td><td>contracting officer</td><td>no</td></tr>
 *   <tr><td>commercial IT</td><td>25.103(e)</td><td>contracting officer confirms</td><td>no</td></tr>
 * </table>
 */
public enum WaiverType {

    /**
     * Applying the Buy American statute would be inconsistent with the public interest. Only the
     * head of the agency decides, by written determination (FAR 25.103(a)).
     */
    PUBLIC_INTEREST("Public interest", "FAR 25.103(a)",
            AuthorityLevel.AGENCY_HEAD, false, false, true),

    /**
     * The article is not mined, produced or manufactured in the United States in sufficient and
     * reasonably available commercial quantities of satisfactory quality, determined for this
     * acquisition by the head of the contracting activity (FAR 25.103(b)(2)). No written
     * determination is needed when the acquisition was fully and openly competed, synopsized, and
     * drew no offer of a domestic end product (FAR 25.103(b)). The proposed waiver is sent to the
     * Made in America Office for review before it is granted (EO 14005; OMB M-21-26).
     */
    NONAVAILABILITY_INDIVIDUAL("Nonavailability (individual determination)", "FAR 25.103(b)(2)",
            AuthorityLevel.HEAD_OF_CONTRACTING_ACTIVITY, true, false, true),

    /**
     * The article is on the FAR 25.104 list of nonavailable articles: the class determination is
     * already made (FAR 25.103(b)(1)), but market research must still be on file. In the portal a
     * contracting officer confirms that the article is on the list and that the research is on
     * file. Not sent to the Made in America Office: there is no agency waiver to propose, the
     * determination being the FAR Council's own list.
     */
    NONAVAILABILITY_LISTED_CLASS("Nonavailability (FAR 25.104 listed article)", "FAR 25.103(b)(1); FAR 25.104",
            AuthorityLevel.CONTRACTING_OFFICER, false, false, false),

    /**
     * The cost of the domestic end product would be unreasonable, as computed by the FAR 25.106
     * evaluation (see {@link UnreasonableCostEvaluation}); the contracting officer decides
     * (FAR 25.103(c)).
     */
    UNREASONABLE_COST("Unreasonable cost", "FAR 25.103(c); FAR 25.106",
            AuthorityLevel.CONTRACTING_OFFICER, false, false, false),

    /** Articles acquired for resale in commissaries or similar facilities (FAR 25.103(d)). */
    RESALE("Resale (commissary)", "FAR 25.103(d)",
            AuthorityLevel.CONTRACTING_OFFICER, false, false, false),

    /**
     * Information technology that is a commercial product: the Buy American statute does not apply
     * (FAR 25.103(e)). The exception is automatic, so nobody grants it; the portal still records it
     * as a request that any approver (contracting officer or higher, never the requester) confirms,
     * so that the audit trail shows who checked that the item is commercial IT.
     */
    COMMERCIAL_IT("Commercial information technology", "FAR 25.103(e)",
            AuthorityLevel.CONTRACTING_OFFICER, false, true, false);

    private final String label;
    private final String farCitation;
    private final AuthorityLevel requiredAuthority;
    private final boolean madeInAmericaOfficeReview;
    private final boolean automatic;
    private final boolean writtenDeterminationRequired;

    WaiverType(String label, String farCitation, AuthorityLevel requiredAuthority,
               boolean madeInAmericaOfficeReview, boolean automatic, boolean writtenDeterminationRequired) {
        this.label = label;
        this.farCitation = farCitation;
        this.requiredAuthority = requiredAuthority;
        this.madeInAmericaOfficeReview = madeInAmericaOfficeReview;
        this.automatic = automatic;
        this.writtenDeterminationRequired = writtenDeterminationRequired;
    }

    /** {@return the name shown to users} */
    public String label() {
        return label;
    }

    /** {@return the FAR paragraph(s) the exception rests on} */
    public String farCitation() {
        return farCitation;
    }

    /** {@return the lowest authority level that may decide (or, if automatic, confirm) this type} */
    public AuthorityLevel requiredAuthority() {
        return requiredAuthority;
    }

    /** {@return true when the proposed waiver goes to the Made in America Office (OMB M-21-26)} */
    public boolean requiresMadeInAmericaOfficeReview() {
        return madeInAmericaOfficeReview;
    }

    /** {@return true when the exception applies by law and the approver only confirms it} */
    public boolean isAutomatic() {
        return automatic;
    }

    /**
     * {@return true when the decision normally needs a written determination} For an individual
     * nonavailability waiver it can be dispensed with in the FAR 25.103(b) competed-and-synopsized
     * case; the calling service records that case.
     */
    public boolean writtenDeterminationRequired() {
        return writtenDeterminationRequired;
    }
}
