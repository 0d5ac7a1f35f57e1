package gov.buyamerican.portal.attestation;

/**
 * An attestation was verified, rejected, superseded or expired (published in the changing transaction; listeners that
 * need the committed state use {@code @TransactionalEventListener}). The purchase module reclassifies the product's
 * purchases.
 */
public record AttestationStatusChanged(long attestationId, long productId, AttestationStatus status) {
}
