package gov.buyamerican.portal.shared.mail;

import java.util.List;
import java.util.Objects;

/**
 * A message to one person, written as plain paragraphs: {@link MailService} escapes them into the HTML part and uses
 * them as they are in the plain text part, so that no caller writes HTML.
 *
 * @param to         the recipient's address
 * @param subject    one line
 * @param paragraphs the body, one entry per paragraph (line breaks inside a paragraph are kept)
 * @param link       an optional link shown after the paragraphs, or null
 */
public record OutgoingMail(String to, String subject, List<String> paragraphs, MailLink link) {

    public OutgoingMail {
        Objects.requireNonNull(subject, "subject");
        paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
    }

    public static OutgoingMail of(String to, String subject, String... paragraphs) {
        return new OutgoingMail(to, subject, List.of(paragraphs), null);
    }

    public OutgoingMail withLink(String label, String url) {
        return new OutgoingMail(to, subject, paragraphs, new MailLink(label, url));
    }
}
