package gov.buyamerican.portal.purchase.internal.imports;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row that passed the checks of its format, before the vendors, office and product are matched to ids (done on the
 * transaction's thread, which may register new ones).
 *
 * @param vendorUei     USAspending: the recipient's UEI; marketplace: the marketplace's UEI when the cell is one
 * @param vendorName    USAspending: the recipient's name; marketplace: the marketplace cell as written (UEI or name)
 * @param vendorCountry alpha-2, for registering an unknown vendor, or null
 * @param newVendorName marketplace: the marketplace's legal name for registering it, or null
 */
record Candidate(long line, String sourceKey, LocalDate date, BigDecimal total, BigDecimal quantity,
                 BigDecimal unitPrice, String channel, String piid, String orderNumber, String originCountry,
                 String placeOfManufacture, String naics, String psc, String description, String officeCode,
                 String officeName, String vendorUei, String vendorName, String vendorCountry, String newVendorName,
                 String sellerRef, String sellerName, String sellerUei, String sellerCountry, String product) {

    boolean hasSeller() {
        return sellerRef != null || sellerName != null || sellerUei != null;
    }
}
