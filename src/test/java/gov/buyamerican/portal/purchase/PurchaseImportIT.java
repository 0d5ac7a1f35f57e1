package gov.buyamerican.portal.purchase;

import static gov.buyamerican.portal.db.Tables.MARKETPLACE_SELLER;
import static gov.buyamerican.portal.db.Tables.OFFICE;
import static gov.buyamerican.portal.db.Tables.PURCHASE;
import static gov.buyamerican.portal.db.Tables.VENDOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.buyamerican.portal.audit.AuditActions;
import gov.buyamerican.portal.audit.AuditService;
import gov.buyamerican.portal.db.tables.records.PurchaseRecord;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.support.PortalSpringTest;
import gov.buyamerican.portal.support.TestUsers;
import gov.buyamerican.portal.vendor.VendorFixtures;
import gov.buyamerican.portal.vendor.VendorService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Purchase imports on the real database: the USAspending sample, hand-checked generated rows (classification, country,
 * amount, office, vendor, channel), bad rows with each reason, duplicates across and within files, unknown vendors
 * registered or rejected, whole files refused, a large file streamed from a generator, rollups equal to a rebuild,
 * and role checks.
 */
@PortalSpringTest
class PurchaseImportIT {

    @Autowired
    PurchaseImportService imports;
    @Autowired
    VendorService vendors;
    @Autowired
    AuditService audit;
    @Autowired
    TestUsers testUsers;
    @Autowired
    DSLContext dsl;
    @Autowired
    PurchaseFixtures fixtures;

    private final List<Double> progress = new CopyOnWriteArrayList<>();

    @BeforeEach
    void actAsStaff() {
        testUsers.ensure("purchase-import-staff", Role.STAFF);
        TestUsers.actAs("purchase-import-staff", Role.STAFF);
    }

    @AfterEach
    void clear() {
        TestUsers.clear();
    }

    private PurchaseImportResult run(PurchaseImportFormat format, UnknownVendors unknown, byte[] bytes) {
        return imports.importFile(format, unknown, "test.csv", new ByteArrayInputStream(bytes), bytes.length,
                (f, m) -> progress.add(f));
    }

    private PurchaseRecord purchase(String source, String key) {
        return dsl.selectFrom(PURCHASE).where(PURCHASE.SOURCE.eq(source).and(PURCHASE.SOURCE_KEY.eq(key))).fetchOne();
    }

    private static String key() {
        return "TEST_" + UUID.randomUUID();
    }

    // ---- USAspending ----

