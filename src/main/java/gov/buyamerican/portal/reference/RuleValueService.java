package gov.buyamerican.portal.reference;

import static gov.buyamerican.portal.db.Tables.RULE_VALUE;

import gov.buyamerican.portal.rules.domesticcontent.DomesticContentParameters;
import gov.buyamerican.portal.rules.domesticcontent.ThresholdEntry;
import gov.buyamerican.portal.rules.domesticcontent.ThresholdSchedule;
import gov.buyamerican.portal.rules.domesticcontent.ThresholdScheduleException;
import gov.buyamerican.portal.audit.AuditActions;
import gov.buyamerican.portal.audit.AuditEntry;
import gov.buyamerican.portal.audit.AuditService;
import gov.buyamerican.portal.db.tables.records.RuleValueRecord;
import gov.buyamerican.portal.reference.internal.RuleValueTimeline;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ConcurrentEditException;
import gov.buyamerican.portal.shared.NotFoundException;
import gov.buyamerican.portal.shared.files.StoredFile;
import gov.buyamerican.portal.shared.files.StoredFileService;
import gov.buyamerican.portal.rules.waiver.EvaluationFactors;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dated rule values (thresholds, micro-purchase limit, evaluation factors, ...): read by every module, changed by
 * ADMIN only. A rule's values form one timeline without overlaps or gaps (see {@link RuleValueTimeline}); a value that
 * has taken effect is history and cannot be deleted or re-dated, only its citation and note can be corrected. Every
 * change is in the audit trail.
 *
 * <p>The table is small (tens of rows): each read is one query, with no cache to go stale.
 */
@Service
public class RuleValueService {

    static final String ENTITY = "RuleValue";
    /** Owner type of a value's source documents in {@link StoredFileService}. */
    public static final String DOCUMENT_OWNER = "RULE_VALUE";
    private static final Logger log = LoggerFactory.getLogger(RuleValueService.class);
    private static final int CITATION_MAX = 300;
    private static final int NOTE_MAX = 1000;

    private final DSLContext dsl;
    private final AuditService audit;
    private final StoredFileService files;
    private final Clock clock;

    public RuleValueService(DSLContext dsl, AuditService audit, StoredFileService files, Clock clock) {
        this.dsl = dsl;
        this.audit = audit;
        this.files = files;
        this.clock = clock;
    }

    // ---- reads (any logged-in user) ----

