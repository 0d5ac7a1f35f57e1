package gov.buyamerican.portal.audit;

import java.util.Objects;

/**
 * What a module asks the audit trail to record: an action on an entity, a one-line summary, and optional before/after
 * values (any object Jackson can write: records, maps). Who and when are filled in by the trail.
 */
public record AuditEntry(String action, String entityType, String entityId, String summary, Object before, Object after) {

    public AuditEntry {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(summary, "summary");
    }

    public static AuditEntry of(String action, String entityType, Object entityId, String summary) {
        return new AuditEntry(action, entityType, entityId == null ? null : entityId.toString(), summary, null, null);
    }

    public AuditEntry withChange(Object before, Object after) {
        return new AuditEntry(action, entityType, entityId, summary, before, after);
    }
}