    @Test
    void theRealSampleImportsOnceAndReimportsAsDuplicates() {
        PurchaseImportResult first = run(PurchaseImportFormat.USASPENDING, UnknownVendors.CREATE,
                PurchaseFiles.sampleBytes());
        assertThat(first.rowsRead()).isEqualTo(2);
        assertThat(first.rejectedCount()).isZero();
        assertThat(first.imported() + first.duplicates()).isEqualTo(2);

        PurchaseRecord p = purchase("USASPENDING", "1501_4732_15JPSS24F00000910_P00001_47QTCA20D005U_0");
        assertThat(p).isNotNull();
        assertThat(p.getPurchaseDate()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(p.getTotalAmount()).isEqualByComparingTo("0");
        assertThat(p.getPiid()).isEqualTo("15JPSS24F00000910");
        assertThat(p.getChannel()).isEqualTo("GSA_SCHEDULE"); // parent award type C: Federal Supply Schedule
        assertThat(p.getPlaceOfManufacture()).isEqualTo("C");
        assertThat(p.getOriginCountry()).isEqualTo("US");
        assertThat(p.getNaics()).isEqualTo("541519");
        assertThat(p.getPsc()).isEqualTo("DC01");
        assertThat(p.getDescription()).isEqualTo("IT AND TELECOM - DATA CENTER SUPPORT SERVICES (LABOR)");
        assertThat(p.getClassification()).isEqualTo("EXEMPT_OTHER");
        assertThat(p.getClassificationReason()).isEqualTo("FPDS_REPORTED_EXCEPTION");
        assertThat(dsl.select(OFFICE.CODE, OFFICE.NAME).from(OFFICE).where(OFFICE.ID.eq(p.getOfficeId())).fetchOne())
                .satisfies(r -> {
                    assertThat(r.value1()).isEqualTo("15JPSS");
                    assertThat(r.value2()).isEqualTo("JMD-PROCUREMENT SERVICES STAFF");
                });
        assertThat(dsl.select(VENDOR.UEI).from(VENDOR).where(VENDOR.ID.eq(p.getVendorId())).fetchOne(VENDOR.UEI))
                .isEqualTo("UNXEYQN41M87");

        PurchaseImportResult again = run(PurchaseImportFormat.USASPENDING, UnknownVendors.CREATE,
                PurchaseFiles.sampleBytes());
        assertThat(again.imported()).isZero();
        assertThat(again.duplicates()).isEqualTo(2);
        assertThat(again.vendorsCreated()).isZero();
        assertThat(audit.historyOf(PurchaseImportService.IMPORT_ENTITY, String.valueOf(again.importId()),
                PageQuery.first(10))).singleElement().satisfies(e -> {
                    assertThat(e.action()).isEqualTo(AuditActions.IMPORT);
                    assertThat(e.summary()).contains("0 imported, 2 duplicates");
                });
        assertThat(imports.recentImports(10)).extracting(PurchaseImportInfo::id).contains(first.importId(),
                again.importId());
        assertThat(progress).contains(1.0);
    }

    @Test
    void handCheckedRowsAreClassifiedAndStored() {
        String uei = VendorFixtures.uei();
        String office = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String domestic = key();
        String foreign = key();
        String micro = key();
        String deobligation = key();
        String direct = key();
        var file = new PurchaseFiles.UsaSpending()
                .row(usa(domestic, uei, office, "2026-01-15", "50000.00", "D", "USA", "C"))
                .row(usa(foreign, uei, office, "2026-01-20", "20000.00", "B", "CHN", "C"))
                .row(usa(micro, uei, office, "2026-02-03", "5000.00", "B", "DEU", ""))
                .row(usa(deobligation, uei, office, "2026-02-04", "-3000.00", "B", "DEU", ""))
                .row(usa(direct, uei, office, "2025-09-30", "12000.00", "", "", "B"));
        PurchaseImportResult r = run(PurchaseImportFormat.USASPENDING, UnknownVendors.CREATE, file.bytes());
        assertThat(r.rejectedCount()).as(r.firstRejected().toString()).isZero();
        assertThat(r.imported()).isEqualTo(5);
        assertThat(r.vendorsCreated()).isEqualTo(1);
        assertThat(r.officesCreated()).isEqualTo(1);
        assertThat(vendors.findByUei(uei)).isPresent();

        PurchaseRecord d = purchase("USASPENDING", domestic);
        assertThat(d.getClassification()).isEqualTo("DOMESTIC");
        assertThat(d.getClassificationReason()).isEqualTo("PLACE_OF_MANUFACTURE_DOMESTIC");
        assertThat(d.getChannel()).isEqualTo("GSA_SCHEDULE");
        assertThat(d.getMicroPurchaseThreshold()).isEqualByComparingTo("15000");

        PurchaseRecord f = purchase("USASPENDING", foreign);
        assertThat(f.getClassification()).isEqualTo("FOREIGN_UNWAIVED");
        assertThat(f.getOriginCountry()).isEqualTo("CN");
        assertThat(f.getTotalAmount()).isEqualByComparingTo("20000");

        PurchaseRecord m = purchase("USASPENDING", micro);
        assertThat(m.getClassification()).isEqualTo("EXEMPT_MICRO_PURCHASE");
        assertThat(m.getOriginCountry()).isEqualTo("DE");
        assertThat(m.getChannel()).isEqualTo("DIRECT_CONTRACT");

        PurchaseRecord neg = purchase("USASPENDING", deobligation);
        assertThat(neg.getTotalAmount()).isEqualByComparingTo("-3000");
        assertThat(neg.getClassification()).isEqualTo("FOREIGN_UNWAIVED"); // a deobligation is never a micro-purchase

        PurchaseRecord x = purchase("USASPENDING", direct);
        assertThat(x.getMicroPurchaseThreshold()).isEqualByComparingTo("10000"); // the old threshold on 2025-09-30
        assertThat(x.getClassification()).isEqualTo("UNKNOWN");
        assertThat(x.getChannel()).isEqualTo("DIRECT_CONTRACT");
        assertThat(x.getOfficeId()).isEqualTo(d.getOfficeId());
        assertThat(x.getVendorId()).isEqualTo(vendors.findByUei(uei).orElseThrow().id());
        assertThat(x.getImportId()).isEqualTo(r.importId());

        assertRollupsEqualRebuild();
    }

    private static Map<String, String> usa(String key, String uei, String office, String date, String amount,
                                           String pom, String country, String parentType) {
        Map<String, String> m = new java.util.HashMap<>();
        m.put("contract_transaction_unique_key", key);
        m.put("recipient_uei", uei);
        m.put("recipient_name", "Test Recipient " + uei);
        m.put("recipient_country_code", "USA");
        m.put("cage_code", "");
        m.put("recipient_parent_uei", "");
        m.put("awarding_office_code", office);
        m.put("awarding_office_name", "Office " + office);
        m.put("action_date", date);
        m.put("federal_action_obligation", amount);
        m.put("place_of_manufacture_code", pom);
        m.put("country_of_product_or_service_origin_code", country);
        m.put("parent_award_type_code", parentType);
        return m;
    }

    /**
     * An approved waiver naming a PIID covers the imported foreign purchases of that award while it is in force
     * (PIIDs compared trimmed and case-insensitive): FOREIGN_WAIVED, linked to the waiver and marked as matched. The
     * same award after the waiver's end, and another award, stay compliance exceptions.
     */
    @Test
    void importedRowsAreMatchedToAnApprovedWaiverByTheirPiid() {
        String uei = VendorFixtures.uei();
        String office = "P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String piid = "PIIDIMP" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long waiver = fixtures.waiver("APPROVED", LocalDate.of(2026, 6, 30), List.of(piid));
        String covered = key();
        String afterEnd = key();
        String otherAward = key();
        Map<String, String> coveredRow = usa(covered, uei, office, "2026-03-10", "40000.00", "B", "CHN", "");
        coveredRow.put("award_id_piid", " " + piid.toLowerCase() + " ");
        Map<String, String> afterEndRow = usa(afterEnd, uei, office, "2026-07-01", "40000.00", "B", "CHN", "");
        afterEndRow.put("award_id_piid", piid);
        Map<String, String> otherRow = usa(otherAward, uei, office, "2026-03-10", "40000.00", "B", "CHN", "");
        otherRow.put("award_id_piid", piid + "X");
        var file = new PurchaseFiles.UsaSpending().row(coveredRow).row(afterEndRow).row(otherRow);

        PurchaseImportResult r = run(PurchaseImportFormat.USASPENDING, UnknownVendors.CREATE, file.bytes());
        assertThat(r.rejectedCount()).as(r.firstRejected().toString()).isZero();
        assertThat(r.imported()).isEqualTo(3);
        PurchaseRecord waived = purchase("USASPENDING", covered);
        assertThat(waived.getClassification()).isEqualTo("FOREIGN_WAIVED");
        assertThat(waived.getWaiverId()).isEqualTo(waiver);
        assertThat(waived.getWaiverMatched()).isTrue();
        for (String k : List.of(afterEnd, otherAward)) {
            PurchaseRecord p = purchase("USASPENDING", k);
            assertThat(p.getClassification()).as(k).isEqualTo("FOREIGN_UNWAIVED");
            assertThat(p.getWaiverId()).as(k).isNull();
        }
        assertRollupsEqualRebuild();
    }

    @Test
    void badRowsAreRejectedWithLineAndReasonAndTheGoodOnesImported() throws Exception {
        String uei = VendorFixtures.uei();
        String office = "B" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var file = new PurchaseFiles.UsaSpending()
                .row(usa(key(), uei, office, "2026-01-15", "100.00", "D", "USA", ""))              // line 2 good
                .row(usa(key(), uei, office, "15/01/2026", "100.00", "D", "USA", ""))              // 3 date
                .row(usa(key(), uei, office, "2026-01-15", "12,50", "D", "USA", ""))               // 4 amount
                .row(usa(key(), "0BADUEI", office, "2026-01-15", "100.00", "D", "USA", ""))        // 5 UEI
                .row(usa(key(), uei, office, "2026-01-15", "100.00", "D", "ZZZ", ""))              // 6 country
                .row(usa(key(), uei, office, "2026-01-15", "100.00", "Z", "USA", ""))              // 7 code
                .row(usa(key(), uei, "", "2026-01-15", "100.00", "D", "USA", ""))                  // 8 office
                .row(usa(key(), uei, office, "2026-01-15", "100.00001", "D", "USA", ""))           // 9 decimals
                .row(usa(key(), uei, office, "2010-01-15", "100.00", "D", "USA", ""))              // 10 no threshold
                .shortRow();                                                                       // 11 cells
        PurchaseImportResult r = run(PurchaseImportFormat.USASPENDING, UnknownVendors.CREATE, file.bytes());
        assertThat(r.rowsRead()).isEqualTo(10);
        assertThat(r.imported()).isEqualTo(1);
        assertThat(r.rejectedCount()).isEqualTo(9);
        assertThat(r.firstRejected()).extracting(PurchaseRejectedRow::line)
                .containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        List<String> reasons = r.firstRejected().stream().map(PurchaseRejectedRow::reasonText).toList();
        assertThat(reasons.get(0)).contains("action_date");
        assertThat(reasons.get(1)).contains("federal_action_obligation");
        assertThat(reasons.get(2)).contains("recipient_uei");
        assertThat(reasons.get(3)).contains("country_of_product_or_service_origin_code");
        assertThat(reasons.get(4)).contains("place_of_manufacture_code");
        assertThat(reasons.get(5)).contains("awarding_office_code is blank");
        assertThat(reasons.get(6)).contains("more than 4 decimals");
        assertThat(reasons.get(7)).contains("no micro-purchase threshold");
        assertThat(reasons.get(8)).contains("cells but the header has");

        ByteArrayOutputStream report = new ByteArrayOutputStream();
        r.writeRejectedReport(report);
        String csv = report.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFline,key,reason");
        assertThat(csv.lines().count()).isEqualTo(10);
        assertThat(csv).contains("\r\n3,").contains("action_date");
    }

    @Test
    void duplicatesWithinOneFileAreCountedNotStored() {
        String uei = VendorFixtures.uei();
        String k = key();
        var file = new PurchaseFiles.UsaSpending()
                .row(usa(k, uei, "DUP1", "2026-01-15", "100.00", "D", "USA", ""))
                .row(usa(k, uei, "DUP1", "2026-01-16", "200.00", "D", "USA", ""))
                .row(usa(key(), uei, "DUP1", "2026-01-17", "300.00", "D", "USA", ""));
        PurchaseImportResult r = run(PurchaseImportFormat.USASPENDING, UnknownVendors.CREATE, file.bytes());
        assertThat(r.imported()).isEqualTo(2);
        assertThat(r.duplicates()).isEqualTo(1);
        assertThat(purchase("USASPENDING", k).getTotalAmount()).isEqualByComparingTo("100"); // the first row wins
        PurchaseImportResult again = run(PurchaseImportFormat.USASPENDING, UnknownVendors.CREATE, file.bytes());
        assertThat(again.imported()).isZero();
        assertThat(again.duplicates()).isEqualTo(3);
    }

    @Test
    void unknownVendorsAreRejectedOrRegisteredAsChosen() {
        String uei = VendorFixtures.uei();
        String k = key();
        byte[] file = new PurchaseFiles.UsaSpending()
                .row(usa(k, uei, "UNK1", "2026-01-15", "100.00", "D", "USA", "")).bytes();
        PurchaseImportResult rejected = run(PurchaseImportFormat.USASPENDING, UnknownVendors.REJECT, file);
        assertThat(rejected.imported()).isZero();
        assertThat(rejected.vendorsCreated()).isZero();
        assertThat(rejected.firstRejected()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.reasonText()).contains("no vendor with UEI " + uei);
        });
        assertThat(vendors.findByUei(uei)).isEmpty();

