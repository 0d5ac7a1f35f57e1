package gov.buyamerican.portal.purchase;

import static gov.buyamerican.portal.db.Tables.OFFICE;
import static gov.buyamerican.portal.db.Tables.PURCHASE;

import gov.buyamerican.portal.shared.export.ExportFormat;
import gov.buyamerican.portal.audit.AuditActions;
import gov.buyamerican.portal.audit.AuditEntry;
import gov.buyamerican.portal.audit.AuditEvent;
import gov.buyamerican.portal.audit.AuditService;
import gov.buyamerican.portal.catalog.ProductService;
import gov.buyamerican.portal.db.tables.records.PurchaseRecord;
import gov.buyamerican.portal.purchase.internal.ClassificationInputs;
import gov.buyamerican.portal.purchase.internal.Classified;
import gov.buyamerican.portal.purchase.internal.PurchaseRollups;
import gov.buyamerican.portal.purchase.internal.PurchaseStore;
import gov.buyamerican.portal.purchase.internal.ReclassificationRunner;
import gov.buyamerican.portal.purchase.internal.Reclassifier;
import gov.buyamerican.portal.reference.CountryEntry;
import gov.buyamerican.portal.reference.CountryService;
import gov.buyamerican.portal.reference.MissingRuleValueException;
import gov.buyamerican.portal.security.CurrentUser;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ConcurrentEditException;
import gov.buyamerican.portal.shared.NotFoundException;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.shared.export.TabularExport;
import gov.buyamerican.portal.vendor.SellerLink;
import gov.buyamerican.portal.vendor.VendorService;
import gov.buyamerican.portal.waiver.WaiverService;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Purchases: record, edit, delete, read, search and export them. Every role reads; STAFF and ADMIN change. Each
 * public method is one transaction; a change is classified ({@link ClassificationInputs}), its rollups updated
 * ({@link PurchaseRollups#applyDelta}) and its audit entry written in that transaction.
 *
 * <p>Total: when quantity and unit price are both given, total = quantity × unit price rounded to the cent (half up);
 * an entered total that differs from it is refused. Otherwise the entered total is used (negative for a
 * deobligation). PIIDs and order numbers are stored trimmed and upper case.
 */
@Service
public class PurchaseService {

    public static final String ENTITY = "Purchase";
    public static final int COUNT_CAP = 10_000;
    static final String READ = "hasAnyRole('ADMIN','STAFF','APPROVER','REPORTS','AUDITOR')";
    static final String WRITE = "hasAnyRole('STAFF','ADMIN')";
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999999");

    private final DSLContext dsl;
    private final PurchaseStore store;
    private final ClassificationInputs inputs;
    private final PurchaseRollups rollups;
    private final Reclassifier reclassifier;
    private final ReclassificationRunner runner;
    private final VendorService vendors;
    private final ProductService products;
    private final WaiverService waivers;
    private final CountryService countries;
    private final AuditService audit;
    private final Clock clock;

    PurchaseService(DSLContext dsl, PurchaseStore store, ClassificationInputs inputs, PurchaseRollups rollups,
                    Reclassifier reclassifier, ReclassificationRunner runner, VendorService vendors,
                    ProductService products, WaiverService waivers, CountryService countries, AuditService audit,
                    Clock clock) {
        this.dsl = dsl;
        this.store = store;
        this.inputs = inputs;
        this.rollups = rollups;
        this.reclassifier = reclassifier;
        this.runner = runner;
        this.vendors = vendors;
        this.products = products;
        this.waivers = waivers;
        this.countries = countries;
        this.audit = audit;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ reads

    /** One page of the purchases matching the filter, sorted by whitelisted keys (date, total, office, vendor, ...). */
    @PreAuthorize(READ)
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<PurchaseSummary> search(PurchaseFilter filter, PageQuery page) {
        return store.search(filter, page);
    }

    /** The number of matching purchases, counted up to {@code cap}. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public int count(PurchaseFilter filter, int cap) {
        return store.count(filter, Math.max(1, cap));
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public Purchase get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("Purchase " + id + " was not found."));
    }

    /** The purchase's audit trail, newest first. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<AuditEvent> history(long id, PageQuery page) {
        return audit.historyOf(ENTITY, Long.toString(id), page);
    }

    /**
     * Writes the purchases matching the filter, in the given order, as CSV or XLSX (streamed), and records the export
     * in the audit trail. CSV cells that would start a formula are neutralised.
     *
     * @return the number of purchases written
     */
    @PreAuthorize(READ)
    @Transactional
    public int export(PurchaseFilter filter, List<PageQuery.SortOrder> sort, ExportFormat format, OutputStream out) {
        int n;
        try (Stream<Record> rows = store.stream(filter, sort == null ? List.of() : sort)) {
            Stream<List<Object>> cells = rows.map(PurchaseService::exportRow);
            n = format == ExportFormat.CSV ? TabularExport.csv(EXPORT_HEADER, cells, out)
                    : TabularExport.xlsx("Purchases", EXPORT_HEADER, cells, out);
        }
        audit.record(AuditEntry.of(AuditActions.EXPORT, ENTITY, null, "Exported " + n + " purchases to " + format
                + " (" + (filter == null ? "no filter" : filter.describe()) + ")"));
        return n;
    }

    static final List<String> EXPORT_HEADER = List.of("Id", "Date", "Office", "Vendor", "Seller", "Product",
            "Description", "Quantity", "Unit price", "Total", "Channel", "PIID", "Order number", "Country of origin",
            "Place of manufacture", "Exemption", "Waiver", "Classification", "Reason", "Explanation", "Source");

    private static List<Object> exportRow(Record r) {
        Purchase p = PurchaseStore.toPurchase(r);
        List<Object> v = new ArrayList<>(EXPORT_HEADER.size());
        v.add(p.id());
        v.add(p.date());
        v.add(p.officeName());
        v.add(p.vendorName());
        v.add(p.sellerName());
        v.add(p.productName());
        v.add(p.description());
        v.add(p.quantity());
        v.add(p.unitPrice());
        v.add(p.total());
        v.add(p.channel().label());
        v.add(p.piid());
        v.add(p.orderNumber());
        v.add(p.originCountry());
        v.add(p.placeOfManufacture() == null ? null : p.placeOfManufacture().name());
        v.add(p.exemption() == null ? null : p.exemption().label());
        v.add(p.waiverReference());
        v.add(p.classification().label());
        v.add(p.reason().name());
        v.add(p.classificationNote());
        v.add(p.source());
        return v;
    }

    /** The offices a purchase may be recorded for (active), by name. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<Office> activeOffices() {
        return dsl.selectFrom(OFFICE).where(OFFICE.ACTIVE.isTrue()).orderBy(OFFICE.NAME)
                .fetch(r -> new Office(r.getId(), r.getCode(), r.getName(), r.getActive(), r.getVersion()));
    }

    // ------------------------------------------------------------------ changes

    /** Records a purchase entered by staff (source MANUAL). */
    @PreAuthorize(WRITE)
    @Transactional
    public Purchase record(PurchaseForm form) {
        Checked f = check(form);
        LocalDateTime now = now();
        PurchaseRecord r = dsl.newRecord(PURCHASE);
        r.setSource("MANUAL");
        r.setCreatedBy(CurrentUser.actor());
        r.setCreatedAt(now);
        apply(r, f, now);
        r.store();
        rollups.applyDelta(null, PurchaseStore.rollupRow(r));
        Purchase created = get(r.getId());
        audit.record(AuditEntry.of(AuditActions.CREATE, ENTITY, r.getId(), "Recorded purchase " + label(created)
                + ": " + created.classification().label()).withChange(null, auditView(created)));
        return created;
    }

    /**
     * Changes a purchase's entered values and classifies it again.
     *
     * @throws ConcurrentEditException when someone changed it since {@code expectedVersion}
     */
    @PreAuthorize(WRITE)
    @Transactional
    public Purchase update(long id, int expectedVersion, PurchaseForm form) {
        PurchaseRecord r = lock(id, expectedVersion);
        Purchase before = get(id);
        var rollBefore = PurchaseStore.rollupRow(r);
        Checked f = check(form);
        LocalDateTime now = now();
        apply(r, f, now);
        r.store();
        rollups.applyDelta(rollBefore, PurchaseStore.rollupRow(r));
        Purchase after = get(id);
        audit.record(AuditEntry.of(AuditActions.UPDATE, ENTITY, id, "Changed purchase " + label(after)
                + (before.classification() == after.classification() ? ""
                : ": " + before.classification().label() + " \u2192 " + after.classification().label()))
                .withChange(auditView(before), auditView(after)));
        return after;
    }

    /** Deletes a purchase (the user confirmed it). */
    @PreAuthorize(WRITE)
    @Transactional
    public void delete(long id, int expectedVersion) {
        PurchaseRecord r = lock(id, expectedVersion);
        Purchase before = get(id);
        rollups.applyDelta(PurchaseStore.rollupRow(r), null);
        r.delete();
        audit.record(AuditEntry.of(AuditActions.DELETE, ENTITY, id, "Deleted purchase " + label(before))
                .withChange(auditView(before), null));
    }

    // ------------------------------------------------------------------ reclassification

    /** Starts the reclassification of every purchase in the background; false when one is running already. */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean startReclassifyAll() {
        return runner.startAll("requested by " + CurrentUser.actor());
    }

    @PreAuthorize(READ)
    public ReclassificationStatus reclassificationStatus() {
        return reclassifier.allStatus();
    }

    // ------------------------------------------------------------------ helpers

    private record Checked(PurchaseForm form, BigDecimal total, Classified classified) {
    }

    private Checked check(PurchaseForm in) {
        if (in == null) {
            throw new BusinessRuleException("Enter the purchase.");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (in.date() == null) {
            throw new BusinessRuleException(PurchaseForm.DATE, "Enter the purchase date");
        }
        if (in.date().isAfter(today)) {
            throw new BusinessRuleException(PurchaseForm.DATE, "The purchase date cannot be in the future");
        }
        if (in.date().isBefore(EARLIEST)) {
            throw new BusinessRuleException(PurchaseForm.DATE, "The purchase date must be on or after " + EARLIEST);
        }
        if (in.officeId() == null) {
            throw new BusinessRuleException(PurchaseForm.OFFICE, "Choose the office");
        }
        Boolean active = dsl.select(OFFICE.ACTIVE).from(OFFICE).where(OFFICE.ID.eq(in.officeId())).fetchOne(OFFICE.ACTIVE);
        if (active == null) {
            throw new BusinessRuleException(PurchaseForm.OFFICE, "Office " + in.officeId() + " does not exist");
        }
        if (!active) {
            throw new BusinessRuleException(PurchaseForm.OFFICE, "This office is inactive");
        }
        if (in.vendorId() == null) {
            throw new BusinessRuleException(PurchaseForm.VENDOR, "Choose the vendor");
        }
        if (vendors.summary(in.vendorId()).isEmpty()) {
            throw new BusinessRuleException(PurchaseForm.VENDOR, "Vendor " + in.vendorId() + " does not exist");
        }
        if (in.sellerId() != null) {
            if (vendors.summary(in.sellerId()).isEmpty()) {
                throw new BusinessRuleException(PurchaseForm.SELLER, "Seller " + in.sellerId() + " does not exist");
            }
            List<SellerLink> links = vendors.marketplacesOf(in.sellerId());
            if (links.stream().noneMatch(l -> l.marketplace().id() == in.vendorId())) {
                throw new BusinessRuleException(PurchaseForm.SELLER,
                        "This seller is not linked to the chosen vendor as a marketplace seller");
            }
        }
        if (in.productId() != null && products.find(in.productId()).isEmpty()) {
            throw new BusinessRuleException(PurchaseForm.PRODUCT, "Product " + in.productId() + " does not exist");
        }
        String description = clean(in.description());
        if (description != null && description.length() > 500) {
            throw new BusinessRuleException(PurchaseForm.DESCRIPTION, "At most 500 characters");
        }
        if (in.quantity() != null && in.quantity().signum() <= 0) {
            throw new BusinessRuleException(PurchaseForm.QUANTITY, "The quantity must be more than zero");
        }
        if (in.unitPrice() != null && in.unitPrice().signum() < 0) {
            throw new BusinessRuleException(PurchaseForm.UNIT_PRICE, "The unit price cannot be negative");
        }
        checkMoney(in.quantity(), PurchaseForm.QUANTITY);
        checkMoney(in.unitPrice(), PurchaseForm.UNIT_PRICE);
        checkMoney(in.total(), PurchaseForm.TOTAL);
        BigDecimal total;
        if (in.quantity() != null && in.unitPrice() != null) {
            total = in.quantity().multiply(in.unitPrice()).setScale(2, RoundingMode.HALF_UP);
            if (in.total() != null && in.total().compareTo(total) != 0) {
                throw new BusinessRuleException(PurchaseForm.TOTAL, "The total must be quantity \u00d7 unit price ($"
                        + total.toPlainString() + "), or leave it empty");
            }
        } else if (in.total() != null) {
            total = in.total();
        } else {
            throw new BusinessRuleException(PurchaseForm.TOTAL, "Enter the total, or the quantity and the unit price");
        }
        if (in.channel() == null) {
            throw new BusinessRuleException(PurchaseForm.CHANNEL, "Choose the channel");
        }
        String piid = upper(in.piid());
        if (piid != null && piid.length() > 100) {
            throw new BusinessRuleException(PurchaseForm.PIID, "At most 100 characters");
        }
        String order = upper(in.orderNumber());
        if (order != null && order.length() > 100) {
            throw new BusinessRuleException(PurchaseForm.ORDER_NUMBER, "At most 100 characters");
        }
        String country = upper(in.originCountry());
        if (country != null) {
            boolean known = country.length() == 2 && countries.search(country, PageQuery.first(50)).stream()
                    .anyMatch(c -> c.alpha2().equals(country) && c.active());
            if (!known) {
                throw new BusinessRuleException(PurchaseForm.COUNTRY, country + " is not in the portal's country list");
            }
        }
        if (in.waiverId() != null && waivers.validities(List.of(in.waiverId())).isEmpty()) {
            throw new BusinessRuleException(PurchaseForm.WAIVER, "Waiver " + in.waiverId() + " does not exist");
        }
        PurchaseForm f = new PurchaseForm(in.date(), in.officeId(), in.vendorId(), in.sellerId(), in.productId(),
                description, in.quantity(), in.unitPrice(), total, in.channel(), piid, order, country,
                in.placeOfManufacture(), in.exemption(), in.waiverId());
        Classified c;
        try {
            c = inputs.classify(new gov.buyamerican.portal.purchase.internal.ClassificationInput(f.date(), total,
                    f.productId(), f.placeOfManufacture(), country, f.exemption(), f.waiverId(), piid));
        } catch (MissingRuleValueException e) {
            throw new BusinessRuleException(PurchaseForm.DATE, e.getMessage());
        }
        return new Checked(f, total, c);
    }

    private static void checkMoney(BigDecimal v, String field) {
        if (v != null && (v.abs().compareTo(MAX_AMOUNT) > 0 || Math.max(0, v.stripTrailingZeros().scale()) > 4)) {
            throw new BusinessRuleException(field, "Too large, or more than 4 decimal places");
        }
    }

    private static void apply(PurchaseRecord r, Checked c, LocalDateTime now) {
        PurchaseForm f = c.form();
        r.setPurchaseDate(f.date());
        r.setOfficeId(f.officeId());
        r.setVendorId(f.vendorId());
        r.setSellerVendorId(f.sellerId());
        r.setProductId(f.productId());
        r.setDescription(f.description());
        r.setQuantity(f.quantity());
        r.setUnitPrice(f.unitPrice());
        r.setTotalAmount(c.total());
        r.setChannel(f.channel().name());
        r.setPiid(f.piid());
        r.setOrderNumber(f.orderNumber());
        r.setOriginCountry(f.originCountry());
        r.setPlaceOfManufacture(f.placeOfManufacture() == null ? null : f.placeOfManufacture().name());
        r.setExemption(f.exemption() == null ? null : f.exemption().name());
        PurchaseStore.apply(r, c.classified(), now);
        r.setUpdatedAt(now);
    }

    private PurchaseRecord lock(long id, int expectedVersion) {
        PurchaseRecord r = store.lockRecord(id);
        if (r == null) {
            throw new NotFoundException("Purchase " + id + " was not found; it may have been deleted.");
        }
        if (r.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("Purchase " + id);
        }
        return r;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String upper(String s) {
        String c = clean(s);
        return c == null ? null : c.toUpperCase(Locale.ROOT);
    }

    private static String label(Purchase p) {
        return "#" + p.id() + " (" + p.date() + ", " + p.vendorName() + ", $" + p.total().toPlainString() + ")";
    }

    private static Map<String, Object> auditView(Purchase p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", p.date().toString());
        m.put("officeId", p.officeId());
        m.put("vendorId", p.vendorId());
        m.put("sellerId", p.sellerId());
        m.put("productId", p.productId());
        m.put("description", p.description());
        m.put("quantity", p.quantity() == null ? null : p.quantity().toPlainString());
        m.put("unitPrice", p.unitPrice() == null ? null : p.unitPrice().toPlainString());
        m.put("total", p.total().toPlainString());
        m.put("channel", p.channel().name());
        m.put("piid", p.piid());
        m.put("orderNumber", p.orderNumber());
        m.put("originCountry", p.originCountry());
        m.put("placeOfManufacture", p.placeOfManufacture() == null ? null : p.placeOfManufacture().name());
        m.put("exemption", p.exemption() == null ? null : p.exemption().name());
        m.put("waiverId", p.waiverId());
        m.put("classification", p.classification().name());
        m.put("reason", p.reason().name());
        return m;
    }
}
