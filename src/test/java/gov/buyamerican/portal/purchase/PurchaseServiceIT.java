package gov.buyamerican.portal.purchase;

import static gov.buyamerican.portal.db.Tables.PURCHASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.buyamerican.portal.shared.export.ExportFormat;
import gov.buyamerican.portal.audit.AuditActions;
import gov.buyamerican.portal.audit.AuditEvent;
import gov.buyamerican.portal.rules.purchase.PurchaseClass;
import gov.buyamerican.portal.rules.purchase.Reason;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ConcurrentEditException;
import gov.buyamerican.portal.shared.NotFoundException;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.support.PortalSpringTest;
import gov.buyamerican.portal.support.TestUsers;
import gov.buyamerican.portal.vendor.Vendor;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The purchase service on the real database: totals, classification, validation, locking, audit, rollups, roles. */
@PortalSpringTest
class PurchaseServiceIT {

    @Autowired
    PurchaseService purchases;

    @Autowired
    PurchaseFixtures fixtures;

    @Autowired
    TestUsers testUsers;

    @Autowired
    DSLContext dsl;

    Office office;
    Vendor vendor;

    @BeforeEach
    void setUp() {
        office = fixtures.office();
        vendor = fixtures.vendor();
        TestUsers.actAs(testUsers.ensure("purchase-it-staff", Role.STAFF), Role.STAFF);
    }

    @AfterEach
    void clear() {
        TestUsers.clear();
    }

    private PurchaseForm form(LocalDate date, String total, String country) {
        return new PurchaseForm(date, office.id(), vendor.id(), null, null, "Test item", null, null,
                total == null ? null : new BigDecimal(total), PurchaseChannel.DIRECT_CONTRACT, null, null, country,
                null, null, null);
    }

    private static PurchaseForm with(PurchaseForm f, UnaryOperator<PurchaseForm> change) {
        return change.apply(f);
    }

    @Test
    void recordsAPurchaseComputingTheTotalAndItsClassAndAuditsIt() {
        PurchaseForm f = new PurchaseForm(LocalDate.of(2025, 11, 3), office.id(), vendor.id(), null, null, " Gloves ",
                new BigDecimal("3"), new BigDecimal("19.995"), null, PurchaseChannel.PURCHASE_CARD, null, " ord-1 ", "cn",
                null, null, null);
        Purchase p = purchases.record(f);
        assertThat(p.total()).isEqualByComparingTo("59.99"); // 59.985 rounded half up to the cent
        assertThat(p.description()).isEqualTo("Gloves");
        assertThat(p.orderNumber()).isEqualTo("ORD-1");
        assertThat(p.originCountry()).isEqualTo("CN");
        assertThat(p.classification()).isEqualTo(PurchaseClass.EXEMPT_MICRO_PURCHASE);
        assertThat(p.microPurchaseThreshold()).isEqualByComparingTo("15000");
        assertThat(p.source()).isEqualTo("MANUAL");
        assertThat(p.createdBy()).isEqualTo("purchase-it-staff");
        List<AuditEvent> history = purchases.history(p.id(), PageQuery.first(10));
        assertThat(history).hasSize(1);
        assertThat(history.getFirst().action()).isEqualTo(AuditActions.CREATE);
        assertThat(history.getFirst().summary()).contains("Exempt: micro-purchase");

        Purchase big = purchases.record(form(LocalDate.of(2025, 11, 3), "250000", "CN"));
        assertThat(big.classification()).isEqualTo(PurchaseClass.FOREIGN_UNWAIVED);
        assertThat(big.reason()).isEqualTo(Reason.FOREIGN_COUNTRY_OF_ORIGIN);
        assertThat(big.missing()).isNotBlank();
    }

