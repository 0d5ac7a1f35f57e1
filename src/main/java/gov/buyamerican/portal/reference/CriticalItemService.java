package gov.buyamerican.portal.reference;

import static gov.buyamerican.portal.db.Tables.CRITICAL_ITEM;

import gov.buyamerican.portal.audit.AuditActions;
import gov.buyamerican.portal.audit.AuditEntry;
import gov.buyamerican.portal.audit.AuditService;
import gov.buyamerican.portal.db.tables.records.CriticalItemRecord;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ConcurrentEditException;
import gov.buyamerican.portal.shared.NotFoundException;
import gov.buyamerican.portal.shared.identifiers.ProductServiceCode;
import gov.buyamerican.portal.shared.identifiers.Validation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The critical items list (FAR 25.105): read by any logged-in user, kept by ADMIN; every change audited. */
@Service
public class CriticalItemService {

    static final String ENTITY = "CriticalItem";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final DSLContext dsl;
    private final AuditService audit;
    private final Clock clock;

    public CriticalItemService(DSLContext dsl, AuditService audit, Clock clock) {
        this.dsl = dsl;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every entry, newest start first (the list is short). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CriticalItem> list() {
        return dsl.selectFrom(CRITICAL_ITEM).orderBy(CRITICAL_ITEM.EFFECTIVE_FROM.desc(), CRITICAL_ITEM.ID.desc())
                .fetch(CriticalItemService::toItem);
    }

    /** The entries that apply on a day, e.g. to add their preference to an evaluation. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CriticalItem> inForce(LocalDate date) {
        return dsl.selectFrom(CRITICAL_ITEM)
                .where(CRITICAL_ITEM.EFFECTIVE_FROM.le(date)
                        .and(CRITICAL_ITEM.EFFECTIVE_UNTIL.isNull().or(CRITICAL_ITEM.EFFECTIVE_UNTIL.ge(date))))
                .orderBy(CRITICAL_ITEM.ID).fetch(CriticalItemService::toItem);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CriticalItem create(CriticalItemForm form) {
        Valid v = validate(form);
        LocalDateTime now = now();
        CriticalItemRecord rec = dsl.newRecord(CRITICAL_ITEM);
        apply(rec, v);
        rec.setCreatedAt(now);
        rec.setUpdatedAt(now);
        rec.store();
        CriticalItem created = toItem(rec);
        audit.record(AuditEntry.of(AuditActions.CREATE, ENTITY, created.id(), "Added critical item \""
                + created.description() + "\"").withChange(null, auditView(created)));
        return created;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CriticalItem update(long id, int expectedVersion, CriticalItemForm form) {
        Valid v = validate(form);
        CriticalItemRecord rec = loadForUpdate(id, expectedVersion);
        CriticalItem before = toItem(rec);
        apply(rec, v);
        rec.setUpdatedAt(now());
        rec.store();
        CriticalItem after = toItem(rec);
        audit.record(AuditEntry.of(AuditActions.UPDATE, ENTITY, id, "Changed critical item \"" + after.description()
                + "\"").withChange(auditView(before), auditView(after)));
        return after;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(long id, int expectedVersion) {
        CriticalItemRecord rec = loadForUpdate(id, expectedVersion);
        CriticalItem before = toItem(rec);
        rec.delete();
        audit.record(AuditEntry.of(AuditActions.DELETE, ENTITY, id, "Removed critical item \"" + before.description()
                + "\"").withChange(auditView(before), null));
    }

    private record Valid(String psc, String description, BigDecimal percent, LocalDate from, LocalDate until,
                         String citation) {
    }

    private static Valid validate(CriticalItemForm f) {
        if (f == null) {
            throw new BusinessRuleException("description", "Describe the item");
        }
        String psc = null;
        if (f.pscCode() != null && !f.pscCode().isBlank()) {
            Validation<String> checked = ProductServiceCode.validate(f.pscCode());
            if (checked instanceof Validation.Invalid<String> invalid) {
                throw new BusinessRuleException("pscCode", invalid.message());
            }
            psc = ((Validation.Valid<String>) checked).value();
        }
        String description = f.description() == null ? "" : f.description().strip();
        if (description.isEmpty()) {
            throw new BusinessRuleException("description", "Describe the item or component");
        }
        if (description.length() > 500) {
            throw new BusinessRuleException("description", "At most 500 characters");
        }
        BigDecimal percent = f.pricePreferencePercent();
        if (percent == null || percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
            throw new BusinessRuleException("pricePreferencePercent", "A percentage more than 0 and at most 100");
        }
        if (percent.stripTrailingZeros().scale() > 4) {
            throw new BusinessRuleException("pricePreferencePercent", "At most 4 decimal places");
        }
        if (f.effectiveFrom() == null) {
            throw new BusinessRuleException("effectiveFrom", "Enter the first day it applies");
        }
        if (f.effectiveUntil() != null && f.effectiveUntil().isBefore(f.effectiveFrom())) {
            throw new BusinessRuleException("effectiveUntil", "The last day cannot be before the first day");
        }
        String citation = f.citation() == null ? "" : f.citation().strip();
        if (citation.isEmpty()) {
            throw new BusinessRuleException("citation", "Enter where it comes from, e.g. \"FAR 25.105\"");
        }
        if (citation.length() > 300) {
            throw new BusinessRuleException("citation", "At most 300 characters");
        }
        return new Valid(psc, description, percent, f.effectiveFrom(), f.effectiveUntil(), citation);
    }

    private static void apply(CriticalItemRecord rec, Valid v) {
        rec.setPscCode(v.psc());
        rec.setDescription(v.description());
        rec.setPricePreferencePercent(v.percent());
        rec.setEffectiveFrom(v.from());
        rec.setEffectiveUntil(v.until());
        rec.setCitation(v.citation());
    }

    private CriticalItemRecord loadForUpdate(long id, int expectedVersion) {
        CriticalItemRecord rec = dsl.fetchOne(CRITICAL_ITEM, CRITICAL_ITEM.ID.eq(id));
        if (rec == null) {
            throw new NotFoundException("This critical item no longer exists: someone may have removed it. Reload the page.");
        }
        if (rec.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("This critical item");
        }
        return rec;
    }

    private static CriticalItem toItem(CriticalItemRecord r) {
        return new CriticalItem(r.getId(), r.getPscCode(), r.getDescription(), r.getPricePreferencePercent(),
                r.getEffectiveFrom(), r.getEffectiveUntil(), r.getCitation(), r.getCreatedAt().toInstant(ZoneOffset.UTC),
                r.getUpdatedAt().toInstant(ZoneOffset.UTC), r.getVersion());
    }

    private static Map<String, Object> auditView(CriticalItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pscCode", i.pscCode());
        m.put("description", i.description());
        m.put("pricePreferencePercent", i.pricePreferencePercent().stripTrailingZeros().toPlainString());
        m.put("effectiveFrom", i.effectiveFrom().toString());
        m.put("effectiveUntil", i.effectiveUntil() == null ? null : i.effectiveUntil().toString());
        m.put("citation", i.citation());
        return m;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
