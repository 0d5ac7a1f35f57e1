package gov.buyamerican.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.buyamerican.portal.rules.purchase.PurchaseClass;
import gov.buyamerican.portal.rules.purchase.Reason;
import gov.buyamerican.portal.rules.waiver.WaiverStatus;
import gov.buyamerican.portal.rules.waiver.WaiverType;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.shared.export.ExportFormat;
import gov.buyamerican.portal.support.PortalSpringTest;
import gov.buyamerican.portal.support.TestUsers;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The report queries against a fixed data set in 2031 (no other test writes purchases or waivers there), with the
 * expected figures worked out by hand in the comments.
 *
 * <pre>
 * #  date        office vendor   channel      class                 country amount
 * 1  2031-01-05  A      Acme     DIRECT       DOMESTIC              US      60,000
 * 2  2031-01-10  A      Shenzhen MARKETPLACE  EXEMPT_MICRO_PURCHASE CN       1,000
 * 3  2031-01-20  A      Shenzhen DIRECT       FOREIGN_UNWAIVED      CN      30,000
 * 4  2031-01-25  B      Berlin   GSA          FOREIGN_WAIVED        DE      20,000
 * 5  2031-02-02  A      Acme     MARKETPLACE  DOMESTIC              US      20,000
 * 6  2031-02-14  A      Berlin   MARKETPLACE  FOREIGN_UNWAIVED      DE      16,000
 * 7  2031-02-28  B      Shenzhen CARD         EXEMPT_OTHER          CN       4,000
 * 8  2031-03-03  A      Shenzhen MARKETPLACE  UNKNOWN               -        5,000
 * 9  2031-03-31  B      Acme     DIRECT       DOMESTIC              US      50,000
 * 10 2031-04-01  A      Shenzhen DIRECT       FOREIGN_UNWAIVED      CN      99,000  (outside Jan-Mar)
 * </pre>
 */
@PortalSpringTest
class ReportServiceIT {

    private static final DashboardFilter Q1 = new DashboardFilter(YearMonth.of(2031, 1), YearMonth.of(2031, 3), null, null);
    private static final ExceptionFilter Q1_EXCEPTIONS = new ExceptionFilter(LocalDate.of(2031, 1, 1),
            LocalDate.of(2031, 3, 31), null, null, null);

    private static boolean loaded;
    private static long officeA;
    private static long officeB;
    private static long berlin;
    private static ExpiringAttestations before;

    @Autowired
    ReportService reports;
    @Autowired
    DSLContext dsl;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    gov.buyamerican.portal.reporting.internal.ReportQueries queries;

