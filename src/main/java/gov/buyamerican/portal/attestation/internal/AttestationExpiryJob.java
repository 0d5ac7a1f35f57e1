package gov.buyamerican.portal.attestation.internal;

import gov.buyamerican.portal.attestation.AttestationService;
import gov.buyamerican.portal.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks overdue attestations EXPIRED: shortly after start-up, then every night (UTC). Idempotent and audited. Both
 * triggers share one ShedLock row, so with several application instances only one of them runs in a period.
 */
@Component
class AttestationExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(AttestationExpiryJob.class);
    private final AttestationService attestations;

    AttestationExpiryJob(AttestationService attestations) {
        this.attestations = attestations;
    }

    static final String LOCK_NAME = "attestation-expiry";

    @Scheduled(cron = "${portal.attestations.expiry-cron:0 5 0 * * *}", zone = "UTC")
    @SchedulerLock(name = LOCK_NAME, lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    public void nightly() {
        run();
    }

    @Scheduled(initialDelayString = "${portal.scheduling.initial-delay:PT1M}", fixedDelayString = "P3650D")
    @SchedulerLock(name = LOCK_NAME, lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    public void afterStart() {
        run();
    }

    void run() {
        int expired = SystemAuthentication.call(attestations::expireOverdue, Role.STAFF);
        if (expired > 0) {
            log.info("{} attestation(s) expired", expired);
        }
    }
}