        PurchaseImportResult created = run(PurchaseImportFormat.USASPENDING, UnknownVendors.CREATE, file);
        assertThat(created.imported()).isEqualTo(1);
        assertThat(created.vendorsCreated()).isEqualTo(1);
        var vendor = vendors.findByUei(uei).orElseThrow();
        assertThat(vendor.legalName()).isEqualTo("Test Recipient " + uei);
        assertThat(purchase("USASPENDING", k).getVendorId()).isEqualTo(vendor.id());
    }

    // ---- marketplace orders ----

    @Test
    void marketplaceOrdersRegisterMarketplaceAndSellersAndUseTheKeyOfTheMarketplace() {
        String market = VendorFixtures.uei();
        String sellerUei = VendorFixtures.uei();
        String order = "O-" + UUID.randomUUID();
        var file = new PurchaseFiles.Marketplace()
                .row(order, "1", "2026-03-02", market, "Test Market " + market, "S-1", "Bright Tools", "", "CN",
                        "BT-100", "Cordless drill", "4", "89.50", "", "CN", "MKT1", "Market office", "CARD", "")
                .row(order, "2", "2026-03-02", market, "Test Market " + market, "S-2", "Lakes Supply", sellerUei,
                        "USA", "", "Safety cabinet", "1", "18450.00", "18450.00", "US", "MKT1", "", "PO",
                        "47QSWA26F0001")
                .row(order, "3", "2026-03-03", market, "Test Market " + market, "", "", "", "", "", "Cable", "10",
                        "", "79.9", "DEU", "MKT1", "", "", "")
                .row(order, "4", "2026-03-03", market, "", "S-1", "", "", "", "", "Again from S-1", "1", "", "20000",
                        "CHN", "MKT1", "", "", "");
        PurchaseImportResult r = run(PurchaseImportFormat.MARKETPLACE, UnknownVendors.CREATE, file.bytes());
        assertThat(r.rejectedCount()).as(r.firstRejected().toString()).isZero();
        assertThat(r.imported()).isEqualTo(4);
        assertThat(r.vendorsCreated()).isEqualTo(3); // the marketplace and two sellers
        long marketId = vendors.findByUei(market).orElseThrow().id();
        assertThat(dsl.fetchCount(MARKETPLACE_SELLER, MARKETPLACE_SELLER.MARKETPLACE_ID.eq(marketId))).isEqualTo(2);

        PurchaseRecord line1 = purchase("MARKETPLACE", marketId + ":" + order + ":1");
        assertThat(line1.getChannel()).isEqualTo("PURCHASE_CARD");
        assertThat(line1.getTotalAmount()).isEqualByComparingTo("358.00"); // 4 x 89.50
        assertThat(line1.getQuantity()).isEqualByComparingTo("4");
        assertThat(line1.getOrderNumber()).isEqualTo(order);
        assertThat(line1.getVendorId()).isEqualTo(marketId);
        assertThat(line1.getClassification()).isEqualTo("EXEMPT_MICRO_PURCHASE");
        PurchaseRecord line2 = purchase("MARKETPLACE", marketId + ":" + order + ":2");
        assertThat(line2.getChannel()).isEqualTo("COMMERCIAL_PLATFORM");
        assertThat(line2.getPiid()).isEqualTo("47QSWA26F0001");
        assertThat(line2.getSellerVendorId()).isEqualTo(vendors.findByUei(sellerUei).orElseThrow().id());
        assertThat(line2.getClassification()).isEqualTo("UNKNOWN");
        PurchaseRecord line3 = purchase("MARKETPLACE", marketId + ":" + order + ":3");
        assertThat(line3.getSellerVendorId()).isNull();
        assertThat(line3.getOriginCountry()).isEqualTo("DE");
        PurchaseRecord line4 = purchase("MARKETPLACE", marketId + ":" + order + ":4");
        assertThat(line4.getSellerVendorId()).isEqualTo(line1.getSellerVendorId()); // matched on seller_id
        assertThat(line4.getClassification()).isEqualTo("FOREIGN_UNWAIVED");

        PurchaseImportResult again = run(PurchaseImportFormat.MARKETPLACE, UnknownVendors.REJECT, file.bytes());
        assertThat(again.imported()).isZero();
        assertThat(again.duplicates()).isEqualTo(4);
        assertThat(again.vendorsCreated()).isZero();
        assertRollupsEqualRebuild();
    }

    @Test
    void marketplaceBadRowsAndUnknownSellersAreRejected() {
        String market = VendorFixtures.uei();
        String order = "O-" + UUID.randomUUID();
        run(PurchaseImportFormat.MARKETPLACE, UnknownVendors.CREATE, new PurchaseFiles.Marketplace()
                .row(order, "1", "2026-03-02", market, "Market " + market, "", "", "", "", "", "x", "1", "", "10",
                        "", "MKT2", "", "", "").bytes());
        var file = new PurchaseFiles.Marketplace()
                .row(order, "2", "2026-03-02", market, "", "S-9", "Unknown Seller", "", "CN", "", "x", "1", "", "10", "",
                        "MKT2", "", "", "")                                                   // 2 unknown seller
                .row(order, "0", "2026-03-02", market, "", "", "", "", "", "", "x", "1", "", "10", "", "MKT2", "", "",
                        "")                                                                   // 3 order_line
                .row(order, "4", "2026-03-02", market, "", "", "", "", "", "", "x", "0", "", "10", "", "MKT2", "", "",
                        "")                                                                   // 4 quantity
                .row(order, "5", "2026-03-02", market, "", "", "", "", "", "", "x", "1", "", "", "", "MKT2", "", "",
                        "")                                                                   // 5 no total
                .row(order, "6", "2026-03-02", market, "", "", "", "", "", "", "x", "1", "", "10", "XX", "MKT2", "",
                        "", "")                                                               // 6 country
                .row(order, "7", "2026-03-02", market, "", "", "", "", "", "", "x", "1", "", "10", "", "MKT2", "",
                        "BITCOIN", "")                                                        // 7 payment
                .row(order, "8", "2026-03-02", "Nobody Market", "", "", "", "", "", "", "x", "1", "", "10", "", "MKT2",
                        "", "", "")                                                           // 8 marketplace
                .row(order, "9", "2026-03-02", market, "", "", "", "", "", "", "x", "1", "", "10", "", "MKT2", "", "",
                        "");                                                                  // 9 good
        PurchaseImportResult r = run(PurchaseImportFormat.MARKETPLACE, UnknownVendors.REJECT, file.bytes());
        assertThat(r.imported()).isEqualTo(1);
        assertThat(r.firstRejected()).extracting(PurchaseRejectedRow::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);
        List<String> reasons = r.firstRejected().stream().map(PurchaseRejectedRow::reasonText).toList();
        assertThat(reasons.get(0)).contains("not a registered seller");
        assertThat(reasons.get(1)).contains("order_line");
        assertThat(reasons.get(2)).contains("quantity");
        assertThat(reasons.get(3)).contains("total is blank");
        assertThat(reasons.get(4)).contains("country_of_origin");
        assertThat(reasons.get(5)).contains("payment_method");
        assertThat(reasons.get(6)).contains("no marketplace named 'Nobody Market'");
    }

    // ---- whole files refused ----

    @Test
    void filesThatAreNotTheChosenFormatImportNothing() {
        long before = dsl.fetchCount(PURCHASE);
        assertThatThrownBy(() -> run(PurchaseImportFormat.USASPENDING, UnknownVendors.CREATE, new byte[0]))
                .isInstanceOf(PurchaseImportException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> run(PurchaseImportFormat.MARKETPLACE, UnknownVendors.CREATE,
                "%PDF-1.4 binary".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(PurchaseImportException.class).hasMessageContaining("PDF");
        assertThatThrownBy(() -> run(PurchaseImportFormat.MARKETPLACE, UnknownVendors.CREATE,
                new byte[] {'P', 'K', 3, 4, 0, 0}))
                .isInstanceOf(PurchaseImportException.class).hasMessageContaining("ZIP");
        assertThatThrownBy(() -> run(PurchaseImportFormat.MARKETPLACE, UnknownVendors.CREATE,
                "name,amount\nx,1\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PurchaseImportException.class).hasMessageContaining("required columns missing");
        assertThatThrownBy(() -> run(PurchaseImportFormat.MARKETPLACE, UnknownVendors.CREATE,
                PurchaseFiles.sampleBytes()))
                .isInstanceOf(PurchaseImportException.class).hasMessageContaining("USAspending");
        assertThatThrownBy(() -> run(PurchaseImportFormat.USASPENDING, UnknownVendors.CREATE,
                new PurchaseFiles.Marketplace().bytes()))
                .isInstanceOf(PurchaseImportException.class).hasMessageContaining("missing");
        assertThatThrownBy(() -> run(PurchaseImportFormat.MARKETPLACE, UnknownVendors.CREATE,
                new PurchaseFiles.Marketplace().bytes()))
                .isInstanceOf(PurchaseImportException.class).hasMessageContaining("no purchase rows");
        assertThatThrownBy(() -> run(PurchaseImportFormat.MARKETPLACE, UnknownVendors.CREATE,
                (MarketplaceOrderFormat.headerLine() + "\nabc,\u00e9").getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(PurchaseImportException.class).hasMessageContaining("UTF-8");
        assertThat(dsl.fetchCount(PURCHASE)).isEqualTo(before);
    }

    @Test
    void aBrokenFileHalfWayTakesBackTheRowsAlreadyWritten() {
        String market = VendorFixtures.uei();
        var file = new PurchaseFiles.Marketplace();
        for (int i = 1; i <= 2500; i++) {
            file.row("BRK-" + market, Integer.toString(i), "2026-03-02", market, "Market " + market, "", "", "", "",
                    "", "x", "1", "", "10", "", "MKT3", "", "", "");
        }
        file.raw("\"unclosed,quote");
        long before = dsl.fetchCount(PURCHASE);
        assertThatThrownBy(() -> run(PurchaseImportFormat.MARKETPLACE, UnknownVendors.CREATE, file.bytes()))
                .isInstanceOf(PurchaseImportException.class).hasMessageContaining("not valid CSV");
        assertThat(dsl.fetchCount(PURCHASE)).isEqualTo(before);
        assertThat(vendors.findByUei(market)).isEmpty();
    }

    // ---- scale, streaming ----

    /**
     * 200,000 rows generated on the fly by an InputStream that never holds more than one row: the import reads it to
     * the end and stores every row, so nothing in the import needs the file as a whole.
     */
    @Test
    void aLargeGeneratedFileIsStreamed() {
        String market = VendorFixtures.uei();
        int rows = 200_000;
        AtomicInteger produced = new AtomicInteger();
        byte[] header = (MarketplaceOrderFormat.headerLine() + "\n").getBytes(StandardCharsets.UTF_8);
        Enumeration<InputStream> parts = new Enumeration<>() {
            int next = -1;

            @Override
            public boolean hasMoreElements() {
                return next < rows;
            }

            @Override
            public InputStream nextElement() {
                int i = next++;
                if (i < 0) {
                    return new ByteArrayInputStream(header);
                }
                produced.incrementAndGet();
                String line = "BIG-" + market + "," + (i + 1) + ",2026-0" + (1 + i % 9) + "-1" + (i % 10) + ","
                        + market + ",Big Market " + market + ",,,,,,item " + i + ",1,," + (i % 50_000) + ".25,"
                        + (i % 3 == 0 ? "CN" : "US") + ",BIG" + (i % 7) + ",,,\n";
                return new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8));
            }
        };
        long start = System.nanoTime();
        PurchaseImportResult r = imports.importFile(PurchaseImportFormat.MARKETPLACE, UnknownVendors.CREATE, "big.csv",
                new SequenceInputStream(parts), -1, null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("200,000 generated marketplace rows imported in %,d ms (%,.0f rows/s)%n", millis,
                rows * 1000.0 / millis);
        assertThat(produced.get()).isEqualTo(rows);
        assertThat(r.rowsRead()).isEqualTo(rows);
        assertThat(r.imported()).isEqualTo(rows);
        assertRollupsEqualRebuild();
    }

    /**
     * A file overlapping an earlier import: the import looks up a sample of each chunk's keys first and all of them only
     * when the sample finds one stored. Here the stored rows sit between the sampled ones, so the chunk goes to the
     * database whole and IGNORE skips them: still counted as duplicates, stored once, rollups right. Importing the whole
     * file again takes the other path (the sample finds stored keys): every row a duplicate.
     */
    /** PurchaseImporter.CHUNK: rows per chunk (the sample of keys is spread over one chunk). */
    private static final int CHUNK = 5_000;

    @Test
    void aFileOverlappingAnEarlierOneStoresEachRowOnce() {
        String market = VendorFixtures.uei();
        int rows = CHUNK + 1_000;
        java.util.function.IntFunction<String> line = i -> "OVL-" + market + "," + (i + 1) + ",2026-0" + (1 + i % 9) + "-1"
                + (i % 10) + "," + market + ",Overlap Market " + market + ",,,,,,item " + i + ",1,," + (i % 900 + 1)
                + ".25," + (i % 3 == 0 ? "CN" : "US") + ",OVL" + (i % 4) + ",,,\n";
        // rows 1-3 and 5,001 of the whole file: none of them a sampled position of their chunk
        int[] earlier = {1, 2, 3, CHUNK + 1};
        StringBuilder first = new StringBuilder(MarketplaceOrderFormat.headerLine()).append('\n');
        for (int i : earlier) {
            first.append(line.apply(i));
        }
        StringBuilder whole = new StringBuilder(MarketplaceOrderFormat.headerLine()).append('\n');
        for (int i = 0; i < rows; i++) {
            whole.append(line.apply(i));
        }
        assertThat(run(PurchaseImportFormat.MARKETPLACE, UnknownVendors.CREATE,
                first.toString().getBytes(StandardCharsets.UTF_8)).imported()).isEqualTo(earlier.length);

        PurchaseImportResult r = run(PurchaseImportFormat.MARKETPLACE, UnknownVendors.CREATE,
                whole.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(r.rowsRead()).isEqualTo(rows);
        assertThat(r.imported()).isEqualTo(rows - earlier.length);
        assertThat(r.duplicates()).isEqualTo(earlier.length);
        assertThat(dsl.fetchCount(PURCHASE, PURCHASE.SOURCE_KEY.like("%:OVL-" + market + ":%"))).isEqualTo(rows);
        assertRollupsEqualRebuild();

        PurchaseImportResult again = run(PurchaseImportFormat.MARKETPLACE, UnknownVendors.CREATE,
                whole.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(again.imported()).isZero();
        assertThat(again.duplicates()).isEqualTo(rows);
        assertRollupsEqualRebuild();
    }

    // ---- roles ----

    @Test
    void onlyStaffAndAdministratorsImport() {
        for (Role role : List.of(Role.REPORTS, Role.AUDITOR, Role.APPROVER)) {
            TestUsers.actAs("purchase-import-" + role, role);
            assertThatThrownBy(() -> run(PurchaseImportFormat.USASPENDING, UnknownVendors.CREATE,
                    PurchaseFiles.sampleBytes())).isInstanceOf(AccessDeniedException.class);
        }
        TestUsers.actAs("purchase-import-admin", Role.ADMIN);
        assertThat(run(PurchaseImportFormat.USASPENDING, UnknownVendors.CREATE, PurchaseFiles.sampleBytes()).rowsRead())
                .isEqualTo(2);
    }

    // ---- rollups ----

    private void assertRollupsEqualRebuild() {
        var detail = dsl.fetch("SELECT DATE_FORMAT(purchase_date, '%Y-%m-01') m, office_id, channel, classification, "
                + "COUNT(*) n, SUM(total_amount) t FROM purchase GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4");
        var rollup = dsl.fetch("SELECT DATE_FORMAT(month, '%Y-%m-01') m, office_id, channel, classification, "
                + "purchase_count n, total_amount t FROM purchase_month_rollup ORDER BY 1, 2, 3, 4");
        assertThat(rollup.size()).isEqualTo(detail.size());
        for (int i = 0; i < detail.size(); i++) {
            var d = detail.get(i);
            var r = rollup.get(i);
            assertThat(r.get("m", String.class)).isEqualTo(d.get("m", String.class));
            assertThat(r.get("office_id", Long.class)).isEqualTo(d.get("office_id", Long.class));
            assertThat(r.get("channel", String.class)).isEqualTo(d.get("channel", String.class));
            assertThat(r.get("classification", String.class)).isEqualTo(d.get("classification", String.class));
            assertThat(r.get("n", Long.class)).isEqualTo(d.get("n", Long.class));
            assertThat(r.get("t", BigDecimal.class)).isEqualByComparingTo(d.get("t", BigDecimal.class));
        }
        var country = dsl.fetchValue("SELECT COUNT(*) FROM (SELECT DATE_FORMAT(purchase_date, '%Y-%m-01'), office_id, "
                + "channel, classification, COALESCE(origin_country, '') FROM purchase GROUP BY 1, 2, 3, 4, 5) g");
        assertThat(((Number) dsl.fetchValue("SELECT COUNT(*) FROM purchase_country_rollup")).longValue())
                .isEqualTo(((Number) country).longValue());
        // the foreign-vendor rollup (V52): written by the import's deltas and by rebuildMonths alike
        var foreignDetail = dsl.fetch("SELECT classification, DATE_FORMAT(purchase_date, '%Y-%m-01') m, vendor_id, COUNT(*) n, "
                + "CAST(SUM(total_amount) AS DECIMAL(23,4)) t FROM purchase WHERE classification IN ('FOREIGN_WAIVED', "
                + "'FOREIGN_UNWAIVED') GROUP BY 1, 2, 3 ORDER BY 1, 2, 3").map(r -> r.intoList().toString());
        var foreignRollup = dsl.fetch("SELECT classification, DATE_FORMAT(month, '%Y-%m-01') m, vendor_id, purchase_count n, "
                + "total_amount t FROM purchase_foreign_vendor_rollup ORDER BY 1, 2, 3").map(r -> r.intoList().toString());
        assertThat(foreignRollup).as("purchase_foreign_vendor_rollup").isEqualTo(foreignDetail);
        // the foreign-country rollup (V53), the same way
        var countryDetail = dsl.fetch("SELECT classification, DATE_FORMAT(purchase_date, '%Y-%m-01') m, COALESCE(origin_country, ''), "
                + "COUNT(*) n, CAST(SUM(total_amount) AS DECIMAL(23,4)) t FROM purchase WHERE classification IN ('FOREIGN_WAIVED', "
                + "'FOREIGN_UNWAIVED') GROUP BY 1, 2, 3 ORDER BY 1, 2, 3").map(r -> r.intoList().toString());
        var countryRollup = dsl.fetch("SELECT classification, DATE_FORMAT(month, '%Y-%m-01') m, origin_country, purchase_count n, "
                + "total_amount t FROM purchase_foreign_country_rollup ORDER BY 1, 2, 3").map(r -> r.intoList().toString());
        assertThat(countryRollup).as("purchase_foreign_country_rollup").isEqualTo(countryDetail);
    }
}