    @BeforeEach
    void load() {
        TestUsers.actAs("reporter", Role.REPORTS);
        if (loaded) {
            return;
        }
        before = reports.expiringAttestations();
        tx.executeWithoutResult(s -> {
            PurchaseTestData data = new PurchaseTestData(dsl);
            officeA = data.office("Report Test Office A");
            officeB = data.office("Report Test Office B");
            long acme = data.vendor("Acme Domestic Report Test Inc", "US");
            long shenzhen = data.vendor("Shenzhen Widgets Report Test Ltd", "CN");
            berlin = data.vendor("Berlin Tools Report Test GmbH", "DE");
            data.purchase(LocalDate.of(2031, 1, 5), officeA, acme, Channel.DIRECT_CONTRACT, Reason.ATTESTATION_DOMESTIC, "US", "60000");
            data.purchase(LocalDate.of(2031, 1, 10), officeA, shenzhen, Channel.COMMERCIAL_PLATFORM, Reason.MICRO_PURCHASE, "CN", "1000");
            data.purchase(LocalDate.of(2031, 1, 20), officeA, shenzhen, Channel.DIRECT_CONTRACT, Reason.FOREIGN_COUNTRY_OF_ORIGIN, "CN", "30000");
            data.purchase(LocalDate.of(2031, 1, 25), officeB, berlin, Channel.GSA_SCHEDULE, Reason.WAIVER_IN_FORCE, "DE", "20000");
            data.purchase(LocalDate.of(2031, 2, 2), officeA, acme, Channel.COMMERCIAL_PLATFORM, Reason.ATTESTATION_DOMESTIC, "US", "20000");
            data.purchase(LocalDate.of(2031, 2, 14), officeA, berlin, Channel.COMMERCIAL_PLATFORM, Reason.ATTESTATION_FOREIGN, "DE", "16000");
            data.purchase(LocalDate.of(2031, 2, 28), officeB, shenzhen, Channel.PURCHASE_CARD, Reason.DECLARED_EXEMPTION, "CN", "4000");
            data.purchase(LocalDate.of(2031, 3, 3), officeA, shenzhen, Channel.COMMERCIAL_PLATFORM, Reason.NO_ORIGIN_DATA, null, "5000");
            data.purchase(LocalDate.of(2031, 3, 31), officeB, acme, Channel.DIRECT_CONTRACT, Reason.PLACE_OF_MANUFACTURE_DOMESTIC, "US", "50000");
            data.purchase(LocalDate.of(2031, 4, 1), officeA, shenzhen, Channel.DIRECT_CONTRACT, Reason.FOREIGN_COUNTRY_OF_ORIGIN, "CN", "99000");
            data.rebuildRollups(officeA, officeB);

            // waivers first submitted in Q1 2031 (and one on 2030-12-31, outside)
            data.waiver("UNREASONABLE_COST", "APPROVED", LocalDateTime.of(2031, 1, 6, 10, 0), LocalDateTime.of(2031, 1, 13, 9, 0));
            data.waiver("UNREASONABLE_COST", "REJECTED", LocalDateTime.of(2031, 2, 3, 10, 0), LocalDateTime.of(2031, 2, 24, 16, 0));
            data.waiver("PUBLIC_INTEREST", "APPROVED", LocalDateTime.of(2031, 3, 3, 8, 0), LocalDateTime.of(2031, 3, 5, 8, 0));
            data.waiver("PUBLIC_INTEREST", "IN_REVIEW", LocalDateTime.of(2031, 3, 10, 8, 0), null);
            data.waiver("PUBLIC_INTEREST", "SUBMITTED", LocalDateTime.of(2030, 12, 31, 23, 0), null);

            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            long p1 = data.product("Report test pump", acme);
            long p2 = data.product("Report test valve", acme);
            long p3 = data.product("Report test gauge", acme);
            long p4 = data.product("Report test hose", acme);
            data.attestation(p1, 1, "VERIFIED", today.plusDays(10));
            data.attestation(p2, 1, "VERIFIED", today.plusDays(45));
            data.attestation(p3, 1, "VERIFIED", today.plusDays(80));
            data.attestation(p4, 1, "VERIFIED", today.plusDays(100));
            data.attestation(p4, 2, "SUBMITTED", today.plusDays(5));
        });
        loaded = true;
    }

    @AfterEach
    void clear() {
        TestUsers.clear();
    }

    @Test
    void domesticShareByMonth() {
        List<MonthSpend> months = reports.monthSpend(Q1);
        assertThat(months).extracting(MonthSpend::month)
                .containsExactly(YearMonth.of(2031, 1), YearMonth.of(2031, 2), YearMonth.of(2031, 3));
        // January: 60,000 domestic of 111,000 = 54.05 %; covered = 111,000 - 1,000 exempt = 110,000: 54.55 %
        assertThat(months.get(0).total()).isEqualTo(new Spend(4, money("111000")));
        assertThat(months.get(0).domesticShare()).isEqualByComparingTo("54.1");
        assertThat(months.get(0).domesticShareOfCovered()).isEqualByComparingTo("54.5");
        // February: 20,000 of 40,000 = 50 %; covered 36,000 (4,000 exempt other): 55.56 %
        assertThat(months.get(1).domesticShare()).isEqualByComparingTo("50.0");
        assertThat(months.get(1).domesticShareOfCovered()).isEqualByComparingTo("55.6");
        // March: 50,000 of 55,000 = 90.91 %
        assertThat(months.get(2).domesticShare()).isEqualByComparingTo("90.9");
        assertThat(months.get(2).of(PurchaseClass.UNKNOWN)).isEqualTo(new Spend(1, money("5000")));
    }

