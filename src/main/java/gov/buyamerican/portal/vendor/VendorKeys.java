package gov.buyamerican.portal.vendor;

import java.util.List;
import java.util.Map;

/**
 * Ids of the registered vendors by their keys, for bulk imports of other modules (purchases) that match millions of
 * rows on UEI in memory: ids and short keys only, no vendor records.
 *
 * @param idsByUei     every vendor with a UEI
 * @param marketplaces every vendor of kind MARKETPLACE
 * @param sellers      every marketplace-seller link
 */
public record VendorKeys(Map<String, Long> idsByUei, List<MarketplaceKey> marketplaces, List<SellerKey> sellers) {

    /** A marketplace: its id, UEI (may be null) and legal name. */
    public record MarketplaceKey(long id, String uei, String legalName) {
    }

    /** A seller link: the marketplace, the seller vendor, the seller's UEI and legal name, store name and seller id. */
    public record SellerKey(long marketplaceId, long sellerId, String sellerUei, String sellerName, String storeName,
                            String sellerRef) {
    }

    /**
     * A vendor to register with the least an import knows.
     *
     * @param legalName   required
     * @param uei         a valid UEI (normalized), or null for a marketplace seller
     * @param countryCode ISO alpha-2, an active country of the portal
     * @param marketplace true to register it as a marketplace (kind MARKETPLACE); otherwise its kind is left "not
     *                    classified"
     */
    public record NewVendor(String legalName, String uei, String countryCode, boolean marketplace) {
    }

    /** A seller to register on a marketplace, with its store name and the marketplace's id for it (both optional). */
    public record NewSeller(long marketplaceId, NewVendor vendor, String storeName, String sellerRef) {
    }
}
