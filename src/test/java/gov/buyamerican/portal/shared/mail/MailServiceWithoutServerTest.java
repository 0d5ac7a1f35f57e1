package gov.buyamerican.portal.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Without an SMTP server configured, or with one that cannot be reached, sending reports it and does not throw. */
class MailServiceWithoutServerTest {

    private static final MailSettings SETTINGS = new MailSettings("no-reply@localhost", "Portal");
    private static final OutgoingMail MESSAGE = OutgoingMail.of("someone@example.com", "Hello", "Body")
            .withLink("Open", "https://portal.example.gov/x");

    @Test
    void withoutAHostNothingIsSentAndTheCallerIsTold() {
        MailService service = new MailService(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                SETTINGS, Clock.systemUTC());

        MailResult result = service.send(MESSAGE);

        assertThat(service.isConfigured()).isFalse();
        assertThat(result.outcome()).isEqualTo(MailResult.Outcome.NOT_CONFIGURED);
        assertThat(result.sent()).isFalse();
        assertThat(result.detail()).contains("not configured");
    }

    @Test
    void anUnreachableServerIsAFailureWithAReason() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(closedPort);
        Properties props = new Properties();
        props.put("mail.smtp.connectiontimeout", "2000");
        props.put("mail.smtp.timeout", "2000");
        sender.setJavaMailProperties(props);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", sender);
        MailService service = new MailService(beans.getBeanProvider(JavaMailSender.class), SETTINGS, Clock.systemUTC());

        MailResult result = service.send(MESSAGE);

        assertThat(service.isConfigured()).isTrue();
        assertThat(result.outcome()).isEqualTo(MailResult.Outcome.FAILED);
        assertThat(result.detail()).startsWith("The e-mail could not be sent: ").contains("Check the SMTP settings");
    }
}
