package gov.buyamerican.portal.purchase.internal;

import gov.buyamerican.portal.rules.purchase.Exemption;
import gov.buyamerican.portal.rules.purchase.PlaceOfManufacture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The stored fields of one purchase that its classification depends on.
 *
 * @param date               purchase (action) date
 * @param amount             total in US dollars (negative for a deobligation)
 * @param productId          the product bought, or null
 * @param placeOfManufacture FPDS code, or null
 * @param originCountry      ISO alpha-2, or null
 * @param exemption          exception declared by staff, or null
 * @param waiverId           the waiver chosen by staff, or null: then an approved waiver naming {@code piid} and in
 *                           force on the date is looked for
 * @param piid               the contract identifier (PIID), or null
 */
public record ClassificationInput(LocalDate date, BigDecimal amount, Long productId,
        PlaceOfManufacture placeOfManufacture, String originCountry, Exemption exemption, Long waiverId, String piid) {

    public ClassificationInput {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
    }
}