    /** Every value of every rule, by rule and start date. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RuleValue> all() {
        return dsl.selectFrom(RULE_VALUE).orderBy(RULE_VALUE.RULE_KEY, RULE_VALUE.EFFECTIVE_FROM).fetch().stream()
                .map(RuleValueService::toValue).flatMap(Optional::stream).toList();
    }

    /** Every value of one rule, oldest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RuleValue> history(RuleKey key) {
        return load(key);
    }

    /** The value of a rule in force on a day, if there is one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<RuleValue> findInForce(RuleKey key, LocalDate date) {
        return inForce(load(key), key, date);
    }

    /**
     * The value of a rule in force on a day.
     *
     * @throws MissingRuleValueException when no value of the rule covers that day
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public RuleValue inForce(RuleKey key, LocalDate date) {
        return findInForce(key, date).orElseThrow(() -> new MissingRuleValueException(key, date));
    }

    /**
     * The number of a rule in force on a day, in the key's unit.
     *
     * @throws MissingRuleValueException when no value of the rule covers that day
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public BigDecimal valueOn(RuleKey key, LocalDate date) {
        return inForce(key, date).value();
    }

    /**
     * The micro-purchase threshold in force on a purchase date, in US dollars: subpart 25.1 applies only above it.
     *
     * @throws MissingRuleValueException when no value covers that day
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public BigDecimal microPurchaseThresholdOn(LocalDate date) {
        return valueOn(RuleKey.MICRO_PURCHASE_THRESHOLD, date);
    }

    /**
     * The calculator's threshold schedule, built from the table's rows of the calculator's keys. The table's end dates
     * are inclusive, the schedule's exclusive: an end date D becomes D + 1 day.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ThresholdSchedule thresholdSchedule() {
        List<ThresholdEntry> entries = new ArrayList<>();
        for (RuleValue v : all()) {
            v.key().thresholdKey().ifPresent(k -> entries.add(new ThresholdEntry(k, v.value(), v.effectiveFrom(),
                    Optional.ofNullable(v.effectiveUntil()).map(d -> d.plusDays(1)), v.citation())));
        }
        return new ThresholdSchedule(entries);
    }

    /**
     * The calculator's numbers for items delivered in a calendar year.
     *
     * @throws BusinessRuleException when the table has no value of a required number for that year
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DomesticContentParameters domesticContentParameters(int deliveryYear) {
        try {
            return thresholdSchedule().resolve(deliveryYear);
        } catch (ThresholdScheduleException e) {
            throw new BusinessRuleException(e.getMessage());
        }
    }

    /**
     * The Buy American evaluation factors in force on a day, as fractions (20% = 0.20), for the unreasonable cost
     * evaluation of a waiver. Their start is the later start of the two values; their citation the values'
     * citation(s).
     *
     * @throws MissingRuleValueException when either factor has no value on that day
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public EvaluationFactors evaluationFactorsOn(LocalDate date) {
        RuleValue large = inForce(RuleKey.EVAL_FACTOR_LARGE_BUSINESS, date);
        RuleValue small = inForce(RuleKey.EVAL_FACTOR_SMALL_BUSINESS, date);
        LocalDate from = large.effectiveFrom().isAfter(small.effectiveFrom()) ? large.effectiveFrom() : small.effectiveFrom();
        String citation = large.citation().equals(small.citation())
                ? large.citation() : large.citation() + "; " + small.citation();
        return new EvaluationFactors(from, fraction(large.value()), fraction(small.value()), citation);
    }

    // ---- changes (ADMIN) ----

    /**
     * Adds a dated value. When it starts after an open-ended value of the same rule, that value is closed on the day
     * before; any other overlap, or a gap left between two values, is refused with a message on the date field.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RuleValue add(NewRuleValue form) {
        if (form == null || form.key() == null) {
            throw new BusinessRuleException("key", "Choose the rule");
        }
        RuleKey key = form.key();
        key.unit().problem(form.value()).ifPresent(p -> {
            throw new BusinessRuleException("value", p);
        });
        if (form.effectiveFrom() == null) {
            throw new BusinessRuleException("effectiveFrom", "Enter the first day the value applies");
        }
        if (form.effectiveUntil() != null && form.effectiveUntil().isBefore(form.effectiveFrom())) {
            throw new BusinessRuleException("effectiveUntil", "The last day cannot be before the first day");
        }
        String citation = requiredCitation(form.citation());
        String note = optionalNote(form.note());

        List<RuleValueRecord> rows = lockRows(key);
        List<RuleValue> existing = rows.stream().map(RuleValueService::toValue).flatMap(Optional::stream).toList();
        RuleValueTimeline.AddPlan plan = RuleValueTimeline.planAdd(existing, form.effectiveFrom(), form.effectiveUntil());

        LocalDateTime now = now();
        RuleValueRecord rec = dsl.newRecord(RULE_VALUE);
        rec.setRuleKey(key.name());
        rec.setValue(form.value());
        rec.setEffectiveFrom(form.effectiveFrom());
        rec.setEffectiveUntil(form.effectiveUntil());
        rec.setCitation(citation);
        rec.setNote(note);
        rec.setCreatedAt(now);
        rec.setUpdatedAt(now);
        rec.store();
        RuleValue added = toValue(rec).orElseThrow();
        audit.record(AuditEntry.of(AuditActions.CREATE, ENTITY, added.id(), "Added " + key.label() + " "
                + added.formattedValue() + " " + added.period()).withChange(null, auditView(added)));

        plan.previousToClose().ifPresent(previous -> {
            RuleValueRecord prev = find(rows, previous.id());
            RuleValue before = toValue(prev).orElseThrow();
            prev.setEffectiveUntil(form.effectiveFrom().minusDays(1));
            prev.setClosedById(added.id());
            prev.setUpdatedAt(now);
            prev.store();
            RuleValue after = toValue(prev).orElseThrow();
            audit.record(AuditEntry.of(AuditActions.UPDATE, ENTITY, after.id(), "Ended " + key.label() + " "
                    + after.formattedValue() + " on " + after.effectiveUntil() + ": " + added.formattedValue()
                    + " applies from " + added.effectiveFrom()).withChange(auditView(before), auditView(after)));
        });
        return added;
    }

    /** Corrects the citation and note of a value; its number and dates are history and stay. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RuleValue updateText(long id, int expectedVersion, String citation, String note) {
        String newCitation = requiredCitation(citation);
        String newNote = optionalNote(note);
        RuleValueRecord rec = loadForUpdate(id, expectedVersion);
        RuleValue before = toValue(rec).orElseThrow();
        rec.setCitation(newCitation);
        rec.setNote(newNote);
        rec.setUpdatedAt(now());
        rec.store();
        RuleValue after = toValue(rec).orElseThrow();
        audit.record(AuditEntry.of(AuditActions.UPDATE, ENTITY, id, "Changed the citation or note of "
                + after.key().label() + " " + after.formattedValue() + " " + after.period())
                .withChange(auditView(before), auditView(after)));
        return after;
    }

    /**
     * Deletes a value that has not taken effect yet, with its source documents. If its addition had closed the value
     * before it, that value is extended again over the deleted one's period.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void deleteFuture(long id, int expectedVersion) {
        // lock the rule's rows in the same order as add() does, then check the version
        RuleKey key = RuleKey.find(dsl.select(RULE_VALUE.RULE_KEY).from(RULE_VALUE).where(RULE_VALUE.ID.eq(id))
                .fetchOptional(RULE_VALUE.RULE_KEY).orElseThrow(RuleValueService::gone)).orElseThrow(RuleValueService::gone);
        List<RuleValueRecord> rows = lockRows(key);
        RuleValueRecord target = rows.stream().filter(r -> r.getId() == id).findFirst().orElseThrow(RuleValueService::gone);
        if (target.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("This rule value");
        }
        RuleValue deleted = toValue(target).orElseThrow();
        List<RuleValue> existing = rows.stream().map(RuleValueService::toValue).flatMap(Optional::stream).toList();
        RuleValueTimeline.DeletePlan plan = RuleValueTimeline.planDelete(existing, deleted, today());

        if (plan.previousToReopen().isPresent()) {
            RuleValueRecord prev = find(rows, plan.previousToReopen().get().id());
            RuleValue before = toValue(prev).orElseThrow();
            prev.setEffectiveUntil(plan.reopenUntil());
            prev.setClosedById(plan.reopenClosedById());
            prev.setUpdatedAt(now());
            prev.store();
            RuleValue after = toValue(prev).orElseThrow();
            audit.record(AuditEntry.of(AuditActions.UPDATE, ENTITY, after.id(), "Extended " + after.key().label() + " "
                    + after.formattedValue() + " to " + after.period() + " after deleting " + deleted.formattedValue()
                    + " " + deleted.period()).withChange(auditView(before), auditView(after)));
        }
        for (StoredFile document : files.list(DOCUMENT_OWNER, id)) {
            files.delete(document.id());
        }
        dsl.deleteFrom(RULE_VALUE).where(RULE_VALUE.ID.eq(id)).execute();
        audit.record(AuditEntry.of(AuditActions.DELETE, ENTITY, id, "Deleted " + deleted.key().label() + " "
                + deleted.formattedValue() + " " + deleted.period() + " before it took effect")
                .withChange(auditView(deleted), null));
    }

    // ---- helpers ----

    private List<RuleValue> load(RuleKey key) {
        return dsl.selectFrom(RULE_VALUE).where(RULE_VALUE.RULE_KEY.eq(key.name())).orderBy(RULE_VALUE.EFFECTIVE_FROM)
                .fetch().stream().map(RuleValueService::toValue).flatMap(Optional::stream).toList();
    }

    /** The rule's rows, locked until the end of the transaction so that two changes of one rule cannot interleave. */
    private List<RuleValueRecord> lockRows(RuleKey key) {
        return dsl.selectFrom(RULE_VALUE).where(RULE_VALUE.RULE_KEY.eq(key.name())).orderBy(RULE_VALUE.EFFECTIVE_FROM)
                .forUpdate().fetch();
    }

