package gov.buyamerican.portal.waiver;

import java.time.Instant;

/** A market research document attached to a waiver request (its content is fetched separately). */
public record WaiverAttachment(long id, String fileName, String contentType, long sizeBytes, String sha256,
                               String uploadedBy, Instant uploadedAt) {
}
