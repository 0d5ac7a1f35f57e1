package gov.buyamerican.portal.purchase.internal;

import gov.buyamerican.portal.attestation.AttestationStatusChanged;
import gov.buyamerican.portal.waiver.WaiverStatusChanged;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Reclassifies purchases off the request thread when attestations or waivers change, so that verifying an attestation
 * or approving a waiver never waits for thousands of purchases. Listens after the changing transaction committed (so
 * the new state is visible and nothing runs for a rolled-back change) and hands the work to one background thread
 * with a bounded queue. Deliberately its own executor rather than {@code @Async} with an {@code Executor} bean: a bean
 * would stand in for Spring Boot's application task executor (same choice as the vendor import's runner). When the
 * queue is full the event is dropped with a warning: the nightly sweep ({@link #nightlyReclassification}) catches up.
 */
@Component
public class ReclassificationRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReclassificationRunner.class);
    static final String LOCK_NAME = "purchase-reclassification";

    private final Reclassifier reclassifier;
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    ReclassificationRunner(Reclassifier reclassifier) {
        this.reclassifier = reclassifier;
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(1_000);
        executor.setThreadNamePrefix("purchase-reclassify-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(AttestationStatusChanged e) {
        submit(() -> reclassifier.reclassifyProduct(e.productId(),
                "attestation " + e.attestationId() + " " + e.status().name().toLowerCase(java.util.Locale.ROOT)));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(WaiverStatusChanged e) {
        submit(() -> reclassifier.reclassifyWaiver(e.waiverId(), e.piids(),
                "waiver " + e.waiverId() + " " + (e.status() == null ? "changed"
                        : e.status().name().toLowerCase(java.util.Locale.ROOT))));
    }

    /** Starts the reclassification of every purchase; false when one is running or queued already. */
    public boolean startAll(String trigger) {
        if (!reclassifier.reserveAll()) {
            return false;
        }
        if (!submit(() -> reclassifier.runReserved(trigger))) {
            reclassifier.runReservedFailed("the background queue is full");
            return false;
        }
        return true;
    }

    /**
     * Nightly sweep over every purchase (02:30 UTC): catches up on anything an event missed (a dropped event, a
     * restart) and on threshold changes in the reference table. With several instances, one of them runs it (ShedLock
     * row {@value #LOCK_NAME}, held up to 3 hours while a long sweep runs).
     */
    @Scheduled(cron = "${portal.purchases.reclassify-cron:0 30 2 * * *}", zone = "UTC")
    @SchedulerLock(name = LOCK_NAME, lockAtLeastFor = "PT5M", lockAtMostFor = "PT3H")
    public void nightlyReclassification() {
        try {
            reclassifier.reclassifyAll("nightly sweep");
        } catch (RuntimeException e) {
            log.error("The nightly purchase reclassification failed; it runs again tomorrow", e);
        }
    }

    private boolean submit(Runnable task) {
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException ex) {
                    log.error("Purchase reclassification failed; the nightly sweep will retry", ex);
                }
            });
            return true;
        } catch (RejectedExecutionException ex) {
            log.warn("Purchase reclassification queue full; the nightly sweep will catch up");
            return false;
        }
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