    private static Optional<RuleValue> inForce(List<RuleValue> values, RuleKey key, LocalDate date) {
        return values.stream().filter(v -> v.key() == key && v.appliesOn(date)).findFirst();
    }

    private RuleValueRecord loadForUpdate(long id, int expectedVersion) {
        RuleValueRecord rec = dsl.selectFrom(RULE_VALUE).where(RULE_VALUE.ID.eq(id)).forUpdate().fetchOne();
        if (rec == null) {
            throw gone();
        }
        if (rec.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("This rule value");
        }
        return rec;
    }

    private static NotFoundException gone() {
        return new NotFoundException("This rule value no longer exists: someone may have deleted it. Reload the page.");
    }

    private static RuleValueRecord find(List<RuleValueRecord> rows, long id) {
        return rows.stream().filter(r -> r.getId() == id).findFirst()
                .orElseThrow(() -> new IllegalStateException("Rule value " + id + " is not among the locked rows"));
    }

    private static String requiredCitation(String citation) {
        String c = citation == null ? "" : citation.strip();
        if (c.isEmpty()) {
            throw new BusinessRuleException("citation", "Enter where the number comes from, e.g. \"FAR 25.101(a)(2)(i); 87 FR 12780\"");
        }
        if (c.length() > CITATION_MAX) {
            throw new BusinessRuleException("citation", "At most " + CITATION_MAX + " characters");
        }
        return c;
    }

