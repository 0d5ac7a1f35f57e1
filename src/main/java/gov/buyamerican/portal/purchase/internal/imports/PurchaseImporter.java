package gov.buyamerican.portal.purchase.internal.imports;

import static gov.buyamerican.portal.db.Tables.COUNTRY;
import static gov.buyamerican.portal.db.Tables.OFFICE;
import static gov.buyamerican.portal.db.Tables.PURCHASE;

import gov.buyamerican.portal.catalog.ProductService;
import gov.buyamerican.portal.purchase.PurchaseImportException;
import gov.buyamerican.portal.purchase.PurchaseImportFormat;
import gov.buyamerican.portal.purchase.PurchaseRejectedRow;
import gov.buyamerican.portal.purchase.UnknownVendors;
import gov.buyamerican.portal.purchase.internal.ClassificationInput;
import gov.buyamerican.portal.purchase.internal.ClassificationInputs;
import gov.buyamerican.portal.purchase.internal.Classified;
import gov.buyamerican.portal.purchase.internal.PurchaseRollups;
import gov.buyamerican.portal.rules.purchase.PlaceOfManufacture;
import gov.buyamerican.portal.shared.usaspending.UsaSpendingCsvReader;
import gov.buyamerican.portal.vendor.ImportProgress;
import gov.buyamerican.portal.vendor.VendorKeys;
import gov.buyamerican.portal.vendor.VendorService;
import java.io.InputStream;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Imports one purchase file inside the caller's transaction. Two threads: a reader thread parses and checks the rows
 * (streaming: memory does not grow with the file) and hands over chunks of {@value #CHUNK} good rows through a small
 * queue; the transaction's thread matches each chunk to vendor, seller, office and product ids (registering the unknown
 * ones when the user chose so), classifies every row against one {@link ClassificationInputs.Snapshot}, and writes
 * the chunk's new rows with one {@code LOAD DATA LOCAL INFILE ... IGNORE} fed from memory ({@link PurchaseBulkWriter};
 * multi-row {@code INSERT IGNORE} where the server refuses LOAD DATA), duplicates skipped. At the end it adds the rows'
 * sums to the month rollups ({@link RollupDeltas}; months of chunks with skipped duplicates are rebuilt from the detail
 * rows). A file-wide problem found half-way throws, and the caller's transaction takes everything back.
 */
@Component
public class PurchaseImporter {

    /** Rows handed from the reader to the writer at a time, and written by one LOAD DATA statement. */
    static final int CHUNK = 5000;
    /** Keys of a chunk looked up first, to tell a chunk of new rows from one with stored rows (see withoutStored). */
    static final int KEY_SAMPLE = 50;
    private static final Object END = new Object();
    private static final Logger log = LoggerFactory.getLogger(PurchaseImporter.class);

    private final DSLContext dsl;
    private final VendorService vendors;
    private final ProductService products;
    private final ClassificationInputs classificationInputs;
    private final PurchaseRollups rollups;
    private final boolean loadData;

    PurchaseImporter(DSLContext dsl, VendorService vendors, ProductService products,
                     ClassificationInputs classificationInputs, PurchaseRollups rollups,
                     @org.springframework.beans.factory.annotation.Value("${portal.purchase-import.load-data:true}")
                     boolean loadData) {
        this.loadData = loadData;
        this.dsl = dsl;
        this.vendors = vendors;
        this.products = products;
        this.classificationInputs = classificationInputs;
        this.rollups = rollups;
    }

    /** What {@link #run} did. */
    public record Outcome(long rowsRead, long imported, long duplicates, long rejected, int vendorsCreated,
                          int officesCreated, List<PurchaseRejectedRow> firstRejected, Path rejectedReport,
                          String sha256, Set<LocalDate> months) {
    }

    /** A file whose header was read and checked. */
    public static final class Prepared {
        private final PurchaseImportFormat format;
        private final ImportInput input;
        private final Rejects rejects = new Rejects();
        private final Set<String> countries;
        private UsaSpendingSource usaSpending;
        private UsaSpendingCsvReader usaReader;
        private MarketplaceSource marketplace;

        private Prepared(PurchaseImportFormat format, ImportInput input, Set<String> countries) {
            this.format = format;
            this.input = input;
            this.countries = countries;
        }

