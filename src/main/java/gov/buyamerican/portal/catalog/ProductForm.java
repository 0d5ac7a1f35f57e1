package gov.buyamerican.portal.catalog;

import gov.buyamerican.portal.rules.domesticcontent.ProductKind;

/** What staff enter for a product; the service checks and normalizes it. Vendor ids may be null while editing. */
public record ProductForm(String name, String partNumber, String description, String psc, String naics,
                          Long offerorId, Long manufacturerId, ProductKind kind) {

    public static ProductForm empty() {
        return new ProductForm(null, null, null, null, null, null, null, null);
    }
}
