package gov.buyamerican.portal.catalog;

import static gov.buyamerican.portal.db.Tables.PRODUCT;
import static gov.buyamerican.portal.db.Tables.VENDOR;

import gov.buyamerican.portal.rules.domesticcontent.ProductKind;
import gov.buyamerican.portal.audit.AuditActions;
import gov.buyamerican.portal.audit.AuditEntry;
import gov.buyamerican.portal.audit.AuditEvent;
import gov.buyamerican.portal.audit.AuditService;
import gov.buyamerican.portal.db.tables.Vendor;
import gov.buyamerican.portal.db.tables.records.ProductRecord;
import gov.buyamerican.portal.security.CurrentUser;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ConcurrentEditException;
import gov.buyamerican.portal.shared.NotFoundException;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.shared.identifiers.NaicsCode;
import gov.buyamerican.portal.shared.identifiers.ProductServiceCode;
import gov.buyamerican.portal.shared.identifiers.Validation;
import gov.buyamerican.portal.vendor.VendorService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.SortField;
import org.jooq.exception.DataChangedException;
import org.jooq.impl.DSL;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Products (end products) offered by vendors. STAFF and ADMIN register and change them; every role reads. Each public
 * method is one transaction; every change is recorded in the audit trail.
 *
 * <p>The grid reads the vendors' names with a join on the vendor table (read only): a page of products then costs one
 * query instead of one per row. Vendors are checked through {@link VendorService}.
 */
@Service
public class ProductService {

    public static final String ENTITY = "Product";
    public static final String READ = "hasAnyRole('ADMIN','STAFF','APPROVER','REPORTS','AUDITOR')";
    public static final String WRITE = "hasAnyRole('STAFF','ADMIN')";

    private static final Vendor OFFEROR = VENDOR.as("offeror");
    private static final Vendor MAKER = VENDOR.as("maker");
    private static final Map<String, Field<?>> SORTABLE = Map.of(
            "name", PRODUCT.NAME,
            "partNumber", PRODUCT.PART_NUMBER,
            "kind", PRODUCT.KIND,
            "psc", PRODUCT.PSC,
            "naics", PRODUCT.NAICS,
            "offeror", OFFEROR.LEGAL_NAME,
            "manufacturer", MAKER.LEGAL_NAME,
            "updatedAt", PRODUCT.UPDATED_AT);

    private final DSLContext dsl;
    private final VendorService vendors;
    private final AuditService audit;
    private final Clock clock;

    public ProductService(DSLContext dsl, VendorService vendors, AuditService audit, Clock clock) {
        this.dsl = dsl;
        this.vendors = vendors;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- reads ----

    /** One page of products matching the filter, sorted by whitelisted keys (then by id). */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<Product> search(ProductFilter filter, PageQuery page) {
        List<SortField<?>> order = new ArrayList<>();
        for (PageQuery.SortOrder s : page.sort()) {
            Field<?> f = SORTABLE.get(s.key());
            if (f != null) {
                order.add(s.ascending() ? f.asc() : f.desc());
            }
        }
        if (order.isEmpty()) {
            order.add(PRODUCT.NAME.asc());
        }
        order.add(PRODUCT.ID.asc());
        return joined().where(conditions(filter)).orderBy(order).limit(page.limit()).offset(page.offset())
                .fetch(ProductService::toProduct);
    }

    /** The number of products matching the filter, counted up to {@code cap}. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public int count(ProductFilter filter, int cap) {
        return dsl.fetchCount(dsl.select(PRODUCT.ID).from(PRODUCT)
                .join(OFFEROR).on(OFFEROR.ID.eq(PRODUCT.OFFEROR_VENDOR_ID))
                .join(MAKER).on(MAKER.ID.eq(PRODUCT.MANUFACTURER_VENDOR_ID))
                .where(conditions(filter)).limit(cap));
    }

    /** A product's id, offeror, part number and name: for imports that match many rows to the catalog in memory. */
    public record ProductKey(long id, long offerorId, String partNumber, String name) {
    }

    /** The products offered by these vendors (ids and keys only), for bulk matching by an import. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<ProductKey> keysOfOfferors(java.util.Collection<Long> offerorIds) {
        if (offerorIds.isEmpty()) {
            return List.of();
        }
        return dsl.select(PRODUCT.ID, PRODUCT.OFFEROR_VENDOR_ID, PRODUCT.PART_NUMBER, PRODUCT.NAME).from(PRODUCT)
                .where(PRODUCT.OFFEROR_VENDOR_ID.in(offerorIds))
                .fetch(r -> new ProductKey(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** @throws NotFoundException when there is no such product */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public Product get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("The product " + id + " does not exist."));
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public Optional<Product> find(long id) {
        return joined().where(PRODUCT.ID.eq(id)).fetchOptional(ProductService::toProduct);
    }

