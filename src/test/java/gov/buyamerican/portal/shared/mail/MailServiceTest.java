package gov.buyamerican.portal.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.support.PortalSpringTest;
import gov.buyamerican.portal.support.TestMailServer;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Real SMTP: the portal sends to the test JVM's GreenMail server, which the shared Spring context points at. */
@PortalSpringTest
class MailServiceTest {

    @Autowired
    MailService mail;

    @Test
    void sendsAPlainTextAndAnEscapedHtmlPartWithTheLink() throws Exception {
        String to = "vendor-" + UUID.randomUUID() + "@example.com";
        OutgoingMail message = OutgoingMail.of(to, "Origin attestation requested:\r\nBcc: victim@example.com",
                        "Hello Ann <Lee> & Co.,",
                        "Please attest the origin of \"Steel bolt M8\".\nThe link works once.")
                .withLink("Open the attestation form", "https://portal.example.gov/attest?token=a1b2&x=<y>");

        MailResult result = mail.send(message);

        assertThat(mail.isConfigured()).isTrue();
        assertThat(result.outcome()).isEqualTo(MailResult.Outcome.SENT);
        assertThat(result.detail()).isEqualTo("E-mail sent to " + to + ".");
        List<MimeMessage> received = TestMailServer.awaitMessagesTo(to, 1);
        assertThat(received).hasSize(1);
        MimeMessage m = received.getFirst();
        // the line break in the subject did not become a header
        assertThat(m.getSubject()).isEqualTo("Origin attestation requested: Bcc: victim@example.com");
        assertThat(m.getAllRecipients()).extracting(Object::toString).containsExactly(to);
        assertThat(((InternetAddress) m.getFrom()[0]).getAddress()).isEqualTo("portal-test@example.gov");
        assertThat(((InternetAddress) m.getFrom()[0]).getPersonal()).isEqualTo("Buy American Compliance Portal");

        String text = part(m, "text/plain");
        String html = part(m, "text/html");
        assertThat(text).contains("Hello Ann <Lee> & Co.,", "\"Steel bolt M8\".\nThe link works once.",
                "Open the attestation form:\nhttps://portal.example.gov/attest?token=a1b2&x=<y>", MailService.FOOTER);
        assertThat(html).contains("<p>Hello Ann &lt;Lee&gt; &amp; Co.,</p>",
                "&quot;Steel bolt M8&quot;.<br>", "The link works once.",
                "<a href=\"https://portal.example.gov/attest?token=a1b2&amp;x=&lt;y&gt;\">Open the attestation form</a>")
                .doesNotContain("<Lee>", "<y>");
    }

    @Test
    void anInvalidAddressIsRefusedOnTheField() {
        assertThatThrownBy(() -> mail.send(OutgoingMail.of("not an address", "Subject", "Body")))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("to"));
    }

    /** The text of the first part of this type in a multipart message. */
    private static String part(Part message, String type) throws Exception {
        List<Part> queue = new ArrayList<>(List.of(message));
        while (!queue.isEmpty()) {
            Part p = queue.removeFirst();
            if (p.isMimeType(type)) {
                return p.getContent().toString().replace("\r\n", "\n");
            }
            if (p.getContent() instanceof Multipart multi) {
                for (int i = 0; i < multi.getCount(); i++) {
                    BodyPart child = multi.getBodyPart(i);
                    queue.add(child);
                }
            }
        }
        throw new AssertionError("No " + type + " part");
    }
}
