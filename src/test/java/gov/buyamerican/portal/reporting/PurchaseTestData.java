package gov.buyamerican.portal.reporting;

import static gov.buyamerican.portal.db.Tables.ATTESTATION;
import static gov.buyamerican.portal.db.Tables.OFFICE;
import static gov.buyamerican.portal.db.Tables.PRODUCT;
import static gov.buyamerican.portal.db.Tables.PURCHASE;
import static gov.buyamerican.portal.db.Tables.VENDOR;
import static gov.buyamerican.portal.db.Tables.WAIVER_REQUEST;

import gov.buyamerican.portal.rules.purchase.PurchaseClass;
import gov.buyamerican.portal.rules.purchase.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;

/**
 * Writes report test data straight into the tables (the reporting module's tests own no tables; the purchase module's
 * service is not needed to check the report queries), and rebuilds the rollups of an office from its purchase rows
 * with the same semantic as the purchase module's rollups maintained on write (month = first day of the month,
 * origin_country '' when not known).
 */
public final class PurchaseTestData {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 24, 12, 0);
    public static final BigDecimal MICRO = new BigDecimal("15000");

    private final DSLContext dsl;

    public PurchaseTestData(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long office(String name) {
        int n = SEQ.incrementAndGet();
        return dsl.insertInto(OFFICE).set(OFFICE.CODE, "RT" + System.nanoTime() % 1_000_000_000L + n)
                .set(OFFICE.NAME, name).set(OFFICE.CREATED_AT, NOW).set(OFFICE.UPDATED_AT, NOW)
                .returning(OFFICE.ID).fetchOne(OFFICE.ID);
    }

    public long vendor(String name, String country) {
        return dsl.insertInto(VENDOR).set(VENDOR.LEGAL_NAME, name).set(VENDOR.COUNTRY_CODE, country)
                .set(VENDOR.CREATED_AT, NOW).set(VENDOR.UPDATED_AT, NOW)
                .returning(VENDOR.ID).fetchOne(VENDOR.ID);
    }

    public long purchase(LocalDate date, long office, long vendor, Channel channel, Reason reason, String country,
                         String amount) {
        int n = SEQ.incrementAndGet();
        return dsl.insertInto(PURCHASE)
                .set(PURCHASE.SOURCE, "MARKETPLACE")
                .set(PURCHASE.SOURCE_KEY, "report-test:" + System.nanoTime() + ":" + n)
                .set(PURCHASE.PURCHASE_DATE, date)
                .set(PURCHASE.OFFICE_ID, office)
                .set(PURCHASE.VENDOR_ID, vendor)
                .set(PURCHASE.DESCRIPTION, "Test item " + n)
                .set(PURCHASE.TOTAL_AMOUNT, new BigDecimal(amount))
                .set(PURCHASE.CHANNEL, channel.name())
                .set(PURCHASE.ORDER_NUMBER, "ORD-" + n)
                .set(PURCHASE.ORIGIN_COUNTRY, country)
                .set(PURCHASE.CLASSIFICATION, reason.purchaseClass().name())
                .set(PURCHASE.CLASSIFICATION_REASON, reason.name())
                .set(PURCHASE.CLASSIFICATION_NOTE, "test")
                .set(PURCHASE.MICRO_PURCHASE_THRESHOLD, MICRO)
                .set(PURCHASE.CLASSIFIED_AT, NOW)
                .set(PURCHASE.CREATED_BY, "test")
                .set(PURCHASE.CREATED_AT, NOW)
                .set(PURCHASE.UPDATED_AT, NOW)
                .returning(PURCHASE.ID).fetchOne(PURCHASE.ID);
    }

    /** Rebuilds the rollups of the given offices from their purchase rows. */
    public void rebuildRollups(long... offices) {
        for (long office : offices) {
            rebuildRollups(dsl, "office_id = " + office);
        }
    }

    /** Rebuilds the rollups of the purchases matching {@code where} (an SQL condition on purchase and rollup columns). */
    public static void rebuildRollups(DSLContext dsl, String where) {
        String month = "DATE_SUB(purchase_date, INTERVAL DAYOFMONTH(purchase_date) - 1 DAY)";
        dsl.execute("DELETE FROM purchase_month_rollup WHERE " + where);
        dsl.execute("DELETE FROM purchase_country_rollup WHERE " + where);
        dsl.execute("DELETE FROM purchase_vendor_rollup WHERE " + where);
        dsl.execute("INSERT INTO purchase_month_rollup (month, office_id, channel, classification, purchase_count, total_amount) "
                + "SELECT " + month + ", office_id, channel, classification, COUNT(*), SUM(total_amount) FROM purchase WHERE "
                + where + " GROUP BY 1, 2, 3, 4");
        dsl.execute("INSERT INTO purchase_country_rollup (month, office_id, channel, classification, origin_country, purchase_count, total_amount) "
                + "SELECT " + month + ", office_id, channel, classification, COALESCE(origin_country, ''), COUNT(*), SUM(total_amount) "
                + "FROM purchase WHERE " + where + " GROUP BY 1, 2, 3, 4, 5");
        dsl.execute("INSERT INTO purchase_vendor_rollup (month, office_id, channel, classification, vendor_id, purchase_count, total_amount) "
                + "SELECT " + month + ", office_id, channel, classification, vendor_id, COUNT(*), SUM(total_amount) "
                + "FROM purchase WHERE " + where + " GROUP BY 1, 2, 3, 4, 5");
        // the coarse top-vendors and top-countries rollups (V52, V53) have no office: the months of the matching purchases, from all purchases
        String months = "SELECT DISTINCT " + month + " FROM purchase WHERE " + where;
        dsl.execute("DELETE FROM purchase_foreign_vendor_rollup WHERE month IN (" + months + ")");
        dsl.execute("INSERT INTO purchase_foreign_vendor_rollup (classification, month, vendor_id, purchase_count, total_amount) "
                + "SELECT classification, " + month + ", vendor_id, COUNT(*), SUM(total_amount) FROM purchase "
                + "WHERE classification IN ('FOREIGN_WAIVED', 'FOREIGN_UNWAIVED') AND " + month + " IN (" + months + ") "
                + "GROUP BY 1, 2, 3");
        dsl.execute("DELETE FROM purchase_foreign_country_rollup WHERE month IN (" + months + ")");
        dsl.execute("INSERT INTO purchase_foreign_country_rollup (classification, month, origin_country, purchase_count, "
                + "total_amount) SELECT classification, " + month + ", COALESCE(origin_country, ''), COUNT(*), SUM(total_amount) "
                + "FROM purchase WHERE classification IN ('FOREIGN_WAIVED', 'FOREIGN_UNWAIVED') AND " + month + " IN ("
                + months + ") GROUP BY 1, 2, 3");
    }

    public long waiver(String type, String status, LocalDateTime submitted, LocalDateTime decided) {
        int n = SEQ.incrementAndGet();
        return dsl.insertInto(WAIVER_REQUEST)
                .set(WAIVER_REQUEST.ORIGIN, "PORTAL")
                .set(WAIVER_REQUEST.WAIVER_NUMBER, "W-2031-" + (9000 + n % 1000) + "-" + n % 100)
                .set(WAIVER_REQUEST.WAIVER_TYPE, type)
                .set(WAIVER_REQUEST.STATUS, status)
                .set(WAIVER_REQUEST.REQUESTER, "report-test")
                .set(WAIVER_REQUEST.PROCUREMENT_TITLE, "Report test waiver " + n)
                .set(WAIVER_REQUEST.SUBMITTED_AT, submitted)
                .set(WAIVER_REQUEST.FIRST_SUBMITTED_AT, submitted)
                .set(WAIVER_REQUEST.DECIDED_AT, decided)
                .set(WAIVER_REQUEST.CREATED_AT, NOW)
                .set(WAIVER_REQUEST.UPDATED_AT, NOW)
                .returning(WAIVER_REQUEST.ID).fetchOne(WAIVER_REQUEST.ID);
    }

    public long product(String name, long vendor) {
        int n = SEQ.incrementAndGet();
        return dsl.insertInto(PRODUCT).set(PRODUCT.NAME, name).set(PRODUCT.PART_NUMBER, "RT-" + System.nanoTime() + "-" + n)
                .set(PRODUCT.OFFEROR_VENDOR_ID, vendor).set(PRODUCT.MANUFACTURER_VENDOR_ID, vendor)
                .set(PRODUCT.KIND, "MANUFACTURED").set(PRODUCT.CREATED_BY, "test")
                .set(PRODUCT.CREATED_AT, NOW).set(PRODUCT.UPDATED_AT, NOW)
                .returning(PRODUCT.ID).fetchOne(PRODUCT.ID);
    }

    public long attestation(long product, int versionNo, String status, LocalDate validUntil) {
        return dsl.insertInto(ATTESTATION).set(ATTESTATION.PRODUCT_ID, product).set(ATTESTATION.VERSION_NO, versionNo)
                .set(ATTESTATION.STATUS, status).set(ATTESTATION.SOURCE, "STAFF").set(ATTESTATION.ENTERED_BY, "test")
                .set(ATTESTATION.VALID_UNTIL, validUntil)
                .set(ATTESTATION.CREATED_AT, NOW).set(ATTESTATION.UPDATED_AT, NOW)
                .returning(ATTESTATION.ID).fetchOne(ATTESTATION.ID);
    }

    static PurchaseClass cls(Reason r) {
        return r.purchaseClass();
    }
}
