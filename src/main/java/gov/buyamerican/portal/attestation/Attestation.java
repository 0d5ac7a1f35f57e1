package gov.buyamerican.portal.attestation;

import gov.buyamerican.portal.rules.domesticcontent.Component;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One attestation with its component list.
 *
 * @param versionNo       1, 2, ... per product
 * @param correctsId      the attestation this one corrects, or null
 * @param supersededById  the attestation that superseded this one, or null
 * @param source          who entered it: staff, or a vendor through an invitation link
 * @param enteredBy       the staff user who entered it, or "vendor:" and the signer's e-mail for a vendor entry
 * @param result          the stored result, once submitted
 */
public record Attestation(long id, long productId, int versionNo, Long correctsId, Long supersededById,
                          AttestationStatus status, Source source, Long invitationId,
                          String placeCountry, String placeState, String placeCity, String placeFacility,
                          Integer deliveryYear, boolean fallbackCondition, List<Component> components,
                          String signerName, String signerTitle, String signerEmail,
                          String certificationVersion, String certificationText, Instant signedAt,
                          String enteredBy, Instant submittedAt, String verifiedBy, Instant verifiedAt,
                          String rejectedBy, Instant rejectedAt, String rejectionReason, LocalDate validUntil,
                          StoredResult result, Instant createdAt, Instant updatedAt, int version) {

    /** Who entered an attestation. */
    public enum Source { STAFF, VENDOR }

    public Attestation {
        components = List.copyOf(components);
    }

    public AttestationForm toForm() {
        return new AttestationForm(placeCountry, placeState, placeCity, placeFacility, deliveryYear, fallbackCondition,
                components, signerName, signerTitle, signerEmail, certificationText != null);
    }

    /** {@return e.g. "v2"} */
    public String label() {
        return "v" + versionNo;
    }
}
