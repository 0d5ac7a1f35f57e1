package gov.buyamerican.portal.attestation;

import java.time.Instant;

/** A one-time link sent to a vendor contact for one product. The token itself is never stored. */
public record Invitation(long id, long productId, String contactName, String contactEmail, String createdBy,
                         Instant createdAt, Instant expiresAt, Instant usedAt, Long attestationId, boolean emailed) {

    public boolean openOn(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
