package gov.buyamerican.portal.shared.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sender of the portal's e-mail ({@code portal.mail.*}). The SMTP server itself is Spring Boot's
 * {@code spring.mail.host}, {@code port}, {@code username}, {@code password}: without a host the portal sends nothing
 * and shows links to staff instead.
 *
 * @param from     the sender address
 * @param fromName the sender's display name
 */
@ConfigurationProperties("portal.mail")
public record MailSettings(@DefaultValue("no-reply@localhost") String from,
                           @DefaultValue("Buy American Compliance Portal") String fromName) {
}