        public PurchaseImportFormat format() {
            return format;
        }
    }

    /**
     * Checks the start of the file: refuses empty and binary files and a header that is not the chosen format.
     *
     * @throws PurchaseImportException if the file cannot be imported at all
     */
    public Prepared prepare(PurchaseImportFormat format, InputStream in, long size) {
        Set<String> countries = new HashSet<>(dsl.select(COUNTRY.ALPHA2).from(COUNTRY).where(COUNTRY.ACTIVE.isTrue())
                .fetch(COUNTRY.ALPHA2));
        Prepared p = new Prepared(format, new ImportInput(in, size), countries);
        switch (format) {
            case USASPENDING -> {
                p.usaSpending = new UsaSpendingSource(p.input, countries, p.rejects);
                p.usaReader = p.usaSpending.open();
            }
            case MARKETPLACE -> {
                p.marketplace = new MarketplaceSource(p.input, countries, p.rejects);
                p.marketplace.open();
            }
        }
        return p;
    }

    /**
     * Imports the file. Call inside a transaction, as a user allowed to register vendors.
     *
     * @throws PurchaseImportException for a file-wide problem found while reading; the transaction must be rolled back
     */
    public Outcome run(Prepared prepared, long importId, String fileName, UnknownVendors unknown, String actor,
                       LocalDateTime now, ImportProgress progress) {
        try {
            return new Run(prepared, importId, fileName, unknown, actor, now, progress).run();
        } catch (RuntimeException | Error e) {
            prepared.rejects.discard();
            throw e;
        }
    }

    /** The state of one import. */
    private final class Run {
        private final Prepared p;
        private final long importId;
        private final String fileName;
        private final UnknownVendors unknown;
        private final ImportProgress progress;
        private final PurchaseBulkWriter writer;
        private final ClassificationInputs.Snapshot snapshot;
        private final Map<String, Long> vendorIds;
        private final Map<String, Long> marketplaceByName = new HashMap<>();
        private final Set<Long> marketplaceIds = new HashSet<>();
        /** Per marketplace: seller id by "ref:...", "uei:...", "name:..." (lower case). */
        private final Map<Long, Map<String, Long>> sellers = new HashMap<>();
        private final Map<String, Long> officeIds = new HashMap<>();
        /** Per offeror: product id by "part:..." (upper case) and "name:..." (lower case). */
        private final Map<Long, Map<String, Long>> productsByOfferor = new HashMap<>();
        private final Set<LocalDate> months = new TreeSet<>();
        private final RollupDeltas rollupDeltas = new RollupDeltas();
        private final LocalDateTime now;
        private final String why;
        private volatile long rowsRead;
        private long imported;
        private long sent;
        private long alreadyStored;
        private int vendorsCreated;
        private int officesCreated;
        private long writeNanos;
        private long resolveNanos;
        private final long started = System.nanoTime();

        Run(Prepared p, long importId, String fileName, UnknownVendors unknown, String actor, LocalDateTime now,
            ImportProgress progress) {
            this.p = p;
            this.importId = importId;
            this.fileName = fileName;
            this.unknown = unknown;
            this.progress = progress;
            this.now = now;
            this.why = "purchase import " + importId + " ('" + fileName + "')";
            this.writer = new PurchaseBulkWriter(p.format.name(), importId, actor, now, loadData);
            this.snapshot = classificationInputs.snapshot();
            VendorKeys keys = vendors.keys();
            this.vendorIds = new HashMap<>(keys.idsByUei());
            for (VendorKeys.MarketplaceKey m : keys.marketplaces()) {
                marketplaceIds.add(m.id());
                marketplaceByName.putIfAbsent(m.legalName().strip().toLowerCase(Locale.ROOT), m.id());
            }
            for (VendorKeys.SellerKey s : keys.sellers()) {
                indexSeller(s.marketplaceId(), s.sellerId(), s.sellerRef(), s.sellerUei(), s.storeName(),
                        s.sellerName());
            }
            dsl.select(OFFICE.CODE, OFFICE.ID).from(OFFICE).fetch().forEach(r -> officeIds.put(r.value1(), r.value2()));
        }

