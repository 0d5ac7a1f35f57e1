package gov.buyamerican.portal.vendor.internal;

import static gov.buyamerican.portal.db.Tables.COUNTRY;
import static gov.buyamerican.portal.db.Tables.VENDOR;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import gov.buyamerican.portal.db.tables.records.VendorRecord;
import gov.buyamerican.portal.shared.identifiers.Countries;
import gov.buyamerican.portal.shared.usaspending.RowProblem;
import gov.buyamerican.portal.shared.usaspending.TransactionRow;
import gov.buyamerican.portal.shared.usaspending.UsaSpendingCsvReader;
import gov.buyamerican.portal.shared.usaspending.UsaSpendingFormatException;
import gov.buyamerican.portal.shared.usaspending.UsaSpendingRow;
import gov.buyamerican.portal.shared.usaspending.UsaSpendingTransaction;
import gov.buyamerican.portal.vendor.ImportProgress;
import gov.buyamerican.portal.vendor.RejectedRow;
import gov.buyamerican.portal.vendor.VendorForm;
import gov.buyamerican.portal.vendor.VendorImportException;
import gov.buyamerican.portal.vendor.VendorImportFormat;
import gov.buyamerican.portal.vendor.VendorKind;
import gov.buyamerican.portal.vendor.VendorRules;
import gov.buyamerican.portal.vendor.VendorSize;
import gov.buyamerican.portal.vendor.VendorStatus;
import gov.buyamerican.portal.vendor.VendorTemplate;
import gov.buyamerican.portal.vendor.VendorTemplate.Column;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Reads a vendor file (the portal's template, or a USAspending contract transactions download), checks every row, and
 * registers or updates the vendors of the good rows, matched on UEI. Runs inside the caller's transaction: a file-wide
 * problem found half-way (broken CSV syntax, a byte that is not UTF-8) throws, and the caller's transaction takes
 * back what was written. Rows are written in chunks of {@value #CHUNK} as they are read, so that memory use does not
 * grow with a template file; a USAspending file is first reduced to one vendor per recipient (many transactions name
 * the same one), keeping the values of the recipient's latest transaction.
 */
@Component
public class VendorImporter {

    static final int CHUNK = VendorBulkWriter.ROWS_PER_INSERT;
    private static final Object END = new Object();

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(VendorImporter.class);

    private final DSLContext dsl;
    private final VendorBulkWriter writer;
    private final Clock clock;

    VendorImporter(DSLContext dsl, VendorBulkWriter writer, Clock clock) {
        this.dsl = dsl;
        this.writer = writer;
        this.clock = clock;
    }

    /** A file that passed the first checks, ready to be imported. */
    public static final class Prepared {
        private final UploadedCsv file;

        private Prepared(UploadedCsv file) {
            this.file = file;
        }

        public VendorImportFormat format() {
            return file.format();
        }
    }

    /** What {@link #run} did. */
    public record Outcome(long rowsRead, int created, int updated, int unchanged, int mergedRows,
                          List<RejectedRow> rejected, String sha256) {
    }

    /**
     * Checks the start of the file: refuses empty, binary, non-UTF-8 files and unknown headers.
     *
     * @param size the announced size in bytes, for progress; -1 if unknown
     * @throws VendorImportException if the file cannot be imported at all
     */
    public Prepared prepare(InputStream in, long size) {
        return new Prepared(UploadedCsv.open(in, size));
    }

    /**
     * Imports the file. Call inside a transaction.
     *
     * @throws VendorImportException for a file-wide problem found while reading; the transaction must be rolled back
     */
    public Outcome run(Prepared prepared, long importId, ImportProgress progress) {
        Run run = new Run(prepared.file, importId, progress);
        return switch (prepared.format()) {
            case TEMPLATE -> run.template();
            case USASPENDING -> run.usaSpending();
        };
    }

    /** A chunk of good rows with the stored vendors it concerns. */
    record LookedUp(List<Candidate> rows, Map<String, VendorRecord> existing, Map<String, VendorRecord> cageOwners) {
    }

    /** Values of one good row; null means "not given" (the stored value stays). */
    record Candidate(long line, String uei, String legalName, String dbaName, String cageCode, String countryCode,
                     String addressLine1, String addressLine2, String city, String stateRegion, String postalCode,
                     String phone, String website, VendorKind kind, VendorSize size, Boolean sdb, Boolean wosb,
                     Boolean sdvosb, Boolean hubzone, Boolean sba8a, LocalDate samExpiryDate, LocalDate actionDate) {

        VendorRow newRow() {
            return new VendorRow(uei, legalName, dbaName, cageCode, countryCode, addressLine1, addressLine2, city,
                    stateRegion, postalCode, phone, website, kind, size, Boolean.TRUE.equals(sdb),
                    Boolean.TRUE.equals(wosb), Boolean.TRUE.equals(sdvosb), Boolean.TRUE.equals(hubzone),
                    Boolean.TRUE.equals(sba8a), samExpiryDate, VendorStatus.ACTIVE, null);
        }

        VendorRow mergedInto(VendorRow stored) {
            return new VendorRow(stored.uei(), or(legalName, stored.legalName()), or(dbaName, stored.dbaName()),
                    or(cageCode, stored.cageCode()), or(countryCode, stored.countryCode()),
                    or(addressLine1, stored.addressLine1()), or(addressLine2, stored.addressLine2()),
                    or(city, stored.city()), or(stateRegion, stored.stateRegion()), or(postalCode, stored.postalCode()),
                    or(phone, stored.phone()), or(website, stored.website()), or(kind, stored.kind()),
                    or(size, stored.size()), or(sdb, stored.sdb()), or(wosb, stored.wosb()), or(sdvosb, stored.sdvosb()),
                    or(hubzone, stored.hubzone()), or(sba8a, stored.sba8a()),
                    or(samExpiryDate, stored.samExpiryDate()), stored.status(), stored.statusReason());
        }

        private static <T> T or(T value, T stored) {
            return value != null ? value : stored;
        }
    }

    /** The state of one import. */
    private final class Run {
        private final UploadedCsv file;
        private final long importId;
        private final ImportProgress progress;
        private final LocalDate today;
        private final LocalDateTime now;
        private final Set<String> countries;
        /** Added to by both threads of a template import. */
        private final List<RejectedRow> rejected = java.util.Collections.synchronizedList(new ArrayList<>());
        /** Written by the reader thread, read after it ended. */
        private volatile String sha256;
        private volatile long rowsRead;
        private volatile long lastLine;
        private final Map<String, Long> ueiLines = new HashMap<>();
        private final Map<String, String> cageUeis = new HashMap<>();
        private int created;
        private int updated;
        private int unchanged;
        private int merged;
        private final long started = System.nanoTime();
        private long writeNanos;
        private final java.util.concurrent.atomic.AtomicLong lookupNanos = new java.util.concurrent.atomic.AtomicLong();
        /** CAGE codes that vendors updated by this import gave up (main thread). */
        private final Set<String> releasedCages = new HashSet<>();

        Run(UploadedCsv file, long importId, ImportProgress progress) {
            this.file = file;
            this.importId = importId;
            this.progress = progress;
            this.today = LocalDate.now(clock);
            this.now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            this.countries = new HashSet<>(dsl.select(COUNTRY.ALPHA2).from(COUNTRY).where(COUNTRY.ACTIVE.isTrue())
                    .fetch(COUNTRY.ALPHA2));
        }

        // ---- the portal's template ----

        /**
         * A template file is read and checked on a second thread while this one (the transaction's) writes the chunks
         * already checked: the two overlap, which matters for files of 100,000 rows.
         */
        Outcome template() {
            progress.report(0, "Reading the file");
            BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(3);
            AtomicBoolean stop = new AtomicBoolean();
            Thread reader = Thread.ofPlatform().name("vendor-import-reader-" + importId).daemon()
                    .start(() -> readTemplate(chunks, stop));
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
                    write((LookedUp) item);
                    progress.report(file.fractionRead(), "Checked " + count(rowsRead) + " rows, saved "
                            + count(created + updated + unchanged));
                }
                reader.join();
                progress.report(1, "Checked " + count(rowsRead) + " rows");
                return outcome(sha256);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The import was interrupted", e);
            } finally {
                stop.set(true);
                reader.interrupt();
            }
        }

        /** On the reader thread: parses and checks the rows, hands over chunks of good ones, then END or a failure. */
        private void readTemplate(BlockingQueue<Object> chunks, AtomicBoolean stop) {
            List<Candidate> pending = new ArrayList<>(CHUNK);
            try (CsvReader<CsvRecord> csv = CsvReader.builder()
                    .skipEmptyLines(true)
                    .allowUnclosedQuote(false)
                    .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .ofCsvRecord(file.reader())) {
                var records = csv.iterator();
                if (!next(records)) {
                    throw new VendorImportException("The file is empty. Nothing was imported.");
                }
                CsvRecord headerRecord = records.next();
                lastLine = headerRecord.getStartingLineNumber();
                Map<Column, Integer> index = templateHeader(headerRecord.getFields());
                int headerSize = headerRecord.getFieldCount();
                while (next(records)) {
                    CsvRecord record = records.next();
                    lastLine = record.getStartingLineNumber();
                    rowsRead++;
                    Candidate c = templateRow(record, index, headerSize);
                    if (c != null) {
                        pending.add(c);
                        if (pending.size() == CHUNK) {
                            if (!hand(chunks, lookUp(pending), stop)) {
                                return;
                            }
                            pending = new ArrayList<>(CHUNK);
                        }
                    }
                }
                if (rowsRead == 0) {
                    throw new VendorImportException("The file has a header row but no vendor rows. Nothing was imported.");
                }
                if (!pending.isEmpty() && !hand(chunks, lookUp(pending), stop)) {
                    return;
                }
                sha256 = file.sha256Hex();
                hand(chunks, END, stop);
            } catch (IOException e) {
                hand(chunks, readProblem(e), stop);
            } catch (UncheckedIOException e) {
                hand(chunks, readProblem(e), stop);
            } catch (RuntimeException | Error e) {
                hand(chunks, e, stop);
            }
        }

        /** Puts an item in the queue, waiting for room unless the writing thread gave up. */
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

        private boolean next(java.util.Iterator<CsvRecord> records) {
            try {
                return records.hasNext();
            } catch (CsvParseException e) {
                throw new VendorImportException("The file is not valid CSV after line " + lastLine
                        + " (" + e.getMessage() + "), so its rows can no longer be told apart. Nothing was imported.");
            }
        }

        private Map<Column, Integer> templateHeader(List<String> header) {
            Map<Column, Integer> index = new EnumMap<>(Column.class);
            List<String> unknown = new ArrayList<>();
            List<String> repeated = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip().toLowerCase(Locale.ROOT);
                if (name.isEmpty() || VendorTemplate.EXPORT_ONLY_COLUMNS.contains(name)) {
                    continue;
                }
                var column = Column.byHeader(name);
                if (column.isEmpty()) {
                    unknown.add(header.get(i).strip());
                } else if (index.putIfAbsent(column.get(), i) != null) {
                    repeated.add(name);
                }
            }
            List<String> missing = VendorTemplate.columns().stream().filter(Column::required)
                    .filter(c -> !index.containsKey(c)).map(Column::header).toList();
            if (!missing.isEmpty()) {
                throw new VendorImportException("The header row lacks the required column" + (missing.size() > 1 ? "s " : " ")
                        + String.join(", ", missing) + ". Download the template for the column names. Nothing was imported.");
            }
            if (!unknown.isEmpty()) {
                throw new VendorImportException("The header row has " + (unknown.size() > 1 ? "columns" : "a column")
                        + " the template does not know: " + String.join(", ", unknown)
                        + ". Rename or remove them (download the template for the column names). Nothing was imported.");
            }
            if (!repeated.isEmpty()) {
                throw new VendorImportException("The header row names these columns more than once: "
                        + String.join(", ", repeated) + ". Nothing was imported.");
            }
            return index;
        }

        private Candidate templateRow(CsvRecord record, Map<Column, Integer> index, int headerSize) {
            long line = record.getStartingLineNumber();
            String rawUei = cell(record, index, Column.UEI);
            String rawName = cell(record, index, Column.LEGAL_NAME);
            if (record.getFieldCount() != headerSize) {
                reject(line, rawUei, rawName, List.of("the row has " + record.getFieldCount() + " cells but the header has "
                        + headerSize + " (a cell with a comma may have lost its quotes)"));
                return null;
            }
            List<String> reasons = new ArrayList<>();
            LocalDate sam = date(cell(record, index, Column.SAM_EXPIRATION_DATE), Column.SAM_EXPIRATION_DATE.header(), reasons);
            VendorKind kind = kind(cell(record, index, Column.KIND), reasons);
            VendorSize size = size(cell(record, index, Column.BUSINESS_SIZE), reasons);
            Boolean sdb = flag(cell(record, index, Column.SDB), Column.SDB, reasons);
            Boolean wosb = flag(cell(record, index, Column.WOSB), Column.WOSB, reasons);
            Boolean sdvosb = flag(cell(record, index, Column.SDVOSB), Column.SDVOSB, reasons);
            Boolean hubzone = flag(cell(record, index, Column.HUBZONE), Column.HUBZONE, reasons);
            Boolean sba8a = flag(cell(record, index, Column.SBA_8A), Column.SBA_8A, reasons);
            VendorForm form = new VendorForm(rawName, cell(record, index, Column.DOING_BUSINESS_AS), rawUei,
                    cell(record, index, Column.CAGE_CODE), cell(record, index, Column.COUNTRY),
                    cell(record, index, Column.ADDRESS_LINE_1), cell(record, index, Column.ADDRESS_LINE_2),
                    cell(record, index, Column.CITY), cell(record, index, Column.STATE),
                    cell(record, index, Column.POSTAL_CODE), cell(record, index, Column.PHONE),
                    cell(record, index, Column.WEBSITE), null, null, Set.of(), sam);
            VendorForm ok = check(form, reasons, TEMPLATE_COLUMNS);
            if (ok != null && reasons.isEmpty()) {
                String firstLine = duplicateOf(ok.uei(), line);
                if (firstLine != null) {
                    reasons.add("uei: " + ok.uei() + " already appears on line " + firstLine + " of this file");
                } else {
                    cageConflict(ok, "cage_code").ifPresent(reasons::add);
                }
            }
            if (!reasons.isEmpty()) {
                reject(line, rawUei, rawName, reasons);
                return null;
            }
            ueiLines.put(ok.uei(), line);
            if (ok.cageCode() != null) {
                cageUeis.put(ok.cageCode(), ok.uei());
            }
            return new Candidate(line, ok.uei(), ok.legalName(), ok.dbaName(), ok.cageCode(), ok.countryCode(),
                    ok.addressLine1(), ok.addressLine2(), ok.city(), ok.stateRegion(), ok.postalCode(), ok.phone(),
                    ok.website(), kind, size, sdb, wosb, sdvosb, hubzone, sba8a, sam, null);
        }

        private String cell(CsvRecord record, Map<Column, Integer> index, Column column) {
            Integer i = index.get(column);
            if (i == null || i >= record.getFieldCount()) {
                return null;
            }
            String value = record.getField(i);
            // the export protects formula-like cells with a leading apostrophe: take it off again
            if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) {
                value = value.substring(1);
            }
            return value.isBlank() ? null : value;
        }

        // ---- USAspending contract transactions ----

        Outcome usaSpending() {
            progress.report(0, "Reading the file");
            Map<String, Candidate> recipients = new LinkedHashMap<>();
            String hash;
            try (UsaSpendingCsvReader reader = UsaSpendingCsvReader.open(file.reader())) {
                var rows = reader.iterator();
                while (rows.hasNext()) {
                    UsaSpendingRow row = rows.next();
                    lastLine = row.line();
                    rowsRead++;
                    switch (row) {
                        case RowProblem p -> reject(p.line(), "", "", p.reasons());
                        case TransactionRow t -> recipient(t, recipients);
                    }
                    if (rowsRead % CHUNK == 0) {
                        progress.report(0.7 * file.fractionRead(), "Checked " + count(rowsRead) + " transactions");
                    }
                }
                hash = file.sha256Hex();
            } catch (UsaSpendingFormatException e) {
                if (UploadedCsv.isEncodingProblem(e)) {
                    throw UploadedCsv.notUtf8(file.decodedLine());
                }
                throw new VendorImportException(e.getMessage() + ". Nothing was imported.");
            } catch (IOException e) {
                throw readProblem(e);
            } catch (UncheckedIOException e) {
                throw readProblem(e);
            }
            if (rowsRead == 0) {
                throw new VendorImportException("The file has a header row but no transaction rows. Nothing was imported.");
            }
            List<Candidate> all = new ArrayList<>(recipients.values());
            for (int from = 0; from < all.size(); from += CHUNK) {
                write(all.subList(from, Math.min(all.size(), from + CHUNK)));
                progress.report(0.7 + 0.3 * Math.min(all.size(), from + CHUNK) / all.size(),
                        "Saved " + count(Math.min(all.size(), from + CHUNK)) + " of " + count(all.size()) + " vendors");
            }
            progress.report(1, "Checked " + count(rowsRead) + " transactions");
            return outcome(hash);
        }

        private void recipient(TransactionRow row, Map<String, Candidate> recipients) {
            UsaSpendingTransaction t = row.transaction();
            var r = t.recipient();
            List<String> reasons = new ArrayList<>();
            String alpha2 = r.countryCode() == null ? null : Countries.toAlpha2(r.countryCode()).toOptional().orElse(null);
            if (r.countryCode() != null && alpha2 == null) {
                reasons.add("recipient_country_code: unknown country code " + r.countryCode());
            }
            VendorForm form = new VendorForm(r.name(), r.doingBusinessAsName(), r.uei(), r.cageCode(),
                    alpha2, r.addressLine1(), r.addressLine2(),
                    r.city(), r.stateCode(), r.zip(), r.phone(), null, null, null, Set.of(), null);
            VendorForm ok = reasons.isEmpty() ? check(form, reasons, USASPENDING_COLUMNS) : null;
            Candidate previous = ok == null ? null : recipients.get(ok.uei());
            if (ok != null && reasons.isEmpty() && ok.cageCode() != null) {
                String owner = cageUeis.get(ok.cageCode());
                if (owner != null && !owner.equals(ok.uei())) {
                    reasons.add("cage_code: CAGE " + ok.cageCode() + " is already used by recipient " + owner
                            + " on line " + ueiLines.get(owner) + " of this file");
                }
            }
            if (!reasons.isEmpty()) {
                reject(row.line(), r.uei(), Objects.requireNonNullElse(r.name(), ""), reasons);
                return;
            }
            var types = r.businessTypes();
            VendorSize size = types.size() == null ? null : switch (types.size()) {
                case SMALL -> VendorSize.SMALL;
                case OTHER_THAN_SMALL -> VendorSize.OTHER;
            };
            Candidate c = new Candidate(row.line(), ok.uei(), ok.legalName(), ok.dbaName(), ok.cageCode(),
                    ok.countryCode(), ok.addressLine1(), ok.addressLine2(), ok.city(), ok.stateRegion(), ok.postalCode(),
                    ok.phone(), null, null, size,
                    types.smallDisadvantagedBusiness() || types.selfCertifiedSmallDisadvantagedBusiness(),
                    types.womenOwnedSmallBusiness(), types.serviceDisabledVeteranOwned(), types.hubZoneFirm(),
                    types.sba8aProgramParticipant(), null, t.actionDate());
            if (previous != null) {
                merged++;
                if (c.actionDate().isBefore(previous.actionDate())) {
                    return;
                }
                if (previous.cageCode() != null && !previous.cageCode().equals(c.cageCode())) {
                    cageUeis.remove(previous.cageCode());
                }
            } else {
                ueiLines.put(ok.uei(), row.line());
            }
            recipients.put(ok.uei(), c);
            if (c.cageCode() != null) {
                cageUeis.put(c.cageCode(), c.uei());
            }
        }

        // ---- shared ----

        /** Checks a row's values; adds the problems, named by the file's columns, to {@code reasons}. */
        private VendorForm check(VendorForm form, List<String> reasons, Map<String, String> columns) {
            var checked = VendorRules.check(form, today, true);
            for (var p : checked.problems()) {
                reasons.add(columns.getOrDefault(p.field(), p.field()) + ": " + p.message());
            }
            if (checked.ok() && !countries.contains(checked.value().countryCode())) {
                reasons.add(columns.get(VendorRules.COUNTRY) + ": " + checked.value().countryCode()
                        + " is not in the portal's country list");
                return null;
            }
            return checked.ok() ? checked.value() : null;
        }

        private String duplicateOf(String uei, long line) {
            Long first = ueiLines.get(uei);
            return first == null || first == line ? null : Long.toString(first);
        }

        private java.util.Optional<String> cageConflict(VendorForm ok, String column) {
            if (ok.cageCode() == null) {
                return java.util.Optional.empty();
            }
            String owner = cageUeis.get(ok.cageCode());
            if (owner != null && !owner.equals(ok.uei())) {
                return java.util.Optional.of(column + ": CAGE " + ok.cageCode() + " is already used by UEI " + owner
                        + " on line " + ueiLines.get(owner) + " of this file");
            }
            return java.util.Optional.empty();
        }

        /** Registers or updates the vendors of a chunk of good rows (looked up here). */
        private void write(List<Candidate> chunk) {
            if (!chunk.isEmpty()) {
                write(lookUp(chunk));
            }
        }

        /**
         * The stored vendors a chunk concerns: those with its UEIs, and those holding its CAGE codes. Two queries,
         * each on its unique index (one query with OR made MariaDB scan the table). A template import runs this on
         * the reader thread, outside the transaction: it sees committed vendors only, which is all it needs, since a
         * UEI appears once in a template file and the file's own CAGE codes are checked in memory.
         */
        private LookedUp lookUp(List<Candidate> chunk) {
            long start = System.nanoTime();
            Set<String> ueis = new HashSet<>(chunk.stream().map(Candidate::uei).toList());
            Set<String> cages = new HashSet<>(chunk.stream().map(Candidate::cageCode).filter(Objects::nonNull).toList());
            Map<String, VendorRecord> existing = new HashMap<>();
            Map<String, VendorRecord> cageOwners = new HashMap<>();
            dsl.selectFrom(VENDOR).where(VENDOR.UEI.in(ueis)).forEach(r -> existing.put(r.getUei(), r));
            if (!cages.isEmpty()) {
                dsl.selectFrom(VENDOR).where(VENDOR.CAGE_CODE.in(cages)).forEach(r -> cageOwners.put(r.getCageCode(), r));
            }
            lookupNanos.addAndGet(System.nanoTime() - start);
            return new LookedUp(chunk, existing, cageOwners);
        }

        private void write(LookedUp chunk) {
            long start = System.nanoTime();
            List<VendorRow> inserts = new ArrayList<>();
            List<VendorBulkWriter.Update> updates = new ArrayList<>();
            for (Candidate c : chunk.rows()) {
                VendorRecord owner = c.cageCode() == null ? null : chunk.cageOwners().get(c.cageCode());
                if (owner != null && !Objects.equals(owner.getUei(), c.uei()) && !releasedCages.contains(c.cageCode())) {
                    reject(c.line(), c.uei(), c.legalName(), List.of("cage_code: CAGE " + c.cageCode()
                            + " is already registered for " + owner.getLegalName()
                            + (owner.getUei() == null ? "" : " (UEI " + owner.getUei() + ")")));
                    continue;
                }
                VendorRecord stored = chunk.existing().get(c.uei());
                if (stored == null) {
                    inserts.add(c.newRow());
                    created++;
                } else {
                    VendorRow before = VendorMapper.toRow(stored);
                    VendorRow after = c.mergedInto(before);
                    if (after.equals(before)) {
                        unchanged++;
                    } else {
                        if (before.cageCode() != null && !before.cageCode().equals(after.cageCode())) {
                            // a later row of this file may take the code this vendor gives up
                            releasedCages.add(before.cageCode());
                        }
                        updates.add(new VendorBulkWriter.Update(stored.getId(), after));
                        updated++;
                    }
                }
            }
            writer.update(updates, importId, now);
            writer.insert(inserts, importId, now);
            writeNanos += System.nanoTime() - start;
        }

        private void reject(long line, String uei, String name, List<String> reasons) {
            rejected.add(new RejectedRow(line, uei == null ? "" : uei.strip(), name == null ? "" : name.strip(), reasons));
        }

        private Outcome outcome(String sha256) {
            rejected.sort(java.util.Comparator.comparingLong(RejectedRow::line));
            log.info("Vendor import {} ({}): {} rows read, {} registered, {} updated, {} unchanged, {} rejected in {} ms"
                    + " before the commit; looking up stored vendors {} ms, writing {} ms", importId, file.format(),
                    rowsRead, created, updated, unchanged, rejected.size(), (System.nanoTime() - started) / 1_000_000,
                    lookupNanos.get() / 1_000_000, writeNanos / 1_000_000);
            return new Outcome(rowsRead, created, updated, unchanged, merged, rejected, sha256);
        }

        /** A read error: the file was not UTF-8 text, or the upload broke off. */
        private RuntimeException readProblem(Exception e) {
            if (UploadedCsv.isEncodingProblem(e)) {
                return UploadedCsv.notUtf8(file.decodedLine());
            }
            return e instanceof UncheckedIOException u ? u : new UncheckedIOException((IOException) e);
        }
    }

    private static final Map<String, String> TEMPLATE_COLUMNS = Map.ofEntries(
            Map.entry(VendorRules.LEGAL_NAME, Column.LEGAL_NAME.header()),
            Map.entry(VendorRules.DBA_NAME, Column.DOING_BUSINESS_AS.header()),
            Map.entry(VendorRules.UEI, Column.UEI.header()),
            Map.entry(VendorRules.CAGE_CODE, Column.CAGE_CODE.header()),
            Map.entry(VendorRules.COUNTRY, Column.COUNTRY.header()),
            Map.entry(VendorRules.ADDRESS_LINE_1, Column.ADDRESS_LINE_1.header()),
            Map.entry(VendorRules.ADDRESS_LINE_2, Column.ADDRESS_LINE_2.header()),
            Map.entry(VendorRules.CITY, Column.CITY.header()),
            Map.entry(VendorRules.STATE, Column.STATE.header()),
            Map.entry(VendorRules.POSTAL_CODE, Column.POSTAL_CODE.header()),
            Map.entry(VendorRules.PHONE, Column.PHONE.header()),
            Map.entry(VendorRules.WEBSITE, Column.WEBSITE.header()),
            Map.entry(VendorRules.SAM_EXPIRY, Column.SAM_EXPIRATION_DATE.header()));

    private static final Map<String, String> USASPENDING_COLUMNS = Map.ofEntries(
            Map.entry(VendorRules.LEGAL_NAME, "recipient_name"),
            Map.entry(VendorRules.DBA_NAME, "recipient_doing_business_as_name"),
            Map.entry(VendorRules.UEI, "recipient_uei"),
            Map.entry(VendorRules.CAGE_CODE, "cage_code"),
            Map.entry(VendorRules.COUNTRY, "recipient_country_code"),
            Map.entry(VendorRules.ADDRESS_LINE_1, "recipient_address_line_1"),
            Map.entry(VendorRules.ADDRESS_LINE_2, "recipient_address_line_2"),
            Map.entry(VendorRules.CITY, "recipient_city_name"),
            Map.entry(VendorRules.STATE, "recipient_state_code"),
            Map.entry(VendorRules.POSTAL_CODE, "recipient_zip_4_code"),
            Map.entry(VendorRules.PHONE, "recipient_phone_number"));

    static LocalDate date(String value, String column, List<String> reasons) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        try {
            return LocalDate.parse(v.length() > 10 && (v.charAt(10) == ' ' || v.charAt(10) == 'T') ? v.substring(0, 10) : v);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(v, US_DATE);
            } catch (DateTimeParseException e2) {
                reasons.add(column + ": '" + shorten(v) + "' is not a date like 2026-06-30");
                return null;
            }
        }
    }

    static VendorKind kind(String value, List<String> reasons) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        for (VendorKind k : VendorKind.values()) {
            if (k.name().equals(v) || k.label().toUpperCase(Locale.ROOT).equals(v)) {
                return k;
            }
        }
        reasons.add("kind: '" + shorten(value.strip()) + "' is not MANUFACTURER, RESELLER or MARKETPLACE");
        return null;
    }

    static VendorSize size(String value, List<String> reasons) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toUpperCase(Locale.ROOT)) {
            case "SMALL", "S", "SMALL BUSINESS" -> VendorSize.SMALL;
            case "OTHER", "O", "OTHER THAN SMALL", "LARGE" -> VendorSize.OTHER;
            default -> {
                reasons.add("business_size: '" + shorten(value.strip()) + "' is not SMALL or OTHER");
                yield null;
            }
        };
    }

    static Boolean flag(String value, Column column, List<String> reasons) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toUpperCase(Locale.ROOT)) {
            case "Y", "YES", "T", "TRUE", "1", "X" -> true;
            case "N", "NO", "F", "FALSE", "0" -> false;
            default -> {
                reasons.add(column.header() + ": '" + shorten(value.strip()) + "' is not Y or N");
                yield null;
            }
        };
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }
}