    private static String optionalNote(String note) {
        String n = note == null ? "" : note.strip();
        if (n.length() > NOTE_MAX) {
            throw new BusinessRuleException("note", "At most " + NOTE_MAX + " characters");
        }
        return n.isEmpty() ? null : n;
    }

    /** 20.0000 percent becomes 0.20: trailing zeros dropped, at least two decimals kept. */
    static BigDecimal fraction(BigDecimal percent) {
        BigDecimal f = percent.movePointLeft(2).stripTrailingZeros();
        return f.scale() < 2 ? f.setScale(2) : f;
    }

    static Optional<RuleValue> toValue(RuleValueRecord r) {
        Optional<RuleKey> key = RuleKey.find(r.getRuleKey());
        if (key.isEmpty()) {
            log.warn("Ignoring rule_value {} with a rule key this version does not know: {}", r.getId(), r.getRuleKey());
            return Optional.empty();
        }
        return Optional.of(new RuleValue(r.getId(), key.get(), r.getValue(), r.getEffectiveFrom(), r.getEffectiveUntil(),
                r.getClosedById(), r.getCitation(), r.getNote(), r.getCreatedAt().toInstant(ZoneOffset.UTC),
                r.getUpdatedAt().toInstant(ZoneOffset.UTC), r.getVersion()));
    }

    private static Map<String, Object> auditView(RuleValue v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", v.key().name());
        m.put("value", v.value().stripTrailingZeros().toPlainString());
        m.put("effectiveFrom", v.effectiveFrom().toString());
        m.put("effectiveUntil", v.effectiveUntil() == null ? null : v.effectiveUntil().toString());
        m.put("closedById", v.closedById());
        m.put("citation", v.citation());
        m.put("note", v.note());
        return m;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