    /** The changes of a product, newest first. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<AuditEvent> history(long id, PageQuery page) {
        return audit.historyOf(ENTITY, String.valueOf(id), page);
    }

    // ---- changes ----

    @PreAuthorize(WRITE)
    @Transactional
    public Product create(ProductForm form) {
        ProductForm clean = check(form);
        LocalDateTime now = now();
        ProductRecord rec = dsl.newRecord(PRODUCT);
        apply(rec, clean);
        rec.setCreatedBy(CurrentUser.actor());
        rec.setCreatedAt(now);
        rec.setUpdatedAt(now);
        storeUnique(rec, clean);
        Product created = get(rec.getId());
        audit.record(AuditEntry.of(AuditActions.CREATE, ENTITY, created.id(), "Registered product " + created.label()
                + " offered by " + created.offerorName()).withChange(null, auditView(created)));
        return created;
    }

    @PreAuthorize(WRITE)
    @Transactional
    public Product update(long id, int expectedVersion, ProductForm form) {
        ProductForm clean = check(form);
        ProductRecord rec = dsl.fetchOne(PRODUCT, PRODUCT.ID.eq(id));
        if (rec == null) {
            throw new NotFoundException("The product " + id + " does not exist.");
        }
        if (rec.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("This product");
        }
        Product before = get(id);
        apply(rec, clean);
        if (!rec.changed()) {
            return before;
        }
        rec.setUpdatedAt(now());
        try {
            storeUnique(rec, clean);
        } catch (DataChangedException e) {
            throw new ConcurrentEditException("This product");
        }
        Product after = get(id);
        audit.record(AuditEntry.of(AuditActions.UPDATE, ENTITY, id, "Changed product " + after.label())
                .withChange(auditView(before), auditView(after)));
        return after;
    }

    // ---- helpers ----

    private SelectOnConditionStep<Record> joined() {
        return dsl.select(PRODUCT.fields()).select(OFFEROR.LEGAL_NAME, MAKER.LEGAL_NAME).from(PRODUCT)
                .join(OFFEROR).on(OFFEROR.ID.eq(PRODUCT.OFFEROR_VENDOR_ID))
                .join(MAKER).on(MAKER.ID.eq(PRODUCT.MANUFACTURER_VENDOR_ID));
    }

    private static List<Condition> conditions(ProductFilter filter) {
        List<Condition> c = new ArrayList<>();
        if (filter == null) {
            return c;
        }
        String text = filter.text() == null ? "" : filter.text().strip();
        if (!text.isEmpty()) {
            String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            String prefix = escaped + "%";
            String contains = "%" + escaped + "%";
            c.add(PRODUCT.NAME.like(contains, '\\')
                    .or(PRODUCT.PART_NUMBER.like(prefix, '\\'))
                    .or(PRODUCT.PSC.eq(text.toUpperCase(Locale.ROOT)))
                    .or(PRODUCT.NAICS.eq(text))
                    .or(OFFEROR.LEGAL_NAME.like(contains, '\\'))
                    .or(MAKER.LEGAL_NAME.like(contains, '\\')));
        }
        if (filter.kind() != null) {
            c.add(PRODUCT.KIND.eq(filter.kind().name()));
        }
        if (filter.vendorId() != null) {
            c.add(PRODUCT.OFFEROR_VENDOR_ID.eq(filter.vendorId()).or(PRODUCT.MANUFACTURER_VENDOR_ID.eq(filter.vendorId())));
        }
        return c;
    }

    /** Checks every field, reporting the first problem on its field; returns the normalized form. */
    private ProductForm check(ProductForm form) {
        if (form == null) {
            throw new BusinessRuleException("name", "Enter the product");
        }
        String name = required(form.name(), "name", "Enter the product name", 200);
        String part = required(form.partNumber(), "partNumber", "Enter the part number or SKU", 80);
        String description = optional(form.description(), "description", 2000);
        String psc = fold(Validation.optional(form.psc(), ProductServiceCode::validate), "psc");
        String naics = fold(Validation.optional(form.naics(), NaicsCode::validate), "naics");
        if (form.offerorId() == null) {
            throw new BusinessRuleException("offerorId", "Choose the vendor that offers the product");
        }
        if (form.manufacturerId() == null) {
            throw new BusinessRuleException("manufacturerId", "Choose the manufacturer (it may be the offeror)");
        }
        if (vendors.summary(form.offerorId()).isEmpty()) {
            throw new BusinessRuleException("offerorId", "This vendor does not exist (any more)");
        }
        if (vendors.summary(form.manufacturerId()).isEmpty()) {
            throw new BusinessRuleException("manufacturerId", "This vendor does not exist (any more)");
        }
        ProductKind kind = form.kind();
        if (kind == null) {
            throw new BusinessRuleException("kind", "Choose the kind of end product");
        }
        return new ProductForm(name, part, description, psc, naics, form.offerorId(), form.manufacturerId(), kind);
    }

