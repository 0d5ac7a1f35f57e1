package gov.buyamerican.portal.attestation;

/**
 * A new invitation and its secret token, returned once to the staff member who created it.
 *
 * @param path    the public route with the token, e.g. {@code attest/Zx3...}, relative to the portal's address
 * @param emailed whether the link was e-mailed; when not, staff pass it on themselves
 */
public record InvitationLink(Invitation invitation, String token, String path, boolean emailed) {

    public static final String ROUTE = "attest";
}
