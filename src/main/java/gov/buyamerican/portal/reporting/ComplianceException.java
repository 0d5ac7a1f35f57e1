package gov.buyamerican.portal.reporting;

import gov.buyamerican.portal.rules.purchase.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A FOREIGN_UNWAIVED purchase above the micro-purchase threshold in force on its date: a compliance exception, with
 * the rule that classified it and what is missing to clear it ({@link Reason#missing()}).
 */
public record ComplianceException(long purchaseId, LocalDate purchaseDate, String officeName, long vendorId,
                                  String vendorName, Channel channel, String reference, String description,
                                  BigDecimal amount, BigDecimal microPurchaseThreshold, String originCountry,
                                  Reason reason, String note) {

    public String missing() {
        return reason == null || reason.missing() == null ? "" : reason.missing();
    }
}
