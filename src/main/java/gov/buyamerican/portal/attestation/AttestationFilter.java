package gov.buyamerican.portal.attestation;

/**
 * Filters of the attestation grid; null does not filter.
 *
 * @param text   words of the product name, or the start of its part number, or of the signer's name
 * @param status only this status
 */
public record AttestationFilter(String text, AttestationStatus status) {

    public static AttestationFilter all() {
        return new AttestationFilter(null, null);
    }
}
