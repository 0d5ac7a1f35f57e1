package gov.buyamerican.portal.attestation;

/**
 * An invitation link that cannot be used: unknown, expired, already used, for another product, or asked too often.
 * The message says which, without revealing anything about other invitations.
 */
public class InvitationRefusedException extends RuntimeException {

    public InvitationRefusedException(String message) {
        super(message);
    }
}