        Outcome run() {
            progress.report(0, "Reading the file");
            BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(4);
            AtomicBoolean stop = new AtomicBoolean();
            String[] sha = new String[1];
            Thread reader = Thread.ofPlatform().name("purchase-import-reader-" + importId).daemon().start(() -> {
                try {
                    List<Candidate>[] pending = new List[] {new ArrayList<Candidate>(CHUNK)};
                    Consumer<Candidate> out = c -> {
                        pending[0].add(c);
                        if (pending[0].size() == CHUNK) {
                            if (!hand(chunks, pending[0], stop)) {
                                throw new Stopped();
                            }
                            pending[0] = new ArrayList<>(CHUNK);
                        }
                    };
                    if (p.format == PurchaseImportFormat.USASPENDING) {
                        p.usaSpending.read(p.usaReader, out);
                        rowsRead = p.usaSpending.rowsRead();
                    } else {
                        p.marketplace.read(out);
                        rowsRead = p.marketplace.rowsRead();
                    }
                    if (!pending[0].isEmpty() && !hand(chunks, pending[0], stop)) {
                        return;
                    }
                    sha[0] = p.input.sha256Hex();
                    hand(chunks, END, stop);
                } catch (Stopped e) {
                    // the transaction's thread gave up
                } catch (RuntimeException | Error e) {
                    hand(chunks, e, stop);
                }
            });
            try {
                while (true) {
                    Object item = chunks.take();
                    if (item == END) {
                        break;
                    }
                    if (item instanceof RuntimeException e) {
                        throw e;
                    }
                    if (item instanceof Error e) {
                        throw e;
                    }
                    @SuppressWarnings("unchecked")
                    List<Candidate> chunk = (List<Candidate>) item;
                    write(chunk);
                    progress.report(0.95 * p.input.fractionRead(), "Read " + count(currentRows()) + " rows, "
                            + count(imported) + " imported");
                }
                reader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The import was interrupted", e);
            } finally {
                stop.set(true);
                reader.interrupt();
            }
            if (rowsRead == 0) {
                throw new PurchaseImportException("The file has a header row but no purchase rows. Nothing was imported.");
            }
            progress.report(0.97, "Updating the monthly totals");
            long rollupStart = System.nanoTime();
            rollups.rebuildMonths(rollupDeltas.monthsToRebuild());
            rollupDeltas.apply(dsl);
            long rollupMillis = (System.nanoTime() - rollupStart) / 1_000_000;
            Path report = p.rejects.finish();
            log.info("Purchase import {} ('{}', {}, {}): {} rows read, {} imported, {} duplicates ({} stored before), "
                            + "{} rejected, {} vendors and {} offices registered in {} ms (matching {} ms, inserts {} ms, "
                            + "rollups of {} months {} ms)",
                    importId, fileName, p.format, writer.usesLoadData() ? "LOAD DATA" : "INSERT", rowsRead, imported,
                    sent - imported, alreadyStored, p.rejects.count(), vendorsCreated, officesCreated, (System.nanoTime() - started) / 1_000_000, resolveNanos / 1_000_000,
                    writeNanos / 1_000_000, months.size(), rollupMillis);
            progress.report(1, "Read " + count(rowsRead) + " rows, " + count(imported) + " imported");
            return new Outcome(rowsRead, imported, sent - imported, p.rejects.count(), vendorsCreated, officesCreated,
                    p.rejects.first(), report, sha[0], months);
        }

        private long currentRows() {
            return p.format == PurchaseImportFormat.USASPENDING ? p.usaSpending.rowsRead() : p.marketplace.rowsRead();
        }

