package gov.buyamerican.portal.shared.mail;

import java.util.Locale;
import java.util.Objects;

/**
 * A link in a message, e.g. a one-time invitation link.
 *
 * @param label the text shown (HTML part) or written before the address (plain text part)
 * @param url   an absolute http or https address
 */
public record MailLink(String label, String url) {

    public MailLink {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(url, "url");
        String lower = url.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("https://") || lower.startsWith("http://")) || url.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("A mail link must be an absolute http(s) address without spaces: " + url);
        }
    }
}
