package gov.buyamerican.portal.shared.mail;

/**
 * What happened to a message. Callers that send a link show it to the staff member whenever the message was not sent,
 * so that they can pass it on themselves.
 *
 * @param outcome sent, not sent because no SMTP server is configured, or refused or unreachable server
 * @param detail  a sentence for the staff member
 */
public record MailResult(Outcome outcome, String detail) {

    public enum Outcome { SENT, NOT_CONFIGURED, FAILED }

    public boolean sent() {
        return outcome == Outcome.SENT;
    }

    static MailResult sent(String to) {
        return new MailResult(Outcome.SENT, "E-mail sent to " + to + ".");
    }

    static MailResult notConfigured() {
        return new MailResult(Outcome.NOT_CONFIGURED,
                "E-mail is not configured on this portal (no SMTP server): nothing was sent.");
    }

    static MailResult failed(String reason) {
        return new MailResult(Outcome.FAILED, "The e-mail could not be sent: " + reason);
    }
}