        private boolean hand(BlockingQueue<Object> chunks, Object item, AtomicBoolean stop) {
            try {
                while (!chunks.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    if (stop.get()) {
                        return false;
                    }
                }
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        // ---- one chunk on the transaction's thread ----

        private void write(List<Candidate> chunk) {
            long start = System.nanoTime();
            registerOffices(chunk);
            registerVendors(chunk);
            List<PurchaseBulkWriter.Row> rows = new ArrayList<>(chunk.size());
            for (Candidate c : chunk) {
                PurchaseBulkWriter.Row row = resolve(c);
                if (row != null) {
                    rows.add(row);
                    months.add(row.date().withDayOfMonth(1));
                }
            }
            List<PurchaseBulkWriter.Row> fresh = withoutStored(rows);
            long mid = System.nanoTime();
            resolveNanos += mid - start;
            sent += rows.size();
            alreadyStored += rows.size() - fresh.size();
            long inserted = fresh.isEmpty() ? 0 : dsl.connectionResult(connection -> writer.insert(connection, fresh));
            imported += inserted;
            if (inserted == fresh.size()) {
                rollupDeltas.addAll(fresh);
            } else if (inserted > 0) {
                rollupDeltas.rebuildMonthsOf(fresh);
            }
            writeNanos += System.nanoTime() - mid;
        }

        /**
         * The rows whose key is not stored yet. A row already stored would otherwise be inserted into the table and
         * undone by InnoDB when the unique key (source, source_key) refuses it, which made a re-import slower than the
         * first import. The lookup is itself a cost on a first import (a 5,000-key IN list per chunk, about 6 s per
         * million rows), so it goes in two steps: a sample of {@value #KEY_SAMPLE} keys spread over the chunk first, and
         * all of the chunk's keys only when the sample finds one stored (a re-import, or a file overlapping an earlier
         * one). A stored row the sample missed, a duplicate within the file, or a row stored by a concurrent import
         * meanwhile is still skipped by IGNORE: the lookup saves work, the unique key decides.
         */
        private List<PurchaseBulkWriter.Row> withoutStored(List<PurchaseBulkWriter.Row> rows) {
            if (rows.isEmpty()) {
                return rows;
            }
            int stride = Math.max(1, rows.size() / KEY_SAMPLE);
            List<String> sample = new ArrayList<>(KEY_SAMPLE + 1);
            for (int i = 0; i < rows.size(); i += stride) {
                sample.add(rows.get(i).sourceKey());
            }
            sample.add(rows.getLast().sourceKey());
            if (storedKeys(sample).isEmpty()) {
                return rows;
            }
            Set<String> stored = storedKeys(rows.stream().map(PurchaseBulkWriter.Row::sourceKey).toList());
            List<PurchaseBulkWriter.Row> fresh = new ArrayList<>(rows.size() - stored.size());
            for (PurchaseBulkWriter.Row r : rows) {
                if (!stored.contains(r.sourceKey())) {
                    fresh.add(r);
                }
            }
            return fresh;
        }

        private Set<String> storedKeys(List<String> keys) {
            return new HashSet<>(dsl.select(PURCHASE.SOURCE_KEY).from(PURCHASE)
                    .where(PURCHASE.SOURCE.eq(p.format.name()).and(PURCHASE.SOURCE_KEY.in(keys)))
                    .fetch(PURCHASE.SOURCE_KEY));
        }

        /** Registers the offices of the chunk the portal does not have (the purchase module's own table). */
        private void registerOffices(List<Candidate> chunk) {
            Map<String, String> missing = new LinkedHashMap<>();
            for (Candidate c : chunk) {
                if (!officeIds.containsKey(c.officeCode())) {
                    missing.putIfAbsent(c.officeCode(), c.officeName());
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            var insert = dsl.insertInto(OFFICE, OFFICE.CODE, OFFICE.NAME, OFFICE.CREATED_AT, OFFICE.UPDATED_AT);
            for (var e : missing.entrySet()) {
                insert = insert.values(e.getKey(), e.getValue(), now, now);
            }
            insert.execute();
            dsl.select(OFFICE.CODE, OFFICE.ID).from(OFFICE).where(OFFICE.CODE.in(missing.keySet()))
                    .fetch().forEach(r -> officeIds.put(r.value1(), r.value2()));
            officesCreated += missing.size();
        }

        /** With CREATE: registers the chunk's unknown contractors and marketplaces (with a UEI) in one call. */
        private void registerVendors(List<Candidate> chunk) {
            if (unknown != UnknownVendors.CREATE) {
                return;
            }
            Map<String, VendorKeys.NewVendor> missing = new LinkedHashMap<>();
            for (Candidate c : chunk) {
                if (c.vendorUei() == null || vendorIds.containsKey(c.vendorUei())) {
                    continue;
                }
                boolean marketplace = p.format == PurchaseImportFormat.MARKETPLACE;
                String name = marketplace ? c.newVendorName() : c.vendorName();
                if (name != null && c.vendorCountry() != null) {
                    missing.putIfAbsent(c.vendorUei(), new VendorKeys.NewVendor(Cells.truncate(name, 200),
                            c.vendorUei(), c.vendorCountry(), marketplace));
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            Map<String, Long> ids = vendors.registerMinimal(List.copyOf(missing.values()), why);
            vendorIds.putAll(ids);
            for (VendorKeys.NewVendor v : missing.values()) {
                if (v.marketplace()) {
                    Long id = ids.get(v.uei());
                    marketplaceIds.add(id);
                    marketplaceByName.putIfAbsent(v.legalName().toLowerCase(Locale.ROOT), id);
                }
            }
            vendorsCreated += ids.size();
        }

        /** The row with its ids and classification, or null when rejected. */
        private PurchaseBulkWriter.Row resolve(Candidate c) {
            Long officeId = officeIds.get(c.officeCode());
            Long vendorId;
            Long sellerId = null;
            String sourceKey = c.sourceKey();
            if (p.format == PurchaseImportFormat.USASPENDING) {
                vendorId = vendorIds.get(c.vendorUei());
                if (vendorId == null) {
                    reject(c, unknownVendorReason(c));
                    return null;
                }
            } else {
                vendorId = c.vendorUei() != null ? vendorIds.get(c.vendorUei())
                        : marketplaceByName.get(c.vendorName().toLowerCase(Locale.ROOT));
                if (vendorId == null) {
                    reject(c, unknownMarketplaceReason(c));
                    return null;
                }
                if (c.hasSeller()) {
                    if (!marketplaceIds.contains(vendorId)) {
                        reject(c, "marketplace: " + c.vendorName() + " is registered, but not as a marketplace, so it "
                                + "has no sellers (change its kind to Marketplace, or leave the seller columns blank)");
                        return null;
                    }
                    sellerId = seller(vendorId, c);
                    if (sellerId == null) {
                        return null;
                    }
                }
                sourceKey = vendorId + ":" + c.sourceKey();
            }
            Long productId = product(sellerId != null ? sellerId : vendorId, c.product());
            PlaceOfManufacture pom = c.placeOfManufacture() == null ? null
                    : PlaceOfManufacture.valueOf(c.placeOfManufacture());
            Classified k;
            try {
                k = snapshot.classify(new ClassificationInput(c.date(), c.total(), productId, pom, c.originCountry(),
                        null, null, c.piid()));
            } catch (gov.buyamerican.portal.reference.MissingRuleValueException e) {
                reject(c, (p.format == PurchaseImportFormat.USASPENDING ? "action_date" : "order_date") + " "
                        + c.date() + ": no micro-purchase threshold is recorded for that day");
                return null;
            }
            var cl = k.classification();
            return new PurchaseBulkWriter.Row(sourceKey, c.date(), officeId, vendorId, sellerId, productId,
                    c.description(), c.quantity(), c.unitPrice(), c.total(), c.channel(), c.piid(), c.orderNumber(),
                    c.originCountry(), c.placeOfManufacture(), c.naics(), c.psc(), k.waiverId(), k.waiverMatched(),
                    cl.purchaseClass().name(), cl.reason().name(), k.note(), k.attestationId(),
                    k.microPurchaseThreshold());
        }

        private String unknownVendorReason(Candidate c) {
            if (unknown == UnknownVendors.REJECT) {
                return "recipient_uei: no vendor with UEI " + c.vendorUei() + " (" + nameOr(c.vendorName())
                        + ") is registered; register it, or import again choosing to register unknown vendors";
            }
            return "recipient_uei: the vendor with UEI " + c.vendorUei() + " is not registered and cannot be from this "
                    + "row: " + (c.vendorName() == null ? "recipient_name is blank" : "recipient_country_code is blank "
                    + "or not a known country");
        }

        private String unknownMarketplaceReason(Candidate c) {
            if (c.vendorUei() == null) {
                return "marketplace: no marketplace named '" + c.vendorName() + "' is registered (give its UEI and "
                        + "marketplace_name to register it)";
            }
            if (unknown == UnknownVendors.REJECT) {
                return "marketplace: no vendor with UEI " + c.vendorUei() + " is registered; register it, or import "
                        + "again choosing to register unknown vendors";
            }
            return "marketplace: the marketplace with UEI " + c.vendorUei() + " is not registered and marketplace_name "
                    + "is blank, so it cannot be registered";
        }

        /** The seller of a marketplace row, registered if unknown and allowed; null (row rejected) otherwise. */
        private Long seller(long marketplaceId, Candidate c) {
            Map<String, Long> known = sellers.getOrDefault(marketplaceId, Map.of());
            Long id = null;
            if (c.sellerRef() != null) {
                id = known.get("ref:" + c.sellerRef().toLowerCase(Locale.ROOT));
            }
            if (id == null && c.sellerUei() != null) {
                id = known.get("uei:" + c.sellerUei());
            }
            if (id == null && c.sellerName() != null && c.sellerRef() == null) {
                id = known.get("name:" + c.sellerName().toLowerCase(Locale.ROOT));
            }
            if (id != null) {
                return id;
            }
            String who = c.sellerName() != null ? c.sellerName() : c.sellerRef() != null ? "seller id " + c.sellerRef()
                    : "UEI " + c.sellerUei();
            if (unknown == UnknownVendors.REJECT) {
                reject(c, "seller: " + who + " is not a registered seller of this marketplace; register it, or import "
                        + "again choosing to register unknown vendors");
                return null;
            }
            Long existing = c.sellerUei() == null ? null : vendorIds.get(c.sellerUei());
            if (existing != null) {
                if (existing == marketplaceId) {
                    reject(c, "seller_uei: " + c.sellerUei() + " is the marketplace itself");
                    return null;
                }
                vendors.addSeller(marketplaceId, existing, c.sellerName(), c.sellerRef());
                indexSeller(marketplaceId, existing, c.sellerRef(), c.sellerUei(), c.sellerName(), null);
                return existing;
            }
            if (c.sellerName() == null || c.sellerCountry() == null) {
                reject(c, "seller: " + who + " is not registered and cannot be from this row: "
                        + (c.sellerName() == null ? "seller_name" : "seller_country") + " is blank");
                return null;
            }
            long newId = vendors.registerSellers(List.of(new VendorKeys.NewSeller(marketplaceId,
                    new VendorKeys.NewVendor(c.sellerName(), c.sellerUei(), c.sellerCountry(), false), c.sellerName(),
                    c.sellerRef())), why).getFirst();
            vendorsCreated++;
            if (c.sellerUei() != null) {
                vendorIds.put(c.sellerUei(), newId);
            }
            indexSeller(marketplaceId, newId, c.sellerRef(), c.sellerUei(), c.sellerName(), null);
            return newId;
        }

        private void indexSeller(long marketplaceId, long sellerId, String ref, String uei, String storeName,
                                 String legalName) {
            Map<String, Long> m = sellers.computeIfAbsent(marketplaceId, k -> new HashMap<>());
            if (ref != null) {
                m.putIfAbsent("ref:" + ref.strip().toLowerCase(Locale.ROOT), sellerId);
            }
            if (uei != null) {
                m.putIfAbsent("uei:" + uei, sellerId);
            }
            if (storeName != null) {
                m.putIfAbsent("name:" + storeName.strip().toLowerCase(Locale.ROOT), sellerId);
            }
            if (legalName != null) {
                m.putIfAbsent("name:" + legalName.strip().toLowerCase(Locale.ROOT), sellerId);
            }
        }

        /** The catalog product of the offeror with that part number (or else that name), or null. */
        private Long product(long offerorId, String product) {
            if (product == null) {
                return null;
            }
            Map<String, Long> m = productsByOfferor.get(offerorId);
            if (m == null) {
                m = new HashMap<>();
                for (ProductService.ProductKey k : products.keysOfOfferors(List.of(offerorId))) {
                    m.putIfAbsent("part:" + k.partNumber().strip().toUpperCase(Locale.ROOT), k.id());
                    m.putIfAbsent("name:" + k.name().strip().toLowerCase(Locale.ROOT), k.id());
                }
                productsByOfferor.put(offerorId, m);
            }
            Long id = m.get("part:" + product.toUpperCase(Locale.ROOT));
            return id != null ? id : m.get("name:" + product.toLowerCase(Locale.ROOT));
        }

        private void reject(Candidate c, String reason) {
            p.rejects.add(c.line(), c.sourceKey(), List.of(reason));
        }

        private static String nameOr(String name) {
            return name == null ? "no name given" : name;
        }
    }

    /** Thrown on the reader thread to stop reading when the transaction's thread gave up. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }
}
