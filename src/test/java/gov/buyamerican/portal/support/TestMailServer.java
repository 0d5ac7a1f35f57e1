package gov.buyamerican.portal.support;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The real SMTP server of the test JVM (GreenMail), started once before the one Spring test context on a free port and
 * stopped with the JVM. {@link PortalSpringTest} points {@code spring.mail.*} at it through this initializer, so every
 * Spring test shares the same cached context and the same server. Tests tell their messages apart by recipient.
 */
public final class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String PORT_PROPERTY = "portal.test.smtp-port";
    private static GreenMail server;

    /** The running server (started on first use). */
    public static synchronized GreenMail server() {
        if (server == null) {
            GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            greenMail.start();
            Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop, "greenmail-stop"));
            server = greenMail;
        }
        return server;
    }

    public static int port() {
        return server().getSmtp().getPort();
    }

    /** Waits (up to 10 s) until {@code count} messages for {@code recipient} have arrived, and returns them. */
    public static List<MimeMessage> awaitMessagesTo(String recipient, int count) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            List<MimeMessage> found = messagesTo(recipient);
            if (found.size() >= count || System.currentTimeMillis() > deadline) {
                return found;
            }
            server().waitForIncomingEmail(250, server().getReceivedMessages().length + 1);
        }
    }

    /** The messages received so far for one recipient. */
    public static List<MimeMessage> messagesTo(String recipient) {
        return Arrays.stream(server().getReceivedMessages()).filter(m -> isTo(m, recipient)).toList();
    }

    public static void purge() {
        try {
            server().purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTo(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("portalTestMailServer", Map.of(PORT_PROPERTY, port())));
    }
}
