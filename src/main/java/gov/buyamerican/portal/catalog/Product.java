package gov.buyamerican.portal.catalog;

import gov.buyamerican.portal.rules.domesticcontent.ProductKind;
import java.time.Instant;

/**
 * An end product a vendor offers.
 *
 * @param offerorId        the vendor that offers it
 * @param manufacturerId   the vendor that makes it (may be the offeror)
 */
public record Product(long id, String name, String partNumber, String description, String psc, String naics,
                      long offerorId, String offerorName, long manufacturerId, String manufacturerName,
                      ProductKind kind, String createdBy, Instant createdAt, Instant updatedAt, int version) {

    public ProductForm toForm() {
        return new ProductForm(name, partNumber, description, psc, naics, offerorId, manufacturerId, kind);
    }

    /** {@return e.g. "Steel shelving unit (SKU SH-100)"} */
    public String label() {
        return name + " (" + partNumber + ")";
    }
}
