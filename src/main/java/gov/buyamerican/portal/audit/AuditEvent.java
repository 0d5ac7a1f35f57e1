package gov.buyamerican.portal.audit;

import java.time.Instant;

/** One recorded entry of the audit trail, as read back. */
public record AuditEvent(long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
                         String summary, String beforeJson, String afterJson, String remoteAddr) {
}
