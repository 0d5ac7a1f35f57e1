package gov.buyamerican.portal.attestation;

/** A product with no verified, unexpired attestation; {@code latestStatus} is its newest attestation's, or null. */
public record ProductWithoutAttestation(long productId, String productName, String partNumber, String offerorName,
                                        AttestationStatus latestStatus) {
}