    @Test
    void dashboardTotalsAndClassification() {
        Dashboard d = reports.dashboard(Q1);
        assertThat(d.total()).isEqualTo(new Spend(9, money("206000")));
        // 130,000 domestic of 206,000 = 63.11 %; of covered 201,000 = 64.68 %
        assertThat(d.domesticShare()).isEqualByComparingTo("63.1");
        assertThat(d.domesticShareOfCovered()).isEqualByComparingTo("64.7");
        assertThat(d.foreignUnwaived()).isEqualTo(new Spend(2, money("46000")));
        Map<PurchaseClass, Spend> byClass = d.byClass();
        assertThat(byClass.get(PurchaseClass.DOMESTIC)).isEqualTo(new Spend(3, money("130000")));
        assertThat(byClass.get(PurchaseClass.FOREIGN_WAIVED)).isEqualTo(new Spend(1, money("20000")));
        assertThat(byClass.get(PurchaseClass.EXEMPT_MICRO_PURCHASE)).isEqualTo(new Spend(1, money("1000")));
        assertThat(byClass.get(PurchaseClass.EXEMPT_OTHER)).isEqualTo(new Spend(1, money("4000")));

        // office B only: purchases 4, 7, 9 = 74,000, domestic 50,000 = 67.57 %
        Dashboard b = reports.dashboard(new DashboardFilter(Q1.from(), Q1.to(), officeB, null));
        assertThat(b.total()).isEqualTo(new Spend(3, money("74000")));
        assertThat(b.domesticShare()).isEqualByComparingTo("67.6");
    }

    @Test
    void channelSplit() {
        List<ChannelSpend> channels = reports.channelSpend(Q1);
        assertThat(channels).hasSize(Channel.values().length * PurchaseClass.values().length);
        assertThat(spend(channels, Channel.COMMERCIAL_PLATFORM, PurchaseClass.DOMESTIC)).isEqualTo(new Spend(1, money("20000")));
        assertThat(spend(channels, Channel.COMMERCIAL_PLATFORM, PurchaseClass.FOREIGN_UNWAIVED)).isEqualTo(new Spend(1, money("16000")));
        assertThat(spend(channels, Channel.COMMERCIAL_PLATFORM, PurchaseClass.EXEMPT_MICRO_PURCHASE)).isEqualTo(new Spend(1, money("1000")));
        assertThat(spend(channels, Channel.COMMERCIAL_PLATFORM, PurchaseClass.UNKNOWN)).isEqualTo(new Spend(1, money("5000")));
        assertThat(spend(channels, Channel.DIRECT_CONTRACT, PurchaseClass.DOMESTIC)).isEqualTo(new Spend(2, money("110000")));
        assertThat(spend(channels, Channel.DIRECT_CONTRACT, PurchaseClass.FOREIGN_UNWAIVED)).isEqualTo(new Spend(1, money("30000")));
        assertThat(spend(channels, Channel.GSA_SCHEDULE, PurchaseClass.FOREIGN_WAIVED)).isEqualTo(new Spend(1, money("20000")));
        assertThat(spend(channels, Channel.PURCHASE_CARD, PurchaseClass.EXEMPT_OTHER)).isEqualTo(new Spend(1, money("4000")));
        assertThat(spend(channels, Channel.PURCHASE_CARD, PurchaseClass.DOMESTIC)).isEqualTo(Spend.NONE);

        // the marketplace filter keeps only marketplace spend: 42,000, domestic 20,000 = 47.62 %
        Dashboard m = reports.dashboard(new DashboardFilter(Q1.from(), Q1.to(), null, Channel.COMMERCIAL_PLATFORM));
        assertThat(m.total()).isEqualTo(new Spend(4, money("42000")));
        assertThat(m.domesticShare()).isEqualByComparingTo("47.6");
    }

