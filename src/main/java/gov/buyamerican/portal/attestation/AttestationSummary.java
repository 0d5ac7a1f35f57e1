package gov.buyamerican.portal.attestation;

import gov.buyamerican.portal.rules.domesticcontent.Classification;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One row of an attestation list. {@code classification} and {@code domesticSharePercent} are the stored result. */
public record AttestationSummary(long id, long productId, String productName, String partNumber, String offerorName,
                                 int versionNo, AttestationStatus status, Attestation.Source source,
                                 Classification classification, BigDecimal domesticSharePercent, String signerName,
                                 Instant signedAt, LocalDate validUntil, String enteredBy, Instant updatedAt) {
}
