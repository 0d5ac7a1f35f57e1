package gov.buyamerican.portal.audit;

import static gov.buyamerican.portal.db.Tables.AUDIT_CHAIN_HEAD;
import static gov.buyamerican.portal.db.Tables.AUDIT_EVENT;

import gov.buyamerican.portal.audit.internal.AuditHashing;
import gov.buyamerican.portal.db.tables.records.AuditEventRecord;
import gov.buyamerican.portal.shared.CurrentActor;
import gov.buyamerican.portal.shared.PageQuery;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only audit trail. Modules call {@link #record} inside their own transaction, so an action and its audit
 * entry are committed together or not at all. Entries are chained by SHA-256; nothing in the application updates or
 * deletes them.
 */
@Service
public class AuditService {

    private static final Map<String, Field<?>> SORTABLE = Map.of(
            "occurredAt", AUDIT_EVENT.ID, // ids grow with time: sorting by id uses the primary key
            "actor", AUDIT_EVENT.ACTOR,
            "action", AUDIT_EVENT.ACTION,
            "entityType", AUDIT_EVENT.ENTITY_TYPE);

    private final DSLContext dsl;
    private final Clock clock;
    private final JsonMapper json;

    public AuditService(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
        this.json = JsonMapper.builder().findAndAddModules().build();
    }

    /** Records an entry as the current user (or "system"). Joins the caller's transaction. */
    @Transactional(propagation = Propagation.REQUIRED)
    public long record(AuditEntry entry) {
        return recordAs(CurrentActor.name(), entry);
    }

    /** Records an entry for a named actor, e.g. a failed login where nobody is authenticated. */
    @Transactional(propagation = Propagation.REQUIRED)
    public long recordAs(String actor, AuditEntry entry) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var head = dsl.selectFrom(AUDIT_CHAIN_HEAD).where(AUDIT_CHAIN_HEAD.ID.eq((byte) 1)).forUpdate().fetchSingle();
        String before = toJson(entry.before());
        String after = toJson(entry.after());
        String remote = remoteAddress();
        String summary = truncate(entry.summary(), 1000);
        String entityId = truncate(entry.entityId(), 64);
        String actorName = truncate(actor, 64);
        String hash = AuditHashing.entryHash(head.getLastHash(), now, actorName, entry.action(), entry.entityType(),
                entityId, summary, before, after, remote);
        AuditEventRecord rec = dsl.newRecord(AUDIT_EVENT);
        rec.setOccurredAt(LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        rec.setActor(actorName);
        rec.setAction(entry.action());
        rec.setEntityType(entry.entityType());
        rec.setEntityId(entityId);
        rec.setSummary(summary);
        rec.setBeforeJson(before);
        rec.setAfterJson(after);
        rec.setRemoteAddr(remote);
        rec.setPrevHash(head.getLastHash());
        rec.setEntryHash(hash);
        rec.store();
        head.setLastId(rec.getId());
        head.setLastHash(hash);
        head.store();
        return rec.getId();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    @Transactional(readOnly = true)
    public List<AuditEvent> page(AuditFilter filter, PageQuery page) {
        return pageInternal(filter, page);
    }

    /**
     * The history of one entity, for detail views of other modules. Any logged-in user who may open the entity may
     * read its history; the calling module's own role check applies first.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AuditEvent> historyOf(String entityType, String entityId, PageQuery page) {
        return pageInternal(AuditFilter.forEntity(entityType, entityId), page);
    }

    private List<AuditEvent> pageInternal(AuditFilter filter, PageQuery page) {
        List<SortField<?>> order = new ArrayList<>();
        for (PageQuery.SortOrder s : page.sort()) {
            Field<?> f = SORTABLE.get(s.key());
            if (f != null) {
                order.add(s.ascending() ? f.asc() : f.desc());
            }
        }
        order.add(AUDIT_EVENT.ID.desc());
        return dsl.selectFrom(AUDIT_EVENT)
                .where(conditions(filter))
                .orderBy(order)
                .limit(page.limit()).offset(page.offset())
                .fetch(AuditService::toEvent);
    }

    /** Number of entries matching the filter, counted up to {@code cap} (grids need no exact count beyond it). */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    @Transactional(readOnly = true)
    public int count(AuditFilter filter, int cap) {
        return dsl.fetchCount(dsl.select(AUDIT_EVENT.ID).from(AUDIT_EVENT).where(conditions(filter)).limit(cap));
    }

    /** Total entries and entries of the last 24 hours, for the home dashboard. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AuditSummary summary() {
        LocalDateTime since = LocalDateTime.ofInstant(clock.instant().minus(1, ChronoUnit.DAYS), ZoneOffset.UTC);
        long total = dsl.fetchOne(AUDIT_CHAIN_HEAD, AUDIT_CHAIN_HEAD.ID.eq((byte) 1)).getLastId() > 0
                ? dsl.fetchCount(AUDIT_EVENT) : 0;
        int lastDay = dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.OCCURRED_AT.ge(since));
        int failedLogins = dsl.fetchCount(AUDIT_EVENT,
                AUDIT_EVENT.OCCURRED_AT.ge(since).and(AUDIT_EVENT.ACTION.in(AuditActions.LOGIN_FAILED, AuditActions.ACCOUNT_LOCKED)));
        return new AuditSummary(total, lastDay, failedLogins);
    }

    /** Entries per UTC day for the last {@code days} days (oldest first, days without entries included). */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    @Transactional(readOnly = true)
    public List<DayCount> activityByDay(int days) {
        java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        java.time.LocalDate first = today.minusDays(days - 1L);
        var day = DSL.cast(AUDIT_EVENT.OCCURRED_AT, java.time.LocalDate.class);
        Map<java.time.LocalDate, Integer> counts = dsl.select(day, DSL.count()).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.OCCURRED_AT.ge(first.atStartOfDay()))
                .groupBy(day)
                .fetchMap(r -> r.value1(), r -> r.value2());
        List<DayCount> result = new ArrayList<>();
        for (java.time.LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            result.add(new DayCount(d, counts.getOrDefault(d, 0)));
        }
        return result;
    }

    /** Number of audit entries on one day. */
    public record DayCount(java.time.LocalDate day, int count) {
    }

    /** Entries, counts for the dashboard. */
    public record AuditSummary(long total, int lastDay, int failedLoginsLastDay) {
    }

    /**
     * Re-computes the whole hash chain in id order. Detects an entry edited, deleted or inserted directly in the
     * database, and a cut tail (the chain head no longer matches the last entry).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    @Transactional(readOnly = true)
    public ChainVerification verifyChain() {
        String expectedPrev = AuditHashing.GENESIS;
        long checked = 0;
        long lastId = 0;
        try (Stream<AuditEventRecord> rows = dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID).fetchSize(1000).fetchStream()) {
            for (AuditEventRecord r : (Iterable<AuditEventRecord>) rows::iterator) {
                if (!r.getPrevHash().equals(expectedPrev)) {
                    return ChainVerification.broken(checked, r.getId(),
                            "Entry " + r.getId() + " does not follow the entry before it: an entry was deleted or inserted");
                }
                String actual = AuditHashing.entryHash(r.getPrevHash(), r.getOccurredAt().toInstant(ZoneOffset.UTC),
                        r.getActor(), r.getAction(), r.getEntityType(), r.getEntityId(), r.getSummary(),
                        r.getBeforeJson(), r.getAfterJson(), r.getRemoteAddr());
                if (!actual.equals(r.getEntryHash())) {
                    return ChainVerification.broken(checked, r.getId(), "Entry " + r.getId() + " was changed after it was recorded");
                }
                expectedPrev = r.getEntryHash();
                lastId = r.getId();
                checked++;
            }
        }
        var head = dsl.fetchSingle(AUDIT_CHAIN_HEAD, AUDIT_CHAIN_HEAD.ID.eq((byte) 1));
        if (head.getLastId() != lastId || !head.getLastHash().equals(expectedPrev)) {
            return ChainVerification.broken(checked, head.getLastId(),
                    "The newest entries (after entry " + lastId + ") are missing");
        }
        return ChainVerification.ok(checked);
    }

    private static Condition conditions(AuditFilter f) {
        Condition c = DSL.noCondition();
        if (f == null) {
            return c;
        }
        if (hasText(f.actor())) {
            c = c.and(AUDIT_EVENT.ACTOR.eq(f.actor().trim()));
        }
        if (hasText(f.action())) {
            c = c.and(AUDIT_EVENT.ACTION.eq(f.action().trim()));
        }
        if (hasText(f.entityType())) {
            c = c.and(AUDIT_EVENT.ENTITY_TYPE.eq(f.entityType().trim()));
        }
        if (hasText(f.entityId())) {
            c = c.and(AUDIT_EVENT.ENTITY_ID.eq(f.entityId().trim()));
        }
        if (hasText(f.text())) {
            c = c.and(AUDIT_EVENT.SUMMARY.containsIgnoreCase(f.text().trim()));
        }
        if (f.from() != null) {
            c = c.and(AUDIT_EVENT.OCCURRED_AT.ge(f.from().atStartOfDay()));
        }
        if (f.to() != null) {
            c = c.and(AUDIT_EVENT.OCCURRED_AT.lt(f.to().plusDays(1).atStartOfDay()));
        }
        return c;
    }

    private static AuditEvent toEvent(AuditEventRecord r) {
        return new AuditEvent(r.getId(), r.getOccurredAt().toInstant(ZoneOffset.UTC), r.getActor(), r.getAction(),
                r.getEntityType(), r.getEntityId(), r.getSummary(), r.getBeforeJson(), r.getAfterJson(), r.getRemoteAddr());
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        return json.writeValueAsString(value);
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return truncate(request.getRemoteAddr(), 64);
        }
        return null;
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
