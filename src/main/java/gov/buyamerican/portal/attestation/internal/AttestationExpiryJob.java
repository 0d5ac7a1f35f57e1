package gov.buyamerican.portal.attestation.internal;

import gov.buyamerican.portal.attestation.AttestationService;
import gov.buyamerican.portal.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Marks overdue attestations EXPIRED: shortly after start-up, then every night (UTC). Idempotent and audited. */
@Component
class AttestationExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(AttestationExpiryJob.class);
    private final AttestationService attestations;

    AttestationExpiryJob(AttestationService attestations) {
        this.attestations = attestations;
    }

    @Scheduled(cron = "${portal.attestations.expiry-cron:0 5 0 * * *}", zone = "UTC")
    void nightly() {
        run();
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "P3650D")
    void afterStart() {
        run();
    }

    void run() {
        int expired = SystemAuthentication.call(attestations::expireOverdue, Role.STAFF);
        if (expired > 0) {
            log.info("{} attestation(s) expired", expired);
        }
    }
}
