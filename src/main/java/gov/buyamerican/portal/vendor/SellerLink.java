package gov.buyamerican.portal.vendor;

/**
 * A third-party seller on a marketplace: both are vendors, so that a purchase made through the marketplace can name
 * who sold the goods (and, through the seller's products, who made them).
 *
 * @param storeName the seller's storefront name on the marketplace, or null
 * @param sellerRef the marketplace's own identifier of the seller (e.g. a seller id), or null
 */
public record SellerLink(long id, VendorSummary marketplace, VendorSummary seller, String storeName, String sellerRef,
                         int version) {
}
