package gov.buyamerican.portal.rules.purchase;

import java.math.BigDecimal;

/**
 * Classifies a purchase under the Buy American statute. Pure and deterministic: the same facts always give the same
 * class, so purchases can be reclassified at any time when attestations, waivers or thresholds change.
 *
 * <p>The rules, first match wins:
 * <ol>
 *   <li>a verified attestation valid on the purchase date that found a domestic end product: DOMESTIC;</li>
 *   <li>otherwise (no attestation valid on the date) FPDS place of manufacture D: DOMESTIC;</li>
 *   <li>an amount above zero and at or below the micro-purchase threshold in force on the date:
 *       EXEMPT_MICRO_PURCHASE (FAR 25.100: subpart 25.1 applies above it; the origin is still kept for reporting);</li>
 *   <li>a linked waiver, approved and not expired on the date: FOREIGN_WAIVED; FPDS codes I, J, K (public interest,
 *       nonavailability, unreasonable cost) report a waiver granted outside the portal: FOREIGN_WAIVED;</li>
 *   <li>an exception declared by staff, or FPDS codes C (not manufactured), F (resale), G (trade agreement),
 *       H (commercial IT), L (qualifying country): EXEMPT_OTHER;</li>
 *   <li>shown foreign (attestation, FPDS code A, B or E, a country of origin other than the US), or a linked waiver
 *       not in force: FOREIGN_UNWAIVED, a compliance exception;</li>
 *   <li>anything else (US origin without an attestation, an attestation not valid on the date, no data): UNKNOWN.</li>
 * </ol>
 * A zero or negative amount (an adjustment or deobligation) is never a micro-purchase: it is classified by its origin.
 */
public final class PurchaseClassifier {

    private PurchaseClassifier() {
    }

    public static PurchaseClassification classify(PurchaseFacts f) {
        AttestationFact att = f.attestation();
        boolean attestationValid = att != null && att.coversDate(f.date());
        PlaceOfManufacture pom = f.placeOfManufacture();

        if (attestationValid && att.domestic()) {
            return result(Reason.ATTESTATION_DOMESTIC, "Verified attestation #" + att.id() + " (valid "
                    + att.validFrom() + " to " + att.validUntil() + ") found a domestic end product.", att.id(), null);
        }
        if (!attestationValid && pom == PlaceOfManufacture.D) {
            return result(Reason.PLACE_OF_MANUFACTURE_DOMESTIC, "FPDS place of manufacture D: " + pom.meaning() + ".",
                    null, null);
        }
        BigDecimal amount = f.amount();
        if (amount.signum() > 0 && amount.compareTo(f.microPurchaseThreshold()) <= 0) {
            return result(Reason.MICRO_PURCHASE, usd(amount)
                    + " is at or below the micro-purchase threshold of " + usd(f.microPurchaseThreshold())
                    + " in force on " + f.date() + " (FAR 2.101, 25.100).", null, null);
        }
        WaiverFact waiver = f.waiver();
        if (waiver != null && waiver.coversDate(f.date())) {
            return result(Reason.WAIVER_IN_FORCE, "Waiver " + waiver.number() + " was approved and in force on "
                    + f.date() + (waiver.expiresOn() == null ? "." : " (until " + waiver.expiresOn() + ")."),
                    null, waiver.id());
        }
        if (pom == PlaceOfManufacture.I || pom == PlaceOfManufacture.J || pom == PlaceOfManufacture.K) {
            return result(Reason.FPDS_REPORTED_WAIVER, "FPDS place of manufacture " + pom + ": " + pom.meaning()
                    + " (waiver granted outside the portal).", null, null);
        }
        if (f.exemption() != null) {
            return result(Reason.DECLARED_EXEMPTION, "Exception declared: " + f.exemption().label() + " ("
                    + f.exemption().citation() + ").", null, null);
        }
        if (pom == PlaceOfManufacture.C || pom == PlaceOfManufacture.F || pom == PlaceOfManufacture.G
                || pom == PlaceOfManufacture.H || pom == PlaceOfManufacture.L) {
            return result(Reason.FPDS_REPORTED_EXCEPTION, "FPDS place of manufacture " + pom + ": " + pom.meaning()
                    + ".", null, null);
        }
        String aboveThreshold = amount.signum() > 0 ? " above the micro-purchase threshold of "
                + usd(f.microPurchaseThreshold()) : "";
        if (waiver != null) {
            return result(Reason.WAIVER_NOT_IN_FORCE, "Waiver " + waiver.number() + (waiver.approved()
                    ? " had expired on " + waiver.expiresOn() : " is not approved") + " on the purchase date "
                    + f.date() + "; purchase" + aboveThreshold + ".", null, waiver.id());
        }
        if (attestationValid) {
            return result(Reason.ATTESTATION_FOREIGN, "Verified attestation #" + att.id()
                    + " found a foreign end product; no waiver or exception" + aboveThreshold + ".", att.id(), null);
        }
        if (pom != null && pom.isForeign()) {
            return result(Reason.PLACE_OF_MANUFACTURE_FOREIGN, "FPDS place of manufacture " + pom + ": "
                    + pom.meaning() + "; no waiver or exception" + aboveThreshold + ".", null, null);
        }
        String country = f.originCountry();
        if (country != null && !PurchaseFacts.US.equals(country)) {
            return result(Reason.FOREIGN_COUNTRY_OF_ORIGIN, "Country of origin " + country
                    + "; no waiver or exception" + aboveThreshold + ".", null, null);
        }
        if (att != null) {
            return result(Reason.ATTESTATION_NOT_VALID_ON_DATE, "Attestation #" + att.id() + " is valid from "
                    + att.validFrom() + " to " + att.validUntil() + ", not on " + f.date() + ".", null, null);
        }
        if (country != null) {
            return result(Reason.US_ORIGIN_UNATTESTED, "Country of origin US, but no verified attestation shows that"
                    + " US components exceed the domestic content threshold.", null, null);
        }
        return result(Reason.NO_ORIGIN_DATA, "No attestation, place of manufacture or country of origin.", null, null);
    }

    /** US dollars as people read them: "$15,000.00" (cents shown, rounded half up when the value has more). */
    static String usd(BigDecimal amount) {
        BigDecimal cents = amount.setScale(2, java.math.RoundingMode.HALF_UP);
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.00",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.US));
        String digits = format.format(cents.abs());
        return (cents.signum() < 0 ? "-$" : "$") + digits;
    }

    private static PurchaseClassification result(Reason reason, String explanation, Long attestationId,
            Long waiverId) {
        return new PurchaseClassification(reason.purchaseClass(), reason, explanation, attestationId, waiverId);
    }
}
