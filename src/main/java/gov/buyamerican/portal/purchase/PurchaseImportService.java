package gov.buyamerican.portal.purchase;

import gov.buyamerican.portal.audit.AuditActions;
import gov.buyamerican.portal.audit.AuditEntry;
import gov.buyamerican.portal.audit.AuditService;
import gov.buyamerican.portal.purchase.internal.imports.PurchaseImportStore;
import gov.buyamerican.portal.purchase.internal.imports.PurchaseImporter;
import gov.buyamerican.portal.security.CurrentUser;
import gov.buyamerican.portal.vendor.ImportProgress;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Service;

/**
 * Imports purchase files: USAspending contract transactions and the portal's marketplace order format (see
 * docs/purchase-import.md). STAFF and ADMIN import; STAFF, ADMIN and AUDITOR see past imports.
 *
 * <p>An import is transactional: every row is checked; the good rows are stored, classified, and the month rollups
 * rebuilt, all in one database transaction, so either all good rows are stored or (on a failure) none. Rows whose
 * source key is already stored (an earlier import, or an earlier row of the same file) are skipped and counted as
 * duplicates. Rejected rows come back with their line and reasons in a CSV report. One {@code purchase_import} row and
 * one IMPORT audit entry record each file.
 */
@Service
public class PurchaseImportService {

    public static final String IMPORT_ENTITY = "PurchaseImport";
    private static final String WRITE = "hasAnyRole('STAFF','ADMIN')";
    private static final String READ = "hasAnyRole('STAFF','ADMIN','AUDITOR')";

    private final PurchaseImporter importer;
    private final PurchaseImportStore store;
    private final AuditService audit;
    private final Clock clock;

    PurchaseImportService(PurchaseImporter importer, PurchaseImportStore store, AuditService audit, Clock clock) {
        this.importer = importer;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Imports a purchase file.
     *
     * @param format   the file's format, as the user chose it
     * @param unknown  what to do with vendors and marketplace sellers the portal does not know
     * @param fileName the uploaded file's name
     * @param in       the file's bytes, read once, streaming (never held in memory)
     * @param size     the file's size in bytes, for progress, or -1
     * @param progress receives progress from the importing thread, or null
     * @throws PurchaseImportException when the file as a whole cannot be imported (nothing is imported)
     */
    @PreAuthorize(WRITE)
    @Transactional(timeout = 3600)
    public PurchaseImportResult importFile(PurchaseImportFormat format, UnknownVendors unknown, String fileName,
                                           InputStream in, long size, ImportProgress progress) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(unknown, "unknown");
        long start = System.nanoTime();
        String name = fileName == null || fileName.isBlank() ? "upload.csv" : fileName.strip();
        name = name.length() > 255 ? name.substring(0, 255) : name;
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        String actor = CurrentUser.actor();
        PurchaseImporter.Prepared prepared = importer.prepare(format, in, size);
        long importId = store.start(name, format, unknown, actor, now);
        PurchaseImporter.Outcome o = importer.run(prepared, importId, name, unknown, actor, now,
                progress == null ? ImportProgress.NONE : progress);
        store.finish(importId, o);
        PurchaseImportResult result = new PurchaseImportResult(importId, format, name, o.rowsRead(), o.imported(),
                o.duplicates(), o.rejected(), o.vendorsCreated(), o.officesCreated(), o.firstRejected(),
                o.rejectedReport(), (System.nanoTime() - start) / 1_000_000);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("file", name);
        counts.put("sha256", o.sha256());
        counts.put("format", format.name());
        counts.put("unknownVendors", unknown.name());
        counts.put("rowsRead", o.rowsRead());
        counts.put("imported", o.imported());
        counts.put("duplicates", o.duplicates());
        counts.put("rejected", o.rejected());
        counts.put("vendorsCreated", o.vendorsCreated());
        counts.put("officesCreated", o.officesCreated());
        counts.put("months", o.months().stream().map(Object::toString).toList());
        counts.put("rejectedLines", o.firstRejected().stream().limit(100).map(PurchaseRejectedRow::line).toList());
        audit.record(AuditEntry.of(AuditActions.IMPORT, IMPORT_ENTITY, importId, "Imported purchases from '" + name
                + "' (" + format.label() + "): " + result.summary()).withChange(null, counts));
        return result;
    }

    /** The latest imports, newest first. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<PurchaseImportInfo> recentImports(int limit) {
        return store.recent(Math.max(1, Math.min(limit, 500)));
    }
}
