package gov.buyamerican.portal.vendor;

import java.time.Instant;

/** A past vendor import, as recorded: which file, when, by whom, and what it did. */
public record VendorImportInfo(long id, String fileName, VendorImportFormat format, Instant importedAt,
                               String importedBy, int rowsRead, int created, int updated, int unchanged,
                               int rejected) {
}
