package gov.buyamerican.portal.purchase;

import gov.buyamerican.portal.rules.purchase.Exemption;
import gov.buyamerican.portal.rules.purchase.PlaceOfManufacture;
import gov.buyamerican.portal.rules.purchase.PurchaseClass;
import gov.buyamerican.portal.rules.purchase.Reason;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One purchase with everything the detail page shows. Names are read from the owning modules' tables. */
public record Purchase(long id, String source, String sourceKey, Long importId, LocalDate date, long officeId,
        String officeName, long vendorId, String vendorName, Long sellerId, String sellerName, Long productId,
        String productName, String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal total,
        PurchaseChannel channel, String piid, String orderNumber, String originCountry, String originCountryName,
        PlaceOfManufacture placeOfManufacture, String naics, String psc, Exemption exemption, Long waiverId,
        String waiverReference, boolean waiverMatched, PurchaseClass classification, Reason reason,
        String classificationNote, Long attestationId, BigDecimal microPurchaseThreshold, Instant classifiedAt,
        String createdBy, Instant createdAt, Instant updatedAt, int version) {

    /** {@return the form holding this purchase's entered values, for editing} */
    public PurchaseForm toForm() {
        return new PurchaseForm(date, officeId, vendorId, sellerId, productId, description, quantity, unitPrice, total,
                channel, piid, orderNumber, originCountry, placeOfManufacture, exemption, waiverMatched ? null : waiverId);
    }

    /** {@return what is missing to clear a compliance exception or an unknown origin, or null} */
    public String missing() {
        return reason.missing();
    }
}
