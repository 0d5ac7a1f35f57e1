package gov.buyamerican.portal.purchase.internal.imports;

import static gov.buyamerican.portal.db.Tables.PURCHASE_IMPORT;

import gov.buyamerican.portal.purchase.PurchaseImportFormat;
import gov.buyamerican.portal.purchase.PurchaseImportInfo;
import gov.buyamerican.portal.purchase.UnknownVendors;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** The {@code purchase_import} rows: one per imported file. */
@Component
public class PurchaseImportStore {

    private final DSLContext dsl;

    PurchaseImportStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long start(String fileName, PurchaseImportFormat format, UnknownVendors unknown, String actor,
                      LocalDateTime now) {
        return dsl.insertInto(PURCHASE_IMPORT)
                .set(PURCHASE_IMPORT.FILE_NAME, fileName)
                .set(PURCHASE_IMPORT.FILE_SHA256, "")
                .set(PURCHASE_IMPORT.FORMAT, format.name())
                .set(PURCHASE_IMPORT.UNKNOWN_VENDORS, unknown.name())
                .set(PURCHASE_IMPORT.IMPORTED_AT, now)
                .set(PURCHASE_IMPORT.IMPORTED_BY, actor)
                .set(PURCHASE_IMPORT.ROWS_READ, 0)
                .set(PURCHASE_IMPORT.IMPORTED_COUNT, 0)
                .set(PURCHASE_IMPORT.DUPLICATE_COUNT, 0)
                .set(PURCHASE_IMPORT.REJECTED_COUNT, 0)
                .set(PURCHASE_IMPORT.VENDORS_CREATED, 0)
                .returning(PURCHASE_IMPORT.ID).fetchOne(PURCHASE_IMPORT.ID);
    }

    public void finish(long id, PurchaseImporter.Outcome o) {
        dsl.update(PURCHASE_IMPORT)
                .set(PURCHASE_IMPORT.FILE_SHA256, o.sha256())
                .set(PURCHASE_IMPORT.ROWS_READ, (int) o.rowsRead())
                .set(PURCHASE_IMPORT.IMPORTED_COUNT, (int) o.imported())
                .set(PURCHASE_IMPORT.DUPLICATE_COUNT, (int) o.duplicates())
                .set(PURCHASE_IMPORT.REJECTED_COUNT, (int) o.rejected())
                .set(PURCHASE_IMPORT.VENDORS_CREATED, o.vendorsCreated())
                .where(PURCHASE_IMPORT.ID.eq(id)).execute();
    }

    public List<PurchaseImportInfo> recent(int limit) {
        return dsl.selectFrom(PURCHASE_IMPORT).orderBy(PURCHASE_IMPORT.ID.desc()).limit(limit)
                .fetch(r -> new PurchaseImportInfo(r.getId(), r.getFileName(), PurchaseImportFormat.valueOf(r.getFormat()),
                        UnknownVendors.valueOf(r.getUnknownVendors()), r.getImportedAt().toInstant(ZoneOffset.UTC),
                        r.getImportedBy(), r.getRowsRead(), r.getImportedCount(), r.getDuplicateCount(),
                        r.getRejectedCount(), r.getVendorsCreated()));
    }

    public Optional<PurchaseImportInfo> find(long id) {
        return recent(Integer.MAX_VALUE).stream().filter(i -> i.id() == id).findFirst();
    }
}
