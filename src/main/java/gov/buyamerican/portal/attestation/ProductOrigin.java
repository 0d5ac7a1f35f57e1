package gov.buyamerican.portal.attestation;

import gov.buyamerican.portal.rules.domesticcontent.Classification;
import java.time.LocalDate;

/**
 * A product's current origin status: the classification of its verified, unexpired attestation, or none.
 *
 * @param classification  DOMESTIC or FOREIGN, or null when there is no valid attestation
 * @param attestationId   the valid attestation, or null
 * @param validUntil      its last valid day, or null
 * @param pendingId       a submitted attestation waiting for verification, or null
 */
public record ProductOrigin(Classification classification, Long attestationId, LocalDate validUntil, Long pendingId) {

    public boolean hasValidAttestation() {
        return classification != null;
    }
}
