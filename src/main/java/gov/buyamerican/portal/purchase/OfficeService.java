package gov.buyamerican.portal.purchase;

import static gov.buyamerican.portal.db.Tables.OFFICE;

import gov.buyamerican.portal.audit.AuditActions;
import gov.buyamerican.portal.audit.AuditEntry;
import gov.buyamerican.portal.audit.AuditService;
import gov.buyamerican.portal.db.tables.records.OfficeRecord;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ConcurrentEditException;
import gov.buyamerican.portal.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Offices (organizational units that buy). Every role reads; STAFF and ADMIN create and change them. */
@Service
public class OfficeService {

    public static final String ENTITY = "Office";
    public static final String CODE = "code", NAME = "name";

    private final DSLContext dsl;
    private final AuditService audit;
    private final Clock clock;

    OfficeService(DSLContext dsl, AuditService audit, Clock clock) {
        this.dsl = dsl;
        this.audit = audit;
        this.clock = clock;
    }

    /** All offices, active first, by name. */
    @PreAuthorize(PurchaseService.READ)
    @Transactional(readOnly = true)
    public List<Office> list() {
        return dsl.selectFrom(OFFICE).orderBy(OFFICE.ACTIVE.desc(), OFFICE.NAME).fetch(OfficeService::toOffice);
    }

    @PreAuthorize(PurchaseService.READ)
    @Transactional(readOnly = true)
    public Office get(long id) {
        return dsl.selectFrom(OFFICE).where(OFFICE.ID.eq(id)).fetchOptional(OfficeService::toOffice)
                .orElseThrow(() -> new NotFoundException("Office " + id + " was not found."));
    }

    @PreAuthorize(PurchaseService.WRITE)
    @Transactional
    public Office create(OfficeForm form) {
        OfficeForm f = check(form, null);
        LocalDateTime now = now();
        OfficeRecord r = dsl.newRecord(OFFICE);
        r.setCode(f.code());
        r.setName(f.name());
        r.setActive(f.active());
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        r.store();
        Office o = toOffice(r);
        audit.record(AuditEntry.of(AuditActions.CREATE, ENTITY, o.id(), "Created office " + o.label())
                .withChange(null, view(o)));
        return o;
    }

    @PreAuthorize(PurchaseService.WRITE)
    @Transactional
    public Office update(long id, int expectedVersion, OfficeForm form) {
        OfficeRecord r = dsl.selectFrom(OFFICE).where(OFFICE.ID.eq(id)).forUpdate().fetchOne();
        if (r == null) {
            throw new NotFoundException("Office " + id + " was not found.");
        }
        if (r.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("Office " + r.getCode());
        }
        Office before = toOffice(r);
        OfficeForm f = check(form, id);
        r.setCode(f.code());
        r.setName(f.name());
        r.setActive(f.active());
        r.setUpdatedAt(now());
        r.store();
        Office after = toOffice(r);
        audit.record(AuditEntry.of(AuditActions.UPDATE, ENTITY, id, "Changed office " + after.label())
                .withChange(view(before), view(after)));
        return after;
    }

    private OfficeForm check(OfficeForm f, Long self) {
        String code = f == null || f.code() == null ? "" : f.code().strip().toUpperCase(Locale.ROOT);
        String name = f == null || f.name() == null ? "" : f.name().strip();
        if (code.isEmpty()) {
            throw new BusinessRuleException(CODE, "Enter the office code");
        }
        if (code.length() > 20 || !code.matches("[A-Z0-9._-]+")) {
            throw new BusinessRuleException(CODE, "At most 20 letters, digits, dots, dashes or underscores");
        }
        if (name.isEmpty()) {
            throw new BusinessRuleException(NAME, "Enter the office name");
        }
        if (name.length() > 200) {
            throw new BusinessRuleException(NAME, "At most 200 characters");
        }
        var clash = dsl.select(OFFICE.ID).from(OFFICE).where(OFFICE.CODE.eq(code))
                .and(self == null ? org.jooq.impl.DSL.noCondition() : OFFICE.ID.ne(self)).fetchOne(OFFICE.ID);
        if (clash != null) {
            throw new BusinessRuleException(CODE, "Another office has the code " + code);
        }
        return new OfficeForm(code, name, f.active());
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    static Office toOffice(OfficeRecord r) {
        return new Office(r.getId(), r.getCode(), r.getName(), r.getActive(), r.getVersion());
    }

    private static Map<String, Object> view(Office o) {
        return Map.of("code", o.code(), "name", o.name(), "active", o.active());
    }
}
