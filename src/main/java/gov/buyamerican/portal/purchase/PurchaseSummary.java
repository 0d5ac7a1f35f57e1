package gov.buyamerican.portal.purchase;

import gov.buyamerican.portal.rules.purchase.PurchaseClass;
import gov.buyamerican.portal.rules.purchase.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of the purchases grid. */
public record PurchaseSummary(long id, LocalDate date, long officeId, String officeName, long vendorId,
        String vendorName, Long sellerId, String sellerName, Long productId, String productName, String description,
        PurchaseChannel channel, BigDecimal total, String originCountry, String piid, String orderNumber,
        PurchaseClass classification, Reason reason) {
}