    @Test
    void topCountriesAndVendorsOfForeignSpend() {
        // DE: 20,000 waived + 16,000 unwaived = 36,000; CN: 30,000 unwaived (exempt CN purchases not counted)
        List<ForeignSpend> countries = reports.topCountries(Q1);
        assertThat(countries).extracting(ForeignSpend::key).containsExactly("DE", "CN");
        assertThat(countries.get(0).waived()).isEqualTo(new Spend(1, money("20000")));
        assertThat(countries.get(0).unwaived()).isEqualTo(new Spend(1, money("16000")));
        assertThat(countries.get(0).name()).isEqualTo("Germany");
        assertThat(countries.get(1).amount()).isEqualByComparingTo("30000");

        List<ForeignSpend> vendors = reports.topVendors(Q1);
        assertThat(vendors).extracting(ForeignSpend::name)
                .containsExactly("Berlin Tools Report Test GmbH", "Shenzhen Widgets Report Test Ltd");
        assertThat(vendors.get(0).amount()).isEqualByComparingTo("36000");
        assertThat(vendors.get(0).key()).isEqualTo(String.valueOf(berlin));

        // office A: CN 30,000 then DE 16,000
        DashboardFilter a = new DashboardFilter(Q1.from(), Q1.to(), officeA, null);
        assertThat(reports.topCountries(a)).extracting(ForeignSpend::key, ForeignSpend::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CN", money("30000")),
                        org.assertj.core.groups.Tuple.tuple("DE", money("16000")));
        // marketplace: only purchase 6 is foreign
        DashboardFilter m = new DashboardFilter(Q1.from(), Q1.to(), null, Channel.COMMERCIAL_PLATFORM);
        assertThat(reports.topVendors(m)).extracting(ForeignSpend::name).containsExactly("Berlin Tools Report Test GmbH");
    }

    @Test
    void topVendorsFromTheCoarseRollupEqualTheSumOverOfficesAndOverChannels() {
        // unfiltered: purchase_foreign_vendor_rollup (V52); by office or channel: purchase_vendor_rollup
        assertThat(queries.vendorQuery(Q1, ReportService.TOP).getSQL()).contains("purchase_foreign_vendor_rollup")
                .doesNotContain("`purchase_vendor_rollup`");
        assertThat(queries.vendorQuery(new DashboardFilter(Q1.from(), Q1.to(), officeA, null), ReportService.TOP).getSQL())
                .contains("`purchase_vendor_rollup`");
        List<String> unfiltered = figures(reports.topVendors(Q1));
        // Berlin: 20,000 waived (B, GSA) + 16,000 unwaived (A, marketplace); Shenzhen: 30,000 unwaived (A, direct)
        assertThat(unfiltered).containsExactly("Berlin Tools Report Test GmbH 1/20000.0000 1/16000.0000",
                "Shenzhen Widgets Report Test Ltd 0/0.0000 1/30000.0000");
        List<ForeignSpend> byOffice = new ArrayList<>();
        for (long office : List.of(officeA, officeB)) {
            byOffice.addAll(reports.topVendors(new DashboardFilter(Q1.from(), Q1.to(), office, null)));
        }
        assertThat(figures(merge(byOffice))).isEqualTo(unfiltered);
        List<ForeignSpend> byChannel = new ArrayList<>();
        for (Channel c : Channel.values()) {
            byChannel.addAll(reports.topVendors(new DashboardFilter(Q1.from(), Q1.to(), null, c)));
        }
        assertThat(figures(merge(byChannel))).isEqualTo(unfiltered);
        // and a single month (February: only purchase 6), both ways
        DashboardFilter feb = new DashboardFilter(YearMonth.of(2031, 2), YearMonth.of(2031, 2), null, null);
        assertThat(figures(reports.topVendors(feb))).containsExactly("Berlin Tools Report Test GmbH 0/0.0000 1/16000.0000")
                .isEqualTo(figures(reports.topVendors(new DashboardFilter(feb.from(), feb.to(), officeA, null))));
    }

