package gov.buyamerican.portal.purchase.internal.imports;

import static gov.buyamerican.portal.db.Tables.OFFICE;
import static gov.buyamerican.portal.db.Tables.PURCHASE;
import static gov.buyamerican.portal.db.Tables.VENDOR;
import static org.assertj.core.api.Assertions.assertThat;

import gov.buyamerican.portal.purchase.PurchaseImportFormat;
import gov.buyamerican.portal.purchase.UnknownVendors;
import gov.buyamerican.portal.support.PortalSpringTest;
import gov.buyamerican.portal.vendor.VendorFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Both ways the bulk writer stores rows (LOAD DATA LOCAL INFILE from memory, and the multi-row INSERT fallback): every
 * value arrives as given (text with tabs, line breaks, backslashes and quotes; nulls; negative and fractional
 * amounts), and duplicates, within the rows and against stored ones, are skipped and counted.
 */
@PortalSpringTest
class PurchaseBulkWriterIT {

    @Autowired
    DSLContext dsl;
    @Autowired
    PurchaseImportStore store;
    @Autowired
    TransactionTemplate transactions;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void storesEveryValueAsGivenAndSkipsDuplicates(boolean loadData) {
        transactions.executeWithoutResult(tx -> {
            Parents p = parents("writer.csv");
            LocalDateTime now = p.now();
            long officeId = p.officeId();
            long vendorId = p.vendorId();
            long importId = p.importId();
            String tricky = "tab\there, line\nbreak, back\\slash, 'quote' \"double\", \\N, é€";
            String k1 = "W-" + UUID.randomUUID();
            String k2 = "W-" + UUID.randomUUID();
            var first = row(k1, officeId, vendorId, tricky, new BigDecimal("-1234.5678"), null);
            var dup = row(k1, officeId, vendorId, "second", BigDecimal.ONE, null);
            var second = row(k2, officeId, vendorId, null, new BigDecimal("0.0001"), new BigDecimal("2.5"));
            PurchaseBulkWriter writer = new PurchaseBulkWriter("MARKETPLACE", importId, "writer-test", now, loadData);

            long inserted = dsl.connectionResult(c -> writer.insert(c, List.of(first, dup, second)));
            assertThat(inserted).isEqualTo(2);
            assertThat(writer.usesLoadData()).isEqualTo(loadData);
            var stored = dsl.selectFrom(PURCHASE).where(PURCHASE.SOURCE.eq("MARKETPLACE"), PURCHASE.SOURCE_KEY.eq(k1))
                    .fetchOne();
            assertThat(stored.getDescription()).isEqualTo(tricky);
            assertThat(stored.getTotalAmount()).isEqualByComparingTo("-1234.5678");
            assertThat(stored.getQuantity()).isNull();
            assertThat(stored.getSellerVendorId()).isNull();
            assertThat(stored.getImportId()).isEqualTo(importId);
            assertThat(stored.getCreatedBy()).isEqualTo("writer-test");
            assertThat(stored.getCreatedAt()).isEqualTo(now);
            assertThat(stored.getWaiverMatched()).isFalse();
            var other = dsl.selectFrom(PURCHASE).where(PURCHASE.SOURCE.eq("MARKETPLACE"), PURCHASE.SOURCE_KEY.eq(k2))
                    .fetchOne();
            assertThat(other.getDescription()).isNull();
            assertThat(other.getQuantity()).isEqualByComparingTo("2.5");
            assertThat(other.getTotalAmount()).isEqualByComparingTo("0.0001");

            long again = dsl.connectionResult(c -> writer.insert(c, List.of(first, second)));
            assertThat(again).isZero();
            tx.setRollbackOnly();
        });
    }

    /**
     * A row whose parent is missing is refused on both paths: on the LOAD DATA path by the writer's own locking check
     * of the chunk's parents (InnoDB's foreign key checks are off for that statement), before anything is sent; on the
     * INSERT path by InnoDB (IGNORE turns it into a warning, which the writer refuses). The import's transaction then
     * rolls back: nothing of the file is stored.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aRowWhoseParentIsMissingIsRefused(boolean loadData) {
        String good = "M-" + UUID.randomUUID();
        String orphan = "M-" + UUID.randomUUID();
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> transactions.executeWithoutResult(tx -> {
            Parents p = parents("missing.csv");
            PurchaseBulkWriter writer = new PurchaseBulkWriter("MARKETPLACE", p.importId(), "writer-test", p.now(), loadData);
            List<PurchaseBulkWriter.Row> rows = List.of(row(good, p.officeId(), p.vendorId(), "fine", BigDecimal.TEN, null),
                    row(orphan, p.officeId(), Long.MAX_VALUE, "no such vendor", BigDecimal.ONE, null));
            dsl.connectionResult(c -> writer.insert(c, rows));
        }));
        assertThat(failure).isNotNull();
        if (loadData) {
            Throwable cause = failure;
            while (!(cause instanceof gov.buyamerican.portal.purchase.PurchaseImportException) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            assertThat(cause).isInstanceOf(gov.buyamerican.portal.purchase.PurchaseImportException.class)
                    .hasMessageContaining("vendor").hasMessageContaining("Nothing was imported");
        }
        assertThat(dsl.fetchCount(PURCHASE, PURCHASE.SOURCE_KEY.in(good, orphan))).isZero();
    }

    /** An office, a vendor and an import record for the rows to refer to, in the caller's transaction. */
    private record Parents(LocalDateTime now, long officeId, long vendorId, long importId) {
    }

    private Parents parents(String fileName) {
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
        long officeId = dsl.insertInto(OFFICE, OFFICE.CODE, OFFICE.NAME, OFFICE.CREATED_AT, OFFICE.UPDATED_AT)
                .values("W" + UUID.randomUUID().toString().substring(0, 8), "Writer test", now, now)
                .returning(OFFICE.ID).fetchOne(OFFICE.ID);
        long vendorId = dsl.insertInto(VENDOR, VENDOR.LEGAL_NAME, VENDOR.UEI, VENDOR.COUNTRY_CODE,
                        VENDOR.CREATED_AT, VENDOR.UPDATED_AT)
                .values("Writer test vendor", VendorFixtures.uei(), "US", now, now)
                .returning(VENDOR.ID).fetchOne(VENDOR.ID);
        long importId = store.start(fileName, PurchaseImportFormat.MARKETPLACE, UnknownVendors.REJECT, "writer-test", now);
        return new Parents(now, officeId, vendorId, importId);
    }

    private static PurchaseBulkWriter.Row row(String key, long officeId, long vendorId, String description,
                                              BigDecimal total, BigDecimal quantity) {
        return new PurchaseBulkWriter.Row(key, LocalDate.of(2026, 3, 2), officeId, vendorId, null, null, description,
                quantity, null, total, "COMMERCIAL_PLATFORM", null, "O-1", "DE", null, null, null, null, false,
                "FOREIGN_UNWAIVED", "FOREIGN_COUNTRY_OF_ORIGIN", "Country of origin DE.", null, new BigDecimal("15000"));
    }
}
