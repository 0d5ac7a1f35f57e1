package gov.buyamerican.portal.attestation;

/**
 * A new invitation and its secret token, returned once to the staff member who created it.
 *
 * @param path       the public route with the token, e.g. {@code attest/Zx3...}, relative to the portal's address
 * @param url        the absolute link
 * @param emailed    whether the link was e-mailed to the contact; when not, staff pass it on themselves
 * @param mailDetail what happened to the e-mail, in a sentence for staff
 */
public record InvitationLink(Invitation invitation, String token, String path, String url, boolean emailed,
                             String mailDetail) {

    public static final String ROUTE = "attest";
}
