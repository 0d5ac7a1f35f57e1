package gov.buyamerican.portal.waiver.internal;

import static gov.buyamerican.portal.db.Tables.WAIVER_NOTIFICATION;

import gov.buyamerican.portal.security.UserDirectory;
import gov.buyamerican.portal.shared.mail.MailService;
import gov.buyamerican.portal.shared.mail.OutgoingMail;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes in-app notifications in the caller's transaction, so a notification exists exactly when its action was
 * committed; when SMTP is configured and the recipient has an e-mail address, the same message is e-mailed after the
 * commit (never for an action that was rolled back). A failed e-mail is logged; the action stands.
 */
@Component
public class WaiverNotifier {

    private static final Logger log = LoggerFactory.getLogger(WaiverNotifier.class);

    private final DSLContext dsl;
    private final Clock clock;
    private final MailService mail;
    private final UserDirectory directory;

    WaiverNotifier(DSLContext dsl, Clock clock, MailService mail, UserDirectory directory) {
        this.dsl = dsl;
        this.clock = clock;
        this.mail = mail;
        this.directory = directory;
    }

    public void notify(String recipient, Long waiverId, String message) {
        String text = message.length() > 500 ? message.substring(0, 497) + "..." : message;
        dsl.insertInto(WAIVER_NOTIFICATION)
                .set(WAIVER_NOTIFICATION.RECIPIENT, recipient)
                .set(WAIVER_NOTIFICATION.WAIVER_ID, waiverId)
                .set(WAIVER_NOTIFICATION.MESSAGE, text)
                .set(WAIVER_NOTIFICATION.LINK, waiverId == null ? null : "waivers/" + waiverId)
                .set(WAIVER_NOTIFICATION.CREATED_AT, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .execute();
        if (!mail.isConfigured()) {
            return;
        }
        directory.emailOf(recipient).ifPresent(address -> afterCommit(() -> {
            var result = mail.send(OutgoingMail.of(address, "Buy American portal: " + shorten(text, 120), text,
                    "Open the portal and go to Waivers to see the request."));
            if (!result.sent()) {
                log.warn("Waiver notification e-mail to {} not sent: {}", recipient, result.detail());
            }
        }));
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
