package gov.buyamerican.portal.purchase;

import gov.buyamerican.portal.rules.purchase.Exemption;
import gov.buyamerican.portal.rules.purchase.PlaceOfManufacture;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What staff enter for a purchase. The classification is computed, never entered. When quantity and unit price are
 * both given the total is computed from them (see {@link PurchaseService}); otherwise the total is required.
 *
 * @param waiverId the waiver that covers the purchase, or null: then an approved waiver naming the PIID is matched
 */
public record PurchaseForm(LocalDate date, Long officeId, Long vendorId, Long sellerId, Long productId,
        String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal total, PurchaseChannel channel,
        String piid, String orderNumber, String originCountry, PlaceOfManufacture placeOfManufacture,
        Exemption exemption, Long waiverId) {

    /** Field names used in {@code BusinessRuleException#field()}. */
    public static final String DATE = "date", OFFICE = "office", VENDOR = "vendor", SELLER = "seller",
            PRODUCT = "product", DESCRIPTION = "description", QUANTITY = "quantity", UNIT_PRICE = "unitPrice",
            TOTAL = "total", CHANNEL = "channel", PIID = "piid", ORDER_NUMBER = "orderNumber",
            COUNTRY = "originCountry", PLACE_OF_MANUFACTURE = "placeOfManufacture", EXEMPTION = "exemption",
            WAIVER = "waiver";
}
