package gov.buyamerican.portal.waiver;

import java.time.Instant;

/**
 * An in-app notification for one user.
 *
 * @param link the route to open (e.g. "waivers/42"), or null
 */
public record WaiverNotification(long id, String message, String link, Instant createdAt, boolean read) {
}
