package gov.buyamerican.portal.purchase;

import java.time.Instant;

/** A past purchase import as recorded in {@code purchase_import}. */
public record PurchaseImportInfo(long id, String fileName, PurchaseImportFormat format, UnknownVendors unknownVendors,
                                 Instant importedAt, String importedBy, int rowsRead, int imported, int duplicates,
                                 int rejected, int vendorsCreated) {
}
