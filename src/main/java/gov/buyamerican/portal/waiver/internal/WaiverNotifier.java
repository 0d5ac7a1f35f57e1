package gov.buyamerican.portal.waiver.internal;

import static gov.buyamerican.portal.db.Tables.WAIVER_NOTIFICATION;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Writes in-app notifications in the caller's transaction, so a notification exists exactly when its action was
 * committed. E-mail (when SMTP is configured) is a later step; it will hang off the same calls.
 */
@Component
public class WaiverNotifier {

    private final DSLContext dsl;
    private final Clock clock;

    WaiverNotifier(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public void notify(String recipient, Long waiverId, String message) {
        dsl.insertInto(WAIVER_NOTIFICATION)
                .set(WAIVER_NOTIFICATION.RECIPIENT, recipient)
                .set(WAIVER_NOTIFICATION.WAIVER_ID, waiverId)
                .set(WAIVER_NOTIFICATION.MESSAGE, message.length() > 500 ? message.substring(0, 497) + "..." : message)
                .set(WAIVER_NOTIFICATION.LINK, waiverId == null ? null : "waivers/" + waiverId)
                .set(WAIVER_NOTIFICATION.CREATED_AT, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .execute();
    }
}
