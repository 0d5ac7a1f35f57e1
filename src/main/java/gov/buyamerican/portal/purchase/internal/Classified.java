package gov.buyamerican.portal.purchase.internal;

import gov.buyamerican.portal.rules.purchase.PurchaseClassification;
import java.math.BigDecimal;

/**
 * A classification with what must be stored beside it on the purchase row.
 *
 * @param classification         the classifier's result (class, reason, explanation)
 * @param waiverId               the value for {@code purchase.waiver_id}: the staff-chosen waiver, or the one matched
 *                               on the PIID, or null
 * @param waiverMatched          true when {@code waiverId} was matched on the PIID (column {@code waiver_matched}):
 *                               reclassification matches again instead of keeping it
 * @param microPurchaseThreshold the threshold in force on the date, for {@code purchase.micro_purchase_threshold}
 */
public record Classified(PurchaseClassification classification, Long waiverId, boolean waiverMatched,
        BigDecimal microPurchaseThreshold) {

    /** Longest stored explanation ({@code purchase.classification_note}). */
    public static final int NOTE_MAX = 600;

    /** {@return the explanation cut to fit {@code classification_note}} */
    public String note() {
        String e = classification.explanation();
        return e.length() <= NOTE_MAX ? e : e.substring(0, NOTE_MAX - 1) + "\u2026";
    }

    /** {@return the attestation that decided, for {@code classified_attestation_id}, or null} */
    public Long attestationId() {
        return classification.attestationId();
    }
}
