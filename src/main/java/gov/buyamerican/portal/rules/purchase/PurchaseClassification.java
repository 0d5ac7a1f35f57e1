package gov.buyamerican.portal.rules.purchase;

import java.util.Objects;

/**
 * The outcome of {@link PurchaseClassifier#classify}.
 *
 * @param purchaseClass the class
 * @param reason        the rule that decided
 * @param explanation   one readable sentence with the numbers used (threshold, dates, codes)
 * @param attestationId the attestation that decided, or null
 * @param waiverId      the waiver that decided, or null
 */
public record PurchaseClassification(PurchaseClass purchaseClass, Reason reason, String explanation,
        Long attestationId, Long waiverId) {

    public PurchaseClassification {
        Objects.requireNonNull(purchaseClass, "purchaseClass");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(explanation, "explanation");
        if (reason.purchaseClass() != purchaseClass) {
            throw new IllegalArgumentException(reason + " does not lead to " + purchaseClass);
        }
    }
}
