package gov.buyamerican.portal.shared.mail;

import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.identifiers.EmailAddress;
import gov.buyamerican.portal.shared.identifiers.Validation;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Sends the portal's e-mail through the SMTP server of {@code spring.mail.*}, as a plain text part and an HTML part
 * with every caller-supplied text escaped. Without {@code spring.mail.host} Spring Boot creates no mail sender and
 * every message comes back {@link MailResult.Outcome#NOT_CONFIGURED}; a refused or unreachable server comes back
 * {@link MailResult.Outcome#FAILED}. Neither throws: the caller's action (an invitation, say) stands, and the caller
 * shows the link to staff instead.
 *
 * <p>No {@code @PreAuthorize} and no transaction: this is infrastructure with no data of its own, called by the
 * services that authorize their action, including flows without a staff login (a vendor's one-time link). Calling
 * services record what they sent in their own audit entries.
 */
@Service
@EnableConfigurationProperties(MailSettings.class)
public class MailService {

    private static final Logger log = LoggerFactory.getLogger(MailService.class);
    static final String FOOTER = "This message was sent by the Buy American Compliance Portal.";

    private final ObjectProvider<JavaMailSender> sender;
    private final MailSettings settings;
    private final Clock clock;

    public MailService(ObjectProvider<JavaMailSender> sender, MailSettings settings, Clock clock) {
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether an SMTP server is configured ({@code spring.mail.host}). */
    public boolean isConfigured() {
        return sender.getIfAvailable() != null;
    }

    /**
     * Sends a message, or says why it was not sent.
     *
     * @throws BusinessRuleException on field {@code to} when the address is not a valid e-mail address
     */
    public MailResult send(OutgoingMail mail) {
        String to = switch (EmailAddress.validate(mail.to())) {
            case Validation.Valid<String> v -> v.value();
            case Validation.Invalid<String> invalid -> throw new BusinessRuleException("to", invalid.message());
        };
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            return MailResult.notConfigured();
        }
        try {
            MimeMessage message = smtp.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(settings.from(), settings.fromName());
            helper.setTo(to);
            helper.setSubject(oneLine(mail.subject()));
            helper.setSentDate(Date.from(clock.instant()));
            helper.setText(plainText(mail), html(mail));
            smtp.send(message);
            log.info("Sent e-mail \"{}\" to {}", oneLine(mail.subject()), to);
            return MailResult.sent(to);
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            log.warn("Could not send e-mail \"{}\" to {}: {}", oneLine(mail.subject()), to, e.toString());
            return MailResult.failed(reason(e));
        }
    }

    /** The plain text part: the paragraphs as written, the link as "label: address", the footer. */
    static String plainText(OutgoingMail mail) {
        StringBuilder sb = new StringBuilder();
        for (String p : mail.paragraphs()) {
            sb.append(p.strip()).append("\n\n");
        }
        if (mail.link() != null) {
            sb.append(mail.link().label()).append(":\n").append(mail.link().url()).append("\n\n");
        }
        return sb.append("-- \n").append(FOOTER).append('\n').toString();
    }

    /** The HTML part: every text escaped, line breaks kept, the link as an anchor. */
    static String html(OutgoingMail mail) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"><title>")
                .append(escape(oneLine(mail.subject())))
                .append("</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:15px;"
                        + "line-height:1.5;color:#1b1b1b\">\n");
        for (String p : mail.paragraphs()) {
            sb.append("<p>").append(escape(p.strip()).replace("\n", "<br>\n")).append("</p>\n");
        }
        if (mail.link() != null) {
            sb.append("<p><a href=\"").append(escape(mail.link().url())).append("\">").append(escape(mail.link().label()))
                    .append("</a></p>\n");
        }
        return sb.append("<p style=\"color:#5c5c5c;font-size:12px\">").append(escape(FOOTER)).append("</p>\n</body></html>\n")
                .toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** A header value on one line: line breaks (header injection) become spaces. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ").strip();
    }

    private static String reason(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
        return (message.length() > 200 ? message.substring(0, 200) + "\u2026" : message)
                + ". Check the SMTP settings, or pass the information on another way.";
    }
}
