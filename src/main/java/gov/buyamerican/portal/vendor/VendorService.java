package gov.buyamerican.portal.vendor;

import static gov.buyamerican.portal.db.Tables.VENDOR;

import gov.buyamerican.portal.audit.AuditActions;
import gov.buyamerican.portal.audit.AuditEntry;
import gov.buyamerican.portal.audit.AuditEvent;
import gov.buyamerican.portal.audit.AuditService;
import gov.buyamerican.portal.db.tables.records.MarketplaceSellerRecord;
import gov.buyamerican.portal.db.tables.records.VendorContactRecord;
import gov.buyamerican.portal.db.tables.records.VendorRecord;
import gov.buyamerican.portal.security.CurrentUser;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ConcurrentEditException;
import gov.buyamerican.portal.shared.NotFoundException;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.shared.identifiers.Validation;
import gov.buyamerican.portal.vendor.internal.VendorExporter;
import gov.buyamerican.portal.vendor.internal.VendorImporter;
import gov.buyamerican.portal.vendor.internal.VendorMapper;
import gov.buyamerican.portal.vendor.internal.VendorStore;
import java.io.InputStream;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.exception.DataChangedException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vendor registry: vendors, their contacts, the sellers of marketplaces, imports and exports. Staff and
 * administrators change; every role reads. Each public method is one transaction, and every change is recorded in the
 * audit trail in that transaction, under the entity "Vendor" and the vendor's id (contact and seller changes too, so
 * that a vendor's history tells all); an import is one entry under "VendorImport".
 */
@Service
public class VendorService {

    public static final String ENTITY = "Vendor";
    public static final String IMPORT_ENTITY = "VendorImport";
    /** Counts shown by the grid stop here: "more than 10,000" is all a user needs to refine the filter. */
    public static final int COUNT_CAP = 10_000;

    private static final String READ = "hasAnyRole('ADMIN','STAFF','APPROVER','REPORTS','AUDITOR')";
    private static final String WRITE = "hasAnyRole('STAFF','ADMIN')";

    private final VendorStore store;
    private final VendorImporter importer;
    private final VendorExporter exporter;
    private final AuditService audit;
    private final Clock clock;