    @Test
    void refusesBadValuesNamingTheField() {
        LocalDate d = LocalDate.of(2025, 11, 3);
        PurchaseForm ok = form(d, "100", "US");
        expectField(with(ok, f -> new PurchaseForm(null, f.officeId(), f.vendorId(), null, null, null, null, null, f.total(),
                f.channel(), null, null, null, null, null, null)), PurchaseForm.DATE);
        expectField(with(ok, f -> new PurchaseForm(LocalDate.now().plusDays(2), f.officeId(), f.vendorId(), null, null,
                null, null, null, f.total(), f.channel(), null, null, null, null, null, null)), PurchaseForm.DATE);
        expectField(new PurchaseForm(d, null, vendor.id(), null, null, null, null, null, BigDecimal.TEN,
                PurchaseChannel.GSA_SCHEDULE, null, null, null, null, null, null), PurchaseForm.OFFICE);
        expectField(new PurchaseForm(d, office.id(), null, null, null, null, null, null, BigDecimal.TEN,
                PurchaseChannel.GSA_SCHEDULE, null, null, null, null, null, null), PurchaseForm.VENDOR);
        expectField(new PurchaseForm(d, office.id(), vendor.id(), fixtures.vendor().id(), null, null, null, null,
                BigDecimal.TEN, PurchaseChannel.COMMERCIAL_PLATFORM, null, null, null, null, null, null),
                PurchaseForm.SELLER);
        expectField(new PurchaseForm(d, office.id(), vendor.id(), null, 999_999_999L, null, null, null, BigDecimal.TEN,
                PurchaseChannel.GSA_SCHEDULE, null, null, null, null, null, null), PurchaseForm.PRODUCT);
        expectField(new PurchaseForm(d, office.id(), vendor.id(), null, null, null, BigDecimal.ZERO, BigDecimal.ONE, null,
                PurchaseChannel.GSA_SCHEDULE, null, null, null, null, null, null), PurchaseForm.QUANTITY);
        expectField(new PurchaseForm(d, office.id(), vendor.id(), null, null, null, BigDecimal.ONE,
                new BigDecimal("-1"), null, PurchaseChannel.GSA_SCHEDULE, null, null, null, null, null, null),
                PurchaseForm.UNIT_PRICE);
        expectField(new PurchaseForm(d, office.id(), vendor.id(), null, null, null, new BigDecimal("2"),
                new BigDecimal("5"), new BigDecimal("11"), PurchaseChannel.GSA_SCHEDULE, null, null, null, null, null,
                null), PurchaseForm.TOTAL);
        expectField(form(d, null, null), PurchaseForm.TOTAL);
        expectField(new PurchaseForm(d, office.id(), vendor.id(), null, null, null, null, null, BigDecimal.TEN, null,
                null, null, null, null, null, null), PurchaseForm.CHANNEL);
        expectField(form(d, "10", "ZZ"), PurchaseForm.COUNTRY);
        expectField(new PurchaseForm(d, office.id(), vendor.id(), null, null, null, null, null, BigDecimal.TEN,
                PurchaseChannel.GSA_SCHEDULE, "P".repeat(101), null, null, null, null, null), PurchaseForm.PIID);
        expectField(new PurchaseForm(d, office.id(), vendor.id(), null, null, null, null, null, BigDecimal.TEN,
                PurchaseChannel.GSA_SCHEDULE, null, null, null, null, null, 999_999_999L), PurchaseForm.WAIVER);
        expectField(new PurchaseForm(LocalDate.of(1999, 12, 31), office.id(), vendor.id(), null, null, null, null,
                null, BigDecimal.TEN, PurchaseChannel.GSA_SCHEDULE, null, null, null, null, null, null),
                PurchaseForm.DATE);
    }

