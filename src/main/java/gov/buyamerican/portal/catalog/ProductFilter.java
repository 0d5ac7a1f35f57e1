package gov.buyamerican.portal.catalog;

import gov.buyamerican.portal.rules.domesticcontent.ProductKind;

/**
 * Filters of the product grid; null components do not filter.
 *
 * @param text     start of the name, part number, PSC or NAICS, or words of the offeror's or manufacturer's name
 * @param kind     only this kind
 * @param vendorId only products this vendor offers or manufactures
 */
public record ProductFilter(String text, ProductKind kind, Long vendorId) {

    public static ProductFilter all() {
        return new ProductFilter(null, null, null);
    }
}
