package gov.buyamerican.portal.attestation;

import gov.buyamerican.portal.rules.domesticcontent.ProductKind;
import java.time.Instant;

/** What a vendor contact sees through an invitation link: the one product to attest, nothing else. */
public record InvitedProduct(long productId, String productName, String partNumber, String description,
                             String offerorName, String manufacturerName, ProductKind kind, String contactName,
                             String contactEmail, Instant expiresAt) {
}
