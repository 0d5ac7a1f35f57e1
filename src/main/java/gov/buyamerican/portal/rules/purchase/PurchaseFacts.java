package gov.buyamerican.portal.rules.purchase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What is known about one purchase when it is classified. Everything but the date, the amount and the threshold may be
 * null (unknown).
 *
 * @param date                   the purchase (action) date
 * @param amount                 the purchase total in US dollars; negative for a deobligation
 * @param microPurchaseThreshold the micro-purchase threshold in force on {@code date} (FAR 2.101, from the dated
 *                               reference table)
 * @param placeOfManufacture     the FPDS place-of-manufacture code, or null
 * @param originCountry          ISO 3166-1 alpha-2 country of origin, or null
 * @param attestation            the verified attestation of the product that applies on the date, or null
 * @param waiver                 the waiver linked to the purchase, or null
 * @param exemption              an exception declared by staff, or null
 */
public record PurchaseFacts(LocalDate date, BigDecimal amount, BigDecimal microPurchaseThreshold,
        PlaceOfManufacture placeOfManufacture, String originCountry, AttestationFact attestation, WaiverFact waiver,
        Exemption exemption) {

    /** ISO alpha-2 code of the United States. */
    public static final String US = "US";

    public PurchaseFacts {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(microPurchaseThreshold, "microPurchaseThreshold");
        if (originCountry != null) {
            originCountry = originCountry.isBlank() ? null : originCountry.strip().toUpperCase(Locale.ROOT);
        }
    }
}
