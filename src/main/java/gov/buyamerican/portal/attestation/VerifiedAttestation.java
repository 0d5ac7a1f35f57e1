package gov.buyamerican.portal.attestation;

import java.time.LocalDate;

/**
 * An attestation that was verified, with the days it speaks for: still VERIFIED, or SUPERSEDED / EXPIRED after having
 * been verified (a closed attestation still covers the days it was valid). Read by the purchase classification.
 *
 * @param id         the attestation
 * @param productId  its product
 * @param domestic   true when its component test found a domestic end product
 * @param signedOn   the signing day (UTC), first valid day
 * @param validUntil its last valid day (inclusive)
 */
public record VerifiedAttestation(long id, long productId, boolean domestic, LocalDate signedOn, LocalDate validUntil) {
}