    public VendorService(VendorStore store, VendorImporter importer, VendorExporter exporter, AuditService audit,
                         Clock clock) {
        this.store = store;
        this.importer = importer;
        this.exporter = exporter;
        this.audit = audit;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ reads

    /**
     * One page of the vendors matching the filter, sorted by whitelisted keys ({@code legalName}, {@code uei}, ...).
     *
     * <p>The grid's two reads ({@link #search} and {@link #count}) join a caller's transaction but do not open one:
     * each is one SELECT (two when the search text may be an identifier), which reads a consistent snapshot on its own
     * in autocommit mode; leaving out BEGIN, COMMIT and the connection-state changes saves round trips on every page
     * scrolled (see bench/README.md).
     */
    @PreAuthorize(READ)
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<VendorSummary> search(VendorFilter filter, PageQuery page) {
        return store.search(filter, page);
    }

    /** The number of vendors matching the filter, counted up to {@code cap}. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public int count(VendorFilter filter, int cap) {
        return store.count(filter, Math.max(1, cap));
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public Vendor get(long id) {
        return store.vendor(id).orElseThrow(() -> notFound(id));
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public Optional<VendorSummary> summary(long id) {
        return store.summary(id);
    }

    /** The vendor holding a UEI (any case, surrounding blanks ignored). */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public Optional<VendorSummary> findByUei(String uei) {
        return gov.buyamerican.portal.shared.identifiers.Uei.validate(uei).toOptional()
                .flatMap(u -> store.summary(VENDOR.UEI.eq(u)));
    }

    /** The vendor holding a CAGE code (any case, surrounding blanks ignored). */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public Optional<VendorSummary> findByCage(String cage) {
        return gov.buyamerican.portal.shared.identifiers.CageCode.validate(cage).toOptional()
                .flatMap(c -> store.summary(VENDOR.CAGE_CODE.eq(c)));
    }

    /** The countries a vendor may be registered in: the active rows of the country reference table, by name. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<CountryChoice> countryChoices() {
        return store.countries();
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<Contact> contacts(long vendorId) {
        requireVendor(vendorId);
        return store.contacts(vendorId);
    }

    /** The sellers of a marketplace, by legal name; {@code text} searches their names and store names. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<SellerLink> sellers(long marketplaceId, String text, PageQuery page) {
        requireVendor(marketplaceId);
        return store.sellers(marketplaceId, text, page);
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public int countSellers(long marketplaceId, String text) {
        return store.countSellers(marketplaceId, text);
    }

    /** The marketplaces a vendor sells on. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<SellerLink> marketplacesOf(long sellerId) {
        requireVendor(sellerId);
        return store.marketplacesOf(sellerId);
    }

    /** The vendor's audit trail, newest first: every change to it, its contacts and its seller links. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<AuditEvent> history(long vendorId, PageQuery page) {
        return audit.historyOf(ENTITY, Long.toString(vendorId), page);
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public Optional<VendorImportInfo> importInfo(long importId) {
        return store.importInfo(importId);
    }

    // ------------------------------------------------------------------ vendor changes

    /** Registers a vendor (status Active). A UEI and a kind are required. */
    @PreAuthorize(WRITE)
    @Transactional
    public Vendor create(VendorForm form) {
        VendorForm f = normalize(form, true, null);
        requireKind(f);
        long id = insert(f);
        Vendor created = get(id);
        audit.record(AuditEntry.of(AuditActions.CREATE, ENTITY, id, "Registered vendor " + label(created))
                .withChange(null, VendorMapper.auditView(created)));
        return created;
    }

    /**
     * Changes a vendor's values (not its status: see {@link #changeStatus}).
     *
     * @param expectedVersion the version the user started from
     * @throws ConcurrentEditException if someone else saved the vendor since
     */
    @PreAuthorize(WRITE)
    @Transactional
    public Vendor update(long id, int expectedVersion, VendorForm form) {
        VendorRecord r = loadForUpdate(id, expectedVersion);
        VendorForm f = normalize(form, !store.isSeller(id), id);
        requireKind(f);
        if (VendorKind.MARKETPLACE.name().equals(r.getKind()) && f.kind() != VendorKind.MARKETPLACE) {
            int sellers = store.sellerCount(id);
            if (sellers > 0) {
                throw new BusinessRuleException("kind", "This marketplace has " + sellers + " seller"
                        + (sellers == 1 ? "" : "s") + ": remove them before changing its kind");
            }
        }
        Vendor before = get(id);
        if (f.equals(before.toForm())) {
            return before;
        }
        VendorMapper.apply(f, r);
        r.setUpdatedAt(now());
        storeChecked(r, "Vendor " + before.legalName(), () -> duplicateCheck(f, id));
        Vendor after = get(id);
        var beforeView = VendorMapper.auditView(before);
        var afterView = VendorMapper.auditView(after);
        audit.record(AuditEntry.of(AuditActions.UPDATE, ENTITY, id, "Changed vendor " + label(after) + ": "
                + VendorMapper.changedFields(beforeView, afterView)).withChange(beforeView, afterView));
        return after;
    }

    /**
     * Sets the status. A suspension needs a reason; an inactive vendor may have one; reactivating clears it.
     */
    @PreAuthorize(WRITE)
    @Transactional
    public Vendor changeStatus(long id, int expectedVersion, VendorStatus status, String reason) {
        Objects.requireNonNull(status, "status");
        VendorRecord r = loadForUpdate(id, expectedVersion);
        Validation<Optional<String>> checked = VendorRules.statusReason(status, reason);
        String why = checked.fold(o -> o.orElse(null), m -> {
            throw new BusinessRuleException(VendorRules.STATUS_REASON, m);
        });
        if (status == VendorStatus.ACTIVE) {
            why = null;
        }
        if (status.name().equals(r.getStatus()) && Objects.equals(why, r.getStatusReason())) {
            throw new BusinessRuleException("status", "The vendor is already " + status.label().toLowerCase(Locale.ROOT));
        }
        Vendor before = get(id);
        r.setStatus(status.name());
        r.setStatusReason(why);
        r.setStatusChangedAt(now());
        r.setUpdatedAt(now());
        storeChecked(r, "Vendor " + before.legalName(), () -> { });
        Vendor after = get(id);
        String verb = switch (status) {
            case ACTIVE -> "Reactivated";
            case INACTIVE -> "Set inactive";
            case SUSPENDED -> "Suspended";
        };
        audit.record(AuditEntry.of(AuditActions.UPDATE, ENTITY, id, verb + " vendor " + label(after)
                        + (why == null ? "" : ": " + why))
                .withChange(Map.of("status", before.status().name(), "statusReason", Objects.toString(before.statusReason(), "")),
                        Map.of("status", after.status().name(), "statusReason", Objects.toString(after.statusReason(), ""))));
        return after;
    }

    // ------------------------------------------------------------------ contacts

    @PreAuthorize(WRITE)
    @Transactional
    public Contact addContact(long vendorId, ContactForm form) {
        VendorRecord v = requireVendor(vendorId);
        ContactForm f = checkContact(form);
        VendorContactRecord c = store.newContact();
        c.setVendorId(vendorId);
        applyContact(f, c);
        c.setCreatedAt(now());
        c.setUpdatedAt(now());
        c.store();
        Contact created = VendorMapper.toContact(c);
        audit.record(AuditEntry.of(AuditActions.UPDATE, ENTITY, vendorId, "Added contact " + created.name()
                + " to vendor " + v.getLegalName()).withChange(null, VendorMapper.auditView(created)));
        return created;
    }

    @PreAuthorize(WRITE)
    @Transactional
    public Contact updateContact(long contactId, int expectedVersion, ContactForm form) {
        VendorContactRecord c = store.contactRecord(contactId)
                .orElseThrow(() -> new NotFoundException("Contact " + contactId + " does not exist"));
        if (c.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("Contact " + c.getName());
        }
        ContactForm f = checkContact(form);
        Contact before = VendorMapper.toContact(c);
        if (f.equals(before.toForm())) {
            return before;
        }
        applyContact(f, c);
        c.setUpdatedAt(now());
        try {
            c.store();
        } catch (DataChangedException e) {
            throw new ConcurrentEditException("Contact " + before.name());
        }
        Contact after = VendorMapper.toContact(c);
        VendorRecord v = requireVendor(c.getVendorId());
        var beforeView = VendorMapper.auditView(before);
        var afterView = VendorMapper.auditView(after);
        audit.record(AuditEntry.of(AuditActions.UPDATE, ENTITY, c.getVendorId(), "Changed contact " + after.name()
                + " of vendor " + v.getLegalName() + ": " + VendorMapper.changedFields(beforeView, afterView))
                .withChange(beforeView, afterView));
        return after;
    }

    @PreAuthorize(WRITE)
    @Transactional
    public void removeContact(long contactId, int expectedVersion) {
        VendorContactRecord c = store.contactRecord(contactId)
                .orElseThrow(() -> new NotFoundException("Contact " + contactId + " does not exist"));
        if (c.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("Contact " + c.getName());
        }
        Contact before = VendorMapper.toContact(c);
        store.deleteContact(contactId);
        VendorRecord v = requireVendor(c.getVendorId());
        audit.record(AuditEntry.of(AuditActions.UPDATE, ENTITY, c.getVendorId(), "Removed contact " + before.name()
                + " from vendor " + v.getLegalName()).withChange(VendorMapper.auditView(before), null));
    }

    // ------------------------------------------------------------------ marketplace sellers

    /** Links an existing vendor to a marketplace as one of its third-party sellers. */
    @PreAuthorize(WRITE)
    @Transactional
    public SellerLink addSeller(long marketplaceId, long sellerId, String storeName, String sellerRef) {
        VendorRecord marketplace = requireMarketplace(marketplaceId);
        VendorRecord seller = requireVendor(sellerId);
        if (marketplaceId == sellerId) {
            throw new BusinessRuleException("seller", "A marketplace cannot be its own seller");
        }
        if (store.linked(marketplaceId, sellerId)) {
            throw new BusinessRuleException("seller", seller.getLegalName() + " already sells on "
                    + marketplace.getLegalName());
        }
        return link(marketplace, seller, storeName, sellerRef);
    }

    /**
     * Registers a new vendor as a seller of a marketplace, in one step. The UEI may be left empty: a third-party seller
     * is often not registered in SAM.gov.
     */
    @PreAuthorize(WRITE)
    @Transactional
    public SellerLink registerSeller(long marketplaceId, VendorForm form, String storeName, String sellerRef) {
        VendorRecord marketplace = requireMarketplace(marketplaceId);
        VendorForm f = normalize(form, false, null);
        requireKind(f);
        checkSellerValues(storeName, sellerRef);
        long id = insert(f);
        Vendor created = get(id);
        audit.record(AuditEntry.of(AuditActions.CREATE, ENTITY, id, "Registered vendor " + label(created)
                + " as a seller on " + marketplace.getLegalName()).withChange(null, VendorMapper.auditView(created)));
        return link(marketplace, store.record(id).orElseThrow(), storeName, sellerRef);
    }

    /** Changes the store name or the marketplace's seller id of a link. */
    @PreAuthorize(WRITE)
    @Transactional
    public SellerLink updateSeller(long linkId, int expectedVersion, String storeName, String sellerRef) {
        MarketplaceSellerRecord r = loadLink(linkId, expectedVersion);
        checkSellerValues(storeName, sellerRef);
        SellerLink before = store.link(linkId);
        if (Objects.equals(textOrNull(storeName), before.storeName())
                && Objects.equals(textOrNull(sellerRef), before.sellerRef())) {
            return before;
        }
        r.setStoreName(textOrNull(storeName));
        r.setSellerRef(textOrNull(sellerRef));
        r.setUpdatedAt(now());
        try {
            r.store();
        } catch (DataChangedException e) {
            throw new ConcurrentEditException("The seller " + before.seller().legalName());
        }
        SellerLink after = store.link(linkId);
        audit.record(AuditEntry.of(AuditActions.UPDATE, ENTITY, r.getMarketplaceId(), "Changed seller "
                        + after.seller().legalName() + " on " + after.marketplace().legalName())
                .withChange(linkView(before), linkView(after)));
        return after;
    }

    /** Ends a seller's link to a marketplace; both vendors stay registered. */
    @PreAuthorize(WRITE)
    @Transactional
    public void removeSeller(long linkId, int expectedVersion) {
        loadLink(linkId, expectedVersion);
        SellerLink before = store.link(linkId);
        store.deleteLink(linkId);
        String summary = "Removed seller " + before.seller().legalName() + " from marketplace "
                + before.marketplace().legalName();
        audit.record(AuditEntry.of(AuditActions.UPDATE, ENTITY, before.marketplace().id(), summary)
                .withChange(linkView(before), null));
        audit.record(AuditEntry.of(AuditActions.UPDATE, ENTITY, before.seller().id(), summary)
                .withChange(linkView(before), null));
    }

    // ------------------------------------------------------------------ bulk keys and registration for imports

    /**
     * The vendors' ids by UEI, the marketplaces and the seller links, for an import of another module that matches many
     * rows in memory. One query each; ids and keys only.
     */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public VendorKeys keys() {
        return store.keys();
    }

    /**
     * Registers vendors an import of another module met but the portal lacks, with the least it knows (legal name, UEI,
     * country; kind left "not classified", or MARKETPLACE). Each row is checked with the vendor rules; a UEI already
     * registered is refused. One CREATE audit entry lists them ({@code why} says which import).
     *
     * @return the new vendors' ids by UEI
     * @throws BusinessRuleException if a row breaks a vendor rule (the caller validated them before)
     */
    @PreAuthorize(WRITE)
    @Transactional
    public Map<String, Long> registerMinimal(List<VendorKeys.NewVendor> vendors, String why) {
        if (vendors.isEmpty()) {
            return Map.of();
        }
        List<String> ueis = new java.util.ArrayList<>();
        for (VendorKeys.NewVendor v : vendors) {
            checkMinimal(v, true);
            ueis.add(v.uei());
        }
        Map<String, Long> ids = store.insertMinimal(vendors, now());
        audit.record(AuditEntry.of(AuditActions.CREATE, ENTITY, null, "Registered " + vendors.size()
                + (vendors.size() == 1 ? " vendor" : " vendors") + " met in " + why)
                .withChange(null, Map.of("ueis", ueis.stream().limit(1000).toList(), "count", vendors.size())));
        return ids;
    }

    /**
     * Registers sellers an import met on marketplaces, and links each to its marketplace with its store name and the
     * marketplace's seller id. The UEI may be null. One CREATE audit entry lists them.
     *
     * @return the new sellers' vendor ids, in the order given
     */
    @PreAuthorize(WRITE)
    @Transactional
    public List<Long> registerSellers(List<VendorKeys.NewSeller> sellers, String why) {
        if (sellers.isEmpty()) {
            return List.of();
        }
        List<Long> ids = new java.util.ArrayList<>();
        for (VendorKeys.NewSeller s : sellers) {
            checkMinimal(s.vendor(), false);
            checkSellerValues(s.storeName(), s.sellerRef());
            requireMarketplace(s.marketplaceId());
            ids.add(store.insertSeller(s, now()));
        }
        audit.record(AuditEntry.of(AuditActions.CREATE, ENTITY, null, "Registered " + sellers.size()
                + (sellers.size() == 1 ? " marketplace seller" : " marketplace sellers") + " met in " + why)
                .withChange(null, Map.of("names", sellers.stream().limit(1000).map(s -> s.vendor().legalName()).toList(),
                        "count", sellers.size())));
        return ids;
    }

    private void checkMinimal(VendorKeys.NewVendor v, boolean ueiRequired) {
        VendorForm form = new VendorForm(v.legalName(), null, v.uei(), null, v.countryCode(), null, null, null, null,
                null, null, null, v.marketplace() ? VendorKind.MARKETPLACE : null, null, java.util.Set.of(), null);
        var checked = VendorRules.check(form, LocalDate.now(clock), ueiRequired);
        if (!checked.ok()) {
            var p = checked.problems().getFirst();
            throw new BusinessRuleException(p.field(), p.message());
        }
        if (!store.activeCountry(checked.value().countryCode())) {
            throw new BusinessRuleException(VendorRules.COUNTRY, v.countryCode() + " is not in the portal's country list");
        }
    }

    // ------------------------------------------------------------------ import and export

    /**
     * Imports a vendor file: the portal's template or a USAspending contract transactions download, recognised from
     * its header. Every row is checked; the vendors of the good rows are registered, or updated when their UEI is
     * registered (blank cells keep the stored values), all in this one transaction; the other rows come back with
     * their reasons. A file that cannot be read as a whole (not CSV, empty, not UTF-8, unknown header, broken CSV
     * syntax) imports nothing and throws {@link VendorImportException}. One IMPORT audit entry records the counts.
     *
     * @param size the file's size in bytes, for progress, or -1
     */
    @PreAuthorize(WRITE)
    @Transactional
    public VendorImportResult importFile(String fileName, InputStream in, long size, ImportProgress progress) {
        long start = System.nanoTime();
        String name = fileName == null || fileName.isBlank() ? "upload.csv" : fileName.strip();
        name = name.length() > 255 ? name.substring(0, 255) : name;
        VendorImporter.Prepared prepared = importer.prepare(in, size);
        long importId = store.insertImport(name, prepared.format(), CurrentUser.actor(), now());
        VendorImporter.Outcome o = importer.run(prepared, importId, progress == null ? ImportProgress.NONE : progress);
        store.finishImport(importId, o.sha256(), o.rowsRead(), o.created(), o.updated(), o.unchanged(),
                o.rejected().size());
        VendorImportResult result = new VendorImportResult(importId, prepared.format(), name, o.rowsRead(), o.created(),
                o.updated(), o.unchanged(), o.mergedRows(), o.rejected(), (System.nanoTime() - start) / 1_000_000);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("file", name);
        counts.put("sha256", o.sha256());
        counts.put("format", prepared.format().name());
        counts.put("rowsRead", o.rowsRead());
        counts.put("created", o.created());
        counts.put("updated", o.updated());
        counts.put("unchanged", o.unchanged());
        counts.put("mergedRows", o.mergedRows());
        counts.put("rejected", o.rejected().size());
        counts.put("rejectedLines", o.rejected().stream().limit(100).map(RejectedRow::line).toList());
        audit.record(AuditEntry.of(AuditActions.IMPORT, IMPORT_ENTITY, importId, "Imported vendors from '" + name
                + "' (" + prepared.format().label() + "): " + result.summary()).withChange(null, counts));
        return result;
    }

    /**
     * Writes the vendors matching the filter, in the given order, to CSV or XLSX, and records the export in the audit
     * trail.
     *
     * @return the number of vendors written
     */
    @PreAuthorize(READ)
    @Transactional
    public int export(VendorFilter filter, List<PageQuery.SortOrder> sort, VendorExportFormat format, OutputStream out) {
        int count = exporter.write(filter, sort == null ? List.of() : sort, format, out);
        audit.record(AuditEntry.of(AuditActions.EXPORT, ENTITY, null, "Exported "
                + NumberFormat.getIntegerInstance(Locale.US).format(count) + " vendors to "
                + format.name() + " (" + (filter == null ? "no filter" : filter.describe()) + ")"));
        return count;
    }

    // ------------------------------------------------------------------ helpers

    private VendorForm normalize(VendorForm form, boolean ueiRequired, Long selfId) {
        var checked = VendorRules.check(form, LocalDate.now(clock), ueiRequired);
        if (!checked.ok()) {
            var p = checked.problems().getFirst();
            throw new BusinessRuleException(p.field(), p.message());
        }
        VendorForm f = checked.value();
        if (!store.activeCountry(f.countryCode())) {
            throw new BusinessRuleException(VendorRules.COUNTRY, f.countryCode()
                    + " is not in the portal's country list");
        }
        duplicateCheck(f, selfId);
        return f;
    }

    private void duplicateCheck(VendorForm f, Long selfId) {
        store.holderOf(VENDOR.UEI, f.uei(), selfId).ifPresent(r -> {
            throw new DuplicateVendorException(VendorRules.UEI, "UEI " + f.uei() + " is already registered for "
                    + r.get(VENDOR.LEGAL_NAME), r.get(VENDOR.ID), r.get(VENDOR.LEGAL_NAME));
        });
        store.holderOf(VENDOR.CAGE_CODE, f.cageCode(), selfId).ifPresent(r -> {
            throw new DuplicateVendorException(VendorRules.CAGE_CODE, "CAGE code " + f.cageCode()
                    + " is already registered for " + r.get(VENDOR.LEGAL_NAME), r.get(VENDOR.ID),
                    r.get(VENDOR.LEGAL_NAME));
        });
    }

    private static void requireKind(VendorForm f) {
        if (f.kind() == null) {
            throw new BusinessRuleException("kind", "Choose what kind of vendor this is");
        }
    }

    private long insert(VendorForm f) {
        VendorRecord r = store.newRecord();
        VendorMapper.apply(f, r);
        r.setStatus(VendorStatus.ACTIVE.name());
        r.setCreatedAt(now());
        r.setUpdatedAt(now());
        storeChecked(r, "Vendor", () -> duplicateCheck(f, null));
        return r.getId();
    }

    /**
     * Stores a record; a unique-key clash (someone registered the same UEI or CAGE code a moment ago) is turned into
     * the same message as the check before it, and an optimistic-locking failure into a {@link ConcurrentEditException}.
     */
    private static void storeChecked(VendorRecord r, String what, Runnable duplicateCheck) {
        try {
            r.store();
        } catch (DataChangedException e) {
            throw new ConcurrentEditException(what);
        } catch (DuplicateKeyException e) {
            duplicateCheck.run();
            throw e;
        }
    }

    private VendorRecord loadForUpdate(long id, int expectedVersion) {
        VendorRecord r = requireVendor(id);
        if (r.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("Vendor " + r.getLegalName());
        }
        return r;
    }

    private VendorRecord requireVendor(long id) {
        return store.record(id).orElseThrow(() -> notFound(id));
    }

    private VendorRecord requireMarketplace(long id) {
        VendorRecord r = requireVendor(id);
        if (!VendorKind.MARKETPLACE.name().equals(r.getKind())) {
            throw new BusinessRuleException(r.getLegalName() + " is not a marketplace: only a marketplace has sellers");
        }
        return r;
    }

    private MarketplaceSellerRecord loadLink(long linkId, int expectedVersion) {
        MarketplaceSellerRecord r = store.linkRecord(linkId)
                .orElseThrow(() -> new NotFoundException("That seller link does not exist any more"));
        if (r.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("The seller link");
        }
        return r;
    }

    private SellerLink link(VendorRecord marketplace, VendorRecord seller, String storeName, String sellerRef) {
        checkSellerValues(storeName, sellerRef);
        MarketplaceSellerRecord r = store.newLink();
        r.setMarketplaceId(marketplace.getId());
        r.setSellerId(seller.getId());
        r.setStoreName(textOrNull(storeName));
        r.setSellerRef(textOrNull(sellerRef));
        r.setCreatedAt(now());
        r.setUpdatedAt(now());
        r.store();
        SellerLink link = store.link(r.getId());
        String summary = "Added seller " + seller.getLegalName() + " to marketplace " + marketplace.getLegalName();
        audit.record(AuditEntry.of(AuditActions.UPDATE, ENTITY, marketplace.getId(), summary)
                .withChange(null, linkView(link)));
        audit.record(AuditEntry.of(AuditActions.UPDATE, ENTITY, seller.getId(), summary)
                .withChange(null, linkView(link)));
        return link;
    }

    private static void checkSellerValues(String storeName, String sellerRef) {
        VendorRules.text(storeName, "Store name", VendorRules.NAME_MAX).problem().ifPresent(m -> {
            throw new BusinessRuleException(VendorRules.STORE_NAME, m);
        });
        VendorRules.text(sellerRef, "Seller id", VendorRules.SELLER_REF_MAX).problem().ifPresent(m -> {
            throw new BusinessRuleException(VendorRules.SELLER_REF, m);
        });
    }

    private static Map<String, Object> linkView(SellerLink l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("marketplace", l.marketplace().legalName());
        m.put("seller", l.seller().legalName());
        m.put("storeName", l.storeName());
        m.put("sellerRef", l.sellerRef());
        return m;
    }

    private static ContactForm checkContact(ContactForm form) {
        var checked = VendorRules.contact(form);
        if (!checked.ok()) {
            var p = checked.problems().getFirst();
            throw new BusinessRuleException(p.field(), p.message());
        }
        return checked.value();
    }

    private static void applyContact(ContactForm f, VendorContactRecord c) {
        c.setName(f.name());
        c.setTitle(f.title());
        c.setEmail(f.email());
        c.setPhone(f.phone());
    }

    private static String textOrNull(String s) {
        return VendorRules.text(s, "Text", Integer.MAX_VALUE).toOptional().flatMap(o -> o).orElse(null);
    }

    private static String label(Vendor v) {
        return v.legalName() + (v.uei() == null ? "" : " (UEI " + v.uei() + ")");
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("Vendor " + id + " does not exist");
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