    private static String fold(Validation<Optional<String>> v, String field) {
        return v.fold(o -> o.orElse(null), message -> {
            throw new BusinessRuleException(field, message);
        });
    }

    private static String required(String value, String field, String message, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new BusinessRuleException(field, message);
        }
        if (v.length() > max) {
            throw new BusinessRuleException(field, "At most " + max + " characters");
        }
        return v;
    }

    private static String optional(String value, String field, int max) {
        String v = value == null ? "" : value.strip();
        if (v.length() > max) {
            throw new BusinessRuleException(field, "At most " + max + " characters");
        }
        return v.isEmpty() ? null : v;
    }

    private static void apply(ProductRecord rec, ProductForm f) {
        rec.setName(f.name());
        rec.setPartNumber(f.partNumber());
        rec.setDescription(f.description());
        rec.setPsc(f.psc());
        rec.setNaics(f.naics());
        rec.setOfferorVendorId(f.offerorId());
        rec.setManufacturerVendorId(f.manufacturerId());
        rec.setKind(f.kind().name());
    }

    private void storeUnique(ProductRecord rec, ProductForm f) {
        boolean taken = dsl.fetchExists(PRODUCT, PRODUCT.OFFEROR_VENDOR_ID.eq(f.offerorId())
                .and(PRODUCT.PART_NUMBER.eq(f.partNumber()))
                .and(rec.getId() == null ? DSL.trueCondition() : PRODUCT.ID.ne(rec.getId())));
        if (taken) {
            throw new BusinessRuleException("partNumber", "This vendor already offers a product with part number "
                    + f.partNumber());
        }
        try {
            rec.store();
        } catch (DuplicateKeyException | org.jooq.exception.IntegrityConstraintViolationException e) {
            throw new BusinessRuleException("partNumber", "This vendor already offers a product with part number "
                    + f.partNumber());
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private static Product toProduct(Record r) {
        return new Product(r.get(PRODUCT.ID), r.get(PRODUCT.NAME), r.get(PRODUCT.PART_NUMBER), r.get(PRODUCT.DESCRIPTION),
                r.get(PRODUCT.PSC), r.get(PRODUCT.NAICS), r.get(PRODUCT.OFFEROR_VENDOR_ID), r.get(OFFEROR.LEGAL_NAME),
                r.get(PRODUCT.MANUFACTURER_VENDOR_ID), r.get(MAKER.LEGAL_NAME), ProductKind.valueOf(r.get(PRODUCT.KIND)),
                r.get(PRODUCT.CREATED_BY), r.get(PRODUCT.CREATED_AT).toInstant(ZoneOffset.UTC),
                r.get(PRODUCT.UPDATED_AT).toInstant(ZoneOffset.UTC), r.get(PRODUCT.VERSION));
    }

    private static Map<String, Object> auditView(Product p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("partNumber", p.partNumber());
        m.put("description", p.description());
        m.put("psc", p.psc());
        m.put("naics", p.naics());
        m.put("offerorId", p.offerorId());
        m.put("manufacturerId", p.manufacturerId());
        m.put("kind", p.kind().name());
        return m;
    }
}