    @Test
    void topCountriesFromTheCoarseRollupEqualTheSumOverOfficesAndOverChannels() {
        // unfiltered: purchase_foreign_country_rollup (V53); by office or channel: purchase_country_rollup
        assertThat(queries.countryQuery(Q1, ReportService.TOP).getSQL()).contains("purchase_foreign_country_rollup")
                .doesNotContain("`purchase_country_rollup`");
        assertThat(queries.countryQuery(new DashboardFilter(Q1.from(), Q1.to(), null, Channel.COMMERCIAL_PLATFORM),
                ReportService.TOP).getSQL()).contains("`purchase_country_rollup`");
        List<String> unfiltered = figures(reports.topCountries(Q1));
        assertThat(unfiltered).hasSizeGreaterThanOrEqualTo(2);
        // the same figures from the fine rollup, summed over offices and channels by the query itself
        assertThat(unfiltered).isEqualTo(figures(gov.buyamerican.portal.reporting.internal.ReportQueries.countriesFrom(
                queries.countryQuery(Q1, ReportService.TOP, false).fetch())));
        List<ForeignSpend> byOffice = new ArrayList<>();
        for (long office : List.of(officeA, officeB)) {
            byOffice.addAll(reports.topCountries(new DashboardFilter(Q1.from(), Q1.to(), office, null)));
        }
        assertThat(figures(mergeCountries(byOffice))).isEqualTo(unfiltered);
        List<ForeignSpend> byChannel = new ArrayList<>();
        for (Channel c : Channel.values()) {
            byChannel.addAll(reports.topCountries(new DashboardFilter(Q1.from(), Q1.to(), null, c)));
        }
        assertThat(figures(mergeCountries(byChannel))).isEqualTo(unfiltered);
    }

    private static List<ForeignSpend> mergeCountries(List<ForeignSpend> parts) {
        Map<String, ForeignSpend> byKey = new TreeMap<>();
        for (ForeignSpend p : parts) {
            byKey.merge(p.key(), p, (a, b) -> new ForeignSpend(a.key(), a.name(), a.waived().plus(b.waived()),
                    a.unwaived().plus(b.unwaived())));
        }
        return byKey.values().stream()
                .sorted(Comparator.comparing(ForeignSpend::amount).reversed().thenComparing(ForeignSpend::key))
                .toList();
    }

    /** Per vendor: the sums of several filtered lists, largest total first (then key), as the card orders them. */
    private static List<ForeignSpend> merge(List<ForeignSpend> parts) {
        Map<String, ForeignSpend> byKey = new TreeMap<>();
        for (ForeignSpend p : parts) {
            byKey.merge(p.key(), p, (a, b) -> new ForeignSpend(a.key(), a.name(), a.waived().plus(b.waived()),
                    a.unwaived().plus(b.unwaived())));
        }
        return byKey.values().stream()
                .sorted(Comparator.comparing(ForeignSpend::amount).reversed().thenComparing(p -> Long.parseLong(p.key())))
                .toList();
    }

    private static List<String> figures(List<ForeignSpend> vendors) {
        return vendors.stream().map(v -> v.name() + " " + v.waived().count() + "/" + v.waived().amount().setScale(4)
                + " " + v.unwaived().count() + "/" + v.unwaived().amount().setScale(4)).toList();
    }

