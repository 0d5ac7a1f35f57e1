package gov.buyamerican.portal.waiver;

import static gov.buyamerican.portal.db.Tables.WAIVER_NOTIFICATION;

import gov.buyamerican.portal.security.CurrentUser;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.waiver.internal.WaiverStore;
import java.time.Clock;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current user's in-app notifications about waivers (to approvers on submission, to requesters on decisions and
 * comments). Each user reads and marks only their own. E-mail delivery is not built yet.
 */
@Service
public class WaiverNotificationService {

    private final DSLContext dsl;
    private final Clock clock;

    WaiverNotificationService(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The newest notifications first, read or not. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<WaiverNotification> mine(int limit) {
        return dsl.selectFrom(WAIVER_NOTIFICATION).where(WAIVER_NOTIFICATION.RECIPIENT.eq(me()))
                .orderBy(WAIVER_NOTIFICATION.CREATED_AT.desc(), WAIVER_NOTIFICATION.ID.desc()).limit(Math.max(1, Math.min(limit, 200)))
                .fetch(n -> new WaiverNotification(n.getId(), n.getMessage(), n.getLink(),
                        WaiverStore.instant(n.getCreatedAt()), n.getReadAt() != null));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int unreadCount() {
        return dsl.fetchCount(WAIVER_NOTIFICATION, WAIVER_NOTIFICATION.RECIPIENT.eq(me())
                .and(WAIVER_NOTIFICATION.READ_AT.isNull()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(long id) {
        dsl.update(WAIVER_NOTIFICATION).set(WAIVER_NOTIFICATION.READ_AT, WaiverStore.utc(clock.instant()))
                .where(WAIVER_NOTIFICATION.ID.eq(id)).and(WAIVER_NOTIFICATION.RECIPIENT.eq(me()))
                .and(WAIVER_NOTIFICATION.READ_AT.isNull()).execute();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markAllRead() {
        return dsl.update(WAIVER_NOTIFICATION).set(WAIVER_NOTIFICATION.READ_AT, WaiverStore.utc(clock.instant()))
                .where(WAIVER_NOTIFICATION.RECIPIENT.eq(me())).and(WAIVER_NOTIFICATION.READ_AT.isNull()).execute();
    }

    private static String me() {
        return CurrentUser.username().orElseThrow(() -> new BusinessRuleException("Log in first."));
    }
}
