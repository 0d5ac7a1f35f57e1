package gov.buyamerican.portal.waiver;

import java.time.Instant;

/** A message in a waiver's comment thread. */
public record WaiverComment(long id, String author, String authorName, Instant createdAt, String body) {
}