    @Test
    void waiversByTypeAndStatusWithMedianBusinessDays() {
        WaiverStats w = reports.waiverStats(Q1);
        assertThat(w.total()).isEqualTo(4);
        assertThat(w.counts()).extracting(WaiverStats.TypeStatusCount::type, WaiverStats.TypeStatusCount::status,
                        WaiverStats.TypeStatusCount::count)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(WaiverType.PUBLIC_INTEREST, WaiverStatus.APPROVED, 1L),
                        org.assertj.core.groups.Tuple.tuple(WaiverType.PUBLIC_INTEREST, WaiverStatus.IN_REVIEW, 1L),
                        org.assertj.core.groups.Tuple.tuple(WaiverType.UNREASONABLE_COST, WaiverStatus.APPROVED, 1L),
                        org.assertj.core.groups.Tuple.tuple(WaiverType.UNREASONABLE_COST, WaiverStatus.REJECTED, 1L));
        // Mon 2031-01-06 -> Mon 01-13: 5 business days; Mon 02-03 -> Mon 02-24: 15 less Washington's Birthday
        // (Mon 02-17) = 14; Mon 03-03 -> Wed 03-05: 2. Median of 2, 5, 14 = 5; unreasonable cost: (5 + 14) / 2 = 9.5
        assertThat(w.decided()).isEqualTo(3);
        assertThat(w.medianBusinessDays()).isEqualByComparingTo("5");
        assertThat(w.decisionTimes()).extracting(WaiverStats.DecisionTime::type, WaiverStats.DecisionTime::medianBusinessDays)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(WaiverType.PUBLIC_INTEREST, new BigDecimal("2.0")),
                        org.assertj.core.groups.Tuple.tuple(WaiverType.UNREASONABLE_COST, new BigDecimal("9.5")));
    }

    @Test
    void attestationsExpiringWithin30_60_90Days() {
        ExpiringAttestations now = reports.expiringAttestations();
        // verified ones at +10, +45 and +80 days count; +100 days and a submitted one do not
        assertThat(now.within30() - before.within30()).isEqualTo(1);
        assertThat(now.within60() - before.within60()).isEqualTo(1);
        assertThat(now.within90() - before.within90()).isEqualTo(1);
        assertThat(now.first()).extracting(ExpiringAttestations.Item::productName).contains("Report test pump");
        assertThat(now.first()).extracting(ExpiringAttestations.Item::productName).doesNotContain("Report test hose");
        assertThat(now.first()).isSortedAccordingTo(java.util.Comparator.comparing(ExpiringAttestations.Item::validUntil));
    }

    @Test
    void complianceExceptionsAboveTheMicroPurchaseThreshold() {
        List<ComplianceException> list = reports.exceptions(Q1_EXCEPTIONS, PageQuery.first(50));
        assertThat(list).extracting(ComplianceException::amount)
                .containsExactly(money("16000"), money("30000")); // newest first
        ComplianceException first = list.get(0);
        assertThat(first.vendorName()).isEqualTo("Berlin Tools Report Test GmbH");
        assertThat(first.reason()).isEqualTo(Reason.ATTESTATION_FOREIGN);
        assertThat(first.missing()).isEqualTo(Reason.ATTESTATION_FOREIGN.missing());
        assertThat(first.channel()).isEqualTo(Channel.COMMERCIAL_PLATFORM);
        assertThat(reports.countExceptions(Q1_EXCEPTIONS, 100)).isEqualTo(2);

        // sorted by amount descending, paged in the database
        PageQuery byAmount = new PageQuery(0, 1, List.of(new PageQuery.SortOrder("amount", false)));
        assertThat(reports.exceptions(Q1_EXCEPTIONS, byAmount)).extracting(ComplianceException::amount)
                .containsExactly(money("30000"));
        PageQuery second = new PageQuery(1, 1, List.of(new PageQuery.SortOrder("amount", false)));
        assertThat(reports.exceptions(Q1_EXCEPTIONS, second)).extracting(ComplianceException::amount)
                .containsExactly(money("16000"));
        // an unknown sort key is ignored, not put into SQL
        PageQuery bogus = new PageQuery(0, 5, List.of(new PageQuery.SortOrder("amount; DROP TABLE purchase", true)));
        assertThat(reports.exceptions(Q1_EXCEPTIONS, bogus)).hasSize(2);
        // without the end date, April's 99,000 comes in
        ExceptionFilter fromJanuary = new ExceptionFilter(LocalDate.of(2031, 1, 1), null, officeA, null, null);
        assertThat(reports.countExceptions(fromJanuary, 100)).isEqualTo(3);
        // the marketplace channel
        ExceptionFilter marketplace = new ExceptionFilter(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 3, 31), null,
                Channel.COMMERCIAL_PLATFORM, null);
        assertThat(reports.countExceptions(marketplace, 100)).isEqualTo(1);
    }

    @Test
    void exportsOfTheExceptionsAndTheDashboard() throws Exception {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        int rows = reports.exportExceptions(Q1_EXCEPTIONS, List.of(), ExportFormat.CSV, csv);
        assertThat(rows).isEqualTo(2);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("What is missing").contains("Berlin Tools Report Test GmbH")
                .contains(Reason.FOREIGN_COUNTRY_OF_ORIGIN.missing()).contains("16000.0000");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        reports.exportExceptions(Q1_EXCEPTIONS, List.of(), ExportFormat.XLSX, xlsx);
        assertThat(zipEntry(xlsx.toByteArray(), "xl/workbook.xml")).contains("Compliance exceptions");

        ByteArrayOutputStream dashCsv = new ByteArrayOutputStream();
        reports.exportDashboard(Q1, ExportFormat.CSV, dashCsv);
        String dash = dashCsv.toString(StandardCharsets.UTF_8);
        assertThat(dash).contains("Domestic share by month").contains("2031-01,4,111000.0000,60000.0000,110000.0000,1000.0000,54.1,54.5")
                .contains("Top vendors by foreign spend").contains("Berlin Tools Report Test GmbH,2,36000.0000");

        ByteArrayOutputStream dashXlsx = new ByteArrayOutputStream();
        reports.exportDashboard(Q1, ExportFormat.XLSX, dashXlsx);
        assertThat(zipEntry(dashXlsx.toByteArray(), "xl/workbook.xml")).contains("Domestic share by month")
                .contains("Spend by classification").contains("Attestations expiring soon");
    }

    @Test
    void pdfSummaryCarriesTheFigures() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.dashboardPdf(Q1, out);
        assertThat(out.toByteArray()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        String text;
        try (var doc = Loader.loadPDF(out.toByteArray())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("Buy American compliance summary")
                .contains("Period 2031-01 to 2031-03")
                .contains("$206,000.00")
                .contains("63.1%")
                .contains("54.1%")
                .contains("Berlin Tools Report Test GmbH")
                .contains("Germany")
                .contains("9.5 business days")
                .contains("Median time to decision");
    }

    @Test
    void onlyReportsAdminAndAuditorMayRead() {
        for (Role refused : List.of(Role.STAFF, Role.APPROVER)) {
            TestUsers.actAs("user-" + refused, refused);
            assertThatThrownBy(() -> reports.dashboard(Q1)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reports.exceptions(Q1_EXCEPTIONS, PageQuery.first(5)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reports.dashboardPdf(Q1, new ByteArrayOutputStream()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        for (Role allowed : List.of(Role.REPORTS, Role.ADMIN, Role.AUDITOR)) {
            TestUsers.actAs("user-" + allowed, allowed);
            assertThat(reports.dashboard(Q1).total().count()).isEqualTo(9);
            assertThat(reports.countExceptions(Q1_EXCEPTIONS, 10)).isEqualTo(2);
        }
    }

    private static Spend spend(List<ChannelSpend> list, Channel c, PurchaseClass pc) {
        return list.stream().filter(x -> x.channel() == c && x.classification() == pc).findFirst().orElseThrow().spend();
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount).setScale(4);
    }

    private static String zipEntry(byte[] zip, String name) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("report-", ".xlsx");
        try {
            java.nio.file.Files.write(file, zip);
            try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(file.toFile())) {
                ZipEntry e = z.getEntry(name);
                return e == null ? "" : new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