    private void expectField(PurchaseForm f, String field) {
        assertThatThrownBy(() -> purchases.record(f)).as(field).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).field()).isEqualTo(field);
    }

    @Test
    void editsWithOptimisticLockingAndDeletesWithAnAuditEntry() {
        Purchase p = purchases.record(form(LocalDate.of(2025, 11, 3), "20000", "US"));
        assertThat(p.classification()).isEqualTo(PurchaseClass.UNKNOWN);
        Purchase changed = purchases.update(p.id(), p.version(), form(LocalDate.of(2025, 11, 3), "20000", "DE"));
        assertThat(changed.classification()).isEqualTo(PurchaseClass.FOREIGN_UNWAIVED);
        assertThat(changed.version()).isEqualTo(p.version() + 1);
        assertThatThrownBy(() -> purchases.update(p.id(), p.version(), form(LocalDate.of(2025, 11, 3), "1", "DE")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> purchases.delete(p.id(), p.version())).isInstanceOf(ConcurrentEditException.class);
        purchases.delete(p.id(), changed.version());
        assertThatThrownBy(() -> purchases.get(p.id())).isInstanceOf(NotFoundException.class);
        assertThat(purchases.history(p.id(), PageQuery.first(10))).extracting(AuditEvent::action)
                .containsExactly(AuditActions.DELETE, AuditActions.UPDATE, AuditActions.CREATE);
    }

    @Test
    void searchFiltersAndExportsTheFilteredRows() {
        String piid = PurchaseFixtures.unique("SRCH");
        purchases.record(new PurchaseForm(LocalDate.of(2025, 12, 1), office.id(), vendor.id(), null, null, null, null,
                null, new BigDecimal("=1+2".length() * 1000), PurchaseChannel.GSA_SCHEDULE, piid, null, "MX", null, null,
                null));
        purchases.record(new PurchaseForm(LocalDate.of(2025, 12, 2), office.id(), vendor.id(), null, null,
                "=HYPERLINK(\"x\")", null, null, new BigDecimal("99"), PurchaseChannel.PURCHASE_CARD, null, null, null,
                null, null, null));
        PurchaseFilter byOffice = new PurchaseFilter(null, null, office.id(), null, Set.of(), null, null, null, null, null);
        assertThat(purchases.count(byOffice, 100)).isEqualTo(2);
        assertThat(purchases.search(new PurchaseFilter(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 1), office.id(),
                PurchaseChannel.GSA_SCHEDULE, Set.of(PurchaseClass.EXEMPT_MICRO_PURCHASE), vendor.id(), null, "mx", null,
                piid.toLowerCase()), PageQuery.first(10))).hasSize(1);
        assertThat(purchases.search(new PurchaseFilter(null, null, office.id(), null, Set.of(PurchaseClass.DOMESTIC),
                null, null, null, null, null), PageQuery.first(10))).isEmpty();
        assertThat(purchases.search(byOffice, new PageQuery(0, 10, List.of(new PageQuery.SortOrder("total", true),
                new PageQuery.SortOrder("nonsense; drop table", false))))).extracting(PurchaseSummary::total)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("99"), new BigDecimal("4000"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(purchases.export(byOffice, List.of(), ExportFormat.CSV, out)).isEqualTo(2);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK").contains(piid);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        assertThat(purchases.export(byOffice, List.of(), ExportFormat.XLSX, xlsx)).isEqualTo(2);
        assertThat(xlsx.toByteArray()).startsWith((byte) 'P', (byte) 'K');
    }

    @Test
    void everyRoleReadsOnlyStaffAndAdminChange() {
        PurchaseForm f = form(LocalDate.of(2025, 11, 3), "10", "US");
        for (Role role : Role.values()) {
            TestUsers.actAs(testUsers.ensure("purchase-role-" + role.name().toLowerCase(), role), role);
            assertThat(purchases.count(PurchaseFilter.NONE, 5)).isGreaterThanOrEqualTo(0);
            boolean writer = role == Role.STAFF || role == Role.ADMIN;
            if (writer) {
                Purchase p = purchases.record(f);
                purchases.delete(p.id(), p.version());
            } else {
                assertThatThrownBy(() -> purchases.record(f)).as(role.name()).isInstanceOf(AccessDeniedException.class);
            }
            if (role != Role.ADMIN) {
                assertThatThrownBy(purchases::startReclassifyAll).as(role.name())
                        .isInstanceOf(AccessDeniedException.class);
            }
        }
        TestUsers.clear();
        assertThatThrownBy(() -> purchases.count(PurchaseFilter.NONE, 5)).isInstanceOf(
                org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void rollupsEqualARebuildFromTheDetailRowsAfterRandomWrites() {
        Random random = new Random(42);
        List<Purchase> live = new ArrayList<>();
        String[] countries = {"US", "CN", null, "DE"};
        PurchaseChannel[] channels = PurchaseChannel.values();
        for (int i = 0; i < 40; i++) {
            int op = live.isEmpty() ? 0 : random.nextInt(3);
            LocalDate date = LocalDate.of(2025, 1 + random.nextInt(12), 1 + random.nextInt(28));
            PurchaseForm f = new PurchaseForm(date, office.id(), vendor.id(), null, null, null, null, null,
                    BigDecimal.valueOf(random.nextInt(40_000) - 2_000, 2).multiply(BigDecimal.TEN),
                    channels[random.nextInt(channels.length)], null, null, countries[random.nextInt(countries.length)],
                    null, null, null);
            if (op == 0) {
                live.add(purchases.record(f));
            } else if (op == 1) {
                Purchase p = live.remove(random.nextInt(live.size()));
                live.add(purchases.update(p.id(), p.version(), f));
            } else {
                Purchase p = live.remove(random.nextInt(live.size()));
                purchases.delete(p.id(), p.version());
            }
        }
        // foreign purchases (above the micro-purchase threshold) moved between months, classes and amounts, so that the
        // coarse foreign-vendor rollup (V52) sees inserts, same-key updates, key changes and deletes
        Purchase cn = purchases.record(large(LocalDate.of(2025, 3, 10), "CN", "50000"));
        Purchase de = purchases.record(large(LocalDate.of(2025, 3, 20), "DE", "30000"));
        Purchase gone = purchases.record(large(LocalDate.of(2025, 4, 2), "CN", "20000"));
        cn = purchases.update(cn.id(), cn.version(), large(LocalDate.of(2025, 3, 11), "CN", "55000"));
        de = purchases.update(de.id(), de.version(), large(LocalDate.of(2025, 5, 1), "DE", "31000"));
        purchases.update(cn.id(), cn.version(), large(LocalDate.of(2025, 3, 11), "US", "55000"));
        purchases.delete(gone.id(), gone.version());
        purchases.record(large(LocalDate.of(2025, 5, 9), "CN", "17000"));

        assertRollupsMatch("purchase_month_rollup", "", "");
        assertRollupsMatch("purchase_country_rollup", ", origin_country", ", COALESCE(origin_country, '')");
        assertRollupsMatch("purchase_vendor_rollup", ", vendor_id", ", vendor_id");
        assertForeignVendorRollupMatches();

        // the bulk path (DELETE + INSERT ... SELECT of whole months) gives the same rows
        List<String> before = dsl.fetch("SELECT * FROM purchase_country_rollup WHERE office_id = ? ORDER BY 1, 3, 4, 5",
                office.id()).map(r -> r.intoList().toString());
        List<LocalDate> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(LocalDate.of(2025, m, 15));
        }
        new org.springframework.transaction.support.TransactionTemplate(transactions)
                .executeWithoutResult(s -> rollups.rebuildMonths(months));
        assertThat(dsl.fetch("SELECT * FROM purchase_country_rollup WHERE office_id = ? ORDER BY 1, 3, 4, 5",
                office.id()).map(r -> r.intoList().toString())).isEqualTo(before);
        assertRollupsMatch("purchase_month_rollup", "", "");
        assertRollupsMatch("purchase_vendor_rollup", ", vendor_id", ", vendor_id");
        assertForeignVendorRollupMatches();
    }

    private PurchaseForm large(LocalDate date, String country, String amount) {
        return new PurchaseForm(date, office.id(), vendor.id(), null, null, null, null, null, new BigDecimal(amount),
                PurchaseChannel.DIRECT_CONTRACT, null, null, country, null, null, null);
    }

    /**
     * purchase_foreign_vendor_rollup (no office in its key) for this test's vendor against a GROUP BY over its foreign
     * purchase rows: the same rows, and at least one of them.
     */
    private void assertForeignVendorRollupMatches() {
        var stored = dsl.fetch("SELECT classification, month, purchase_count, total_amount FROM purchase_foreign_vendor_rollup"
                + " WHERE vendor_id = ? ORDER BY 1, 2", vendor.id()).map(r -> r.intoList().toString());
        var rebuilt = dsl.fetch("SELECT classification, purchase_date - INTERVAL (DAYOFMONTH(purchase_date) - 1) DAY,"
                + " COUNT(*), CAST(SUM(total_amount) AS DECIMAL(23,4)) FROM purchase WHERE vendor_id = ?"
                + " AND classification IN ('FOREIGN_WAIVED', 'FOREIGN_UNWAIVED') GROUP BY 1, 2 ORDER BY 1, 2", vendor.id())
                .map(r -> r.intoList().toString());
        assertThat(stored).as("purchase_foreign_vendor_rollup").isNotEmpty().isEqualTo(rebuilt);
        // purchase_foreign_country_rollup (V53): every country of the months this vendor bought in
        String months = "SELECT DISTINCT purchase_date - INTERVAL (DAYOFMONTH(purchase_date) - 1) DAY FROM purchase"
                + " WHERE vendor_id = " + vendor.id();
        var countries = dsl.fetch("SELECT classification, month, origin_country, purchase_count, total_amount"
                + " FROM purchase_foreign_country_rollup WHERE month IN (" + months + ") ORDER BY 1, 2, 3")
                .map(r -> r.intoList().toString());
        var countriesRebuilt = dsl.fetch("SELECT classification, purchase_date - INTERVAL (DAYOFMONTH(purchase_date) - 1) DAY m,"
                + " COALESCE(origin_country, ''), COUNT(*), CAST(SUM(total_amount) AS DECIMAL(23,4)) FROM purchase"
                + " WHERE classification IN ('FOREIGN_WAIVED', 'FOREIGN_UNWAIVED')"
                + " GROUP BY 1, 2, 3 HAVING m IN (" + months + ") ORDER BY 1, 2, 3").map(r -> r.intoList().toString());
        assertThat(countries).as("purchase_foreign_country_rollup").isNotEmpty().isEqualTo(countriesRebuilt);
    }

    @Autowired
    gov.buyamerican.portal.purchase.internal.PurchaseRollups rollups;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    private void assertRollupsMatch(String table, String extraCol, String extraSrc) {
        var stored = dsl.fetch("SELECT month, channel, classification" + extraCol + ", purchase_count, total_amount FROM "
                + table + " WHERE office_id = ? ORDER BY 1, 2, 3" + (extraCol.isEmpty() ? "" : ", 4"), office.id())
                .map(r -> r.intoList().toString());
        var rebuilt = dsl.fetch("SELECT purchase_date - INTERVAL (DAYOFMONTH(purchase_date) - 1) DAY, channel,"
                + " classification" + extraSrc + ", COUNT(*), CAST(SUM(total_amount) AS DECIMAL(23,4)) FROM purchase"
                + " WHERE office_id = ? GROUP BY 1, 2, 3" + (extraSrc.isEmpty() ? "" : ", 4") + " ORDER BY 1, 2, 3"
                + (extraSrc.isEmpty() ? "" : ", 4"), office.id()).map(r -> r.intoList().toString());
        assertThat(stored).as(table).isNotEmpty().isEqualTo(rebuilt);
        assertThat(dsl.fetchCount(PURCHASE, PURCHASE.OFFICE_ID.eq(office.id()))).isPositive();
    }
}
