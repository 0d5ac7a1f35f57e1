package gov.buyamerican.portal.waiver.internal;

import static gov.buyamerican.portal.db.Tables.WAIVER_REQUEST;

import gov.buyamerican.portal.audit.AuditEntry;
import gov.buyamerican.portal.audit.AuditService;
import gov.buyamerican.portal.db.tables.records.WaiverRequestRecord;
import gov.buyamerican.portal.shared.CurrentActor;
import gov.buyamerican.portal.rules.waiver.ExpectedWaiverDuration;
import gov.buyamerican.portal.rules.waiver.WaiverAction;
import gov.buyamerican.portal.rules.waiver.WaiverStateMachine;
import gov.buyamerican.portal.rules.waiver.WaiverStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Approved waivers expire at the end of their duration. The portal checks regularly, as the system user; the check is
 * idempotent (each waiver moves from Approved to Expired by a conditional update, so a second run, or a second
 * application instance running at the same time, finds nothing more to do) and every expiry is in the timeline and
 * the audit trail.
 *
 * <p>The end date is set at approval: the upper bound of the expected maximum duration counted from the decision day;
 * for "instant delivery only" the end of the delivery period; none for "more than 5 years" (no bound to apply).
 */
@Component
public class WaiverExpiry {

    private static final Logger log = LoggerFactory.getLogger(WaiverExpiry.class);

    private final DSLContext dsl;
    private final WaiverStore store;
    private final WaiverNotifier notifier;
    private final AuditService audit;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final org.springframework.context.ApplicationEventPublisher events;

    WaiverExpiry(DSLContext dsl, WaiverStore store, WaiverNotifier notifier, AuditService audit, Clock clock,
                 PlatformTransactionManager transactions,
                 org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.dsl = dsl;
        this.store = store;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** {@return the last day an approved waiver is in force, or null when its duration gives no end date} */
    public static LocalDate expiryDate(WaiverRequestRecord r, LocalDate decidedOn) {
        ExpectedWaiverDuration d = WaiverStore.enumOrNull(ExpectedWaiverDuration.class, r.getExpectedMaxDuration());
        if (d == null) {
            return null;
        }
        if (d == ExpectedWaiverDuration.INSTANT_DELIVERY_ONLY) {
            return r.getDeliveryTo();
        }
        return d.upperBound().map(decidedOn::plus).orElse(null);
    }

    /** The name of this job's row in the {@code shedlock} table. */
    public static final String LOCK_NAME = "waiver-expiry";

    /**
     * Runs once per interval across all instances sharing the database: the ShedLock row is held for at least five
     * minutes after a run starts, so an instance whose timer fires shortly after another's skips its run.
     */
    @Scheduled(initialDelayString = "${portal.scheduling.initial-delay:PT1M}", fixedDelayString = "${portal.waivers.expiry-check-interval:PT1H}")
    @SchedulerLock(name = LOCK_NAME, lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    public void scheduledCheck() {
        try {
            int expired = expireDue(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
            if (expired > 0) {
                log.info("Expired {} waiver(s) at the end of their duration", expired);
            }
        } catch (RuntimeException e) {
            log.error("The waiver expiry check failed; it runs again at the next interval", e);
        }
    }

    /**
     * Expires every approved waiver whose last day in force is before {@code today}; one transaction.
     *
     * @return how many waivers this call expired
     */
    public int expireDue(LocalDate today) {
        Integer count = transaction.execute(status -> {
            List<WaiverRequestRecord> due = dsl.selectFrom(WAIVER_REQUEST)
                    .where(WAIVER_REQUEST.STATUS.eq(WaiverStatus.APPROVED.name()))
                    .and(WAIVER_REQUEST.EXPIRES_ON.lt(today))
                    .orderBy(WAIVER_REQUEST.ID)
                    .fetch();
            int expired = 0;
            WaiverStatus to = WaiverStateMachine.next(WaiverStatus.APPROVED, WaiverAction.EXPIRE);
            for (WaiverRequestRecord r : due) {
                Instant now = clock.instant();
                int updated = dsl.update(WAIVER_REQUEST)
                        .set(WAIVER_REQUEST.STATUS, to.name())
                        .set(WAIVER_REQUEST.VERSION, WAIVER_REQUEST.VERSION.plus(1))
                        .set(WAIVER_REQUEST.UPDATED_AT, WaiverStore.utc(now))
                        .where(WAIVER_REQUEST.ID.eq(r.getId()))
                        .and(WAIVER_REQUEST.STATUS.eq(WaiverStatus.APPROVED.name()))
                        .execute();
                if (updated != 1) {
                    continue; // another instance got there first
                }
                String text = "In force until " + r.getExpiresOn() + "; expired at the end of its duration.";
                store.addEvent(r.getId(), now, CurrentActor.SYSTEM, "Portal", WaiverAction.EXPIRE.name(),
                        WaiverStatus.APPROVED, to, text);
                notifier.notify(r.getRequester(), r.getId(), "Waiver " + r.getWaiverNumber() + " expired: it was in force until "
                        + r.getExpiresOn() + ".");
                audit.recordAs(CurrentActor.SYSTEM, AuditEntry.of("WAIVER_EXPIRE", "WaiverRequest", r.getId(),
                        "Waiver " + r.getWaiverNumber() + " expired (in force until " + r.getExpiresOn() + ")")
                        .withChange(Map.of("status", WaiverStatus.APPROVED.name()), Map.of("status", to.name())));
                events.publishEvent(new gov.buyamerican.portal.waiver.WaiverStatusChanged(r.getId(), to, List.of()));
                expired++;
            }
            return expired;
        });
        return count == null ? 0 : count;
    }
}
