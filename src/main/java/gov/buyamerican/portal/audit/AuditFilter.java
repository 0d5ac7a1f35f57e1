package gov.buyamerican.portal.audit;

import java.time.LocalDate;

/** Filters of the audit trail grid; null fields do not filter. Dates are inclusive, in UTC. */
public record AuditFilter(String actor, String action, String entityType, String entityId, String text,
                          LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }

    public static AuditFilter forEntity(String entityType, String entityId) {
        return new AuditFilter(null, null, entityType, entityId, null, null, null);
    }
}
