package gov.buyamerican.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import gov.buyamerican.portal.reporting.DashboardFilter;
import gov.buyamerican.portal.reporting.ReportService;
import gov.buyamerican.portal.reporting.internal.ReportQueries;
import gov.buyamerican.portal.reporting.Channel;
import gov.buyamerican.portal.reporting.PurchaseTestData;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.support.PortalSpringTest;
import gov.buyamerican.portal.support.TestUsers;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.conf.ParamType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 6 "Scale", the dashboard half: generates 1,000,000 purchases over three years with set-based SQL (MariaDB's
 * Sequence engine), builds the rollups from them the way the purchase module keeps them, then times every dashboard
 * card through {@link ReportService} (method security, the jOOQ query, mapping) against the very SQL it runs executed
 * raw on JDBC, the whole dashboard for 12 months and for 3 years, the plain GROUP BY over the purchase rows for
 * comparison, and the heap one logged-in dashboard session keeps (N sessions in headless Chromium, retained heap
 * after full GCs ÷ N).
 *
 * <p>Run alone: {@code ./mvnw verify -Pbench -Dit.test=DashboardBenchmarkIT}. Figures: bench/README.md, "Dashboard".
 */
@Tag("benchmark")
@PortalSpringTest
class DashboardBenchmarkIT {

    static final int PURCHASES = 1_000_000;
    static final int OFFICES = 40;
    static final int VENDORS = 5_000;
    static final int WARM_UP = 20;
    static final int RUNS = 100;
    static final double RATIO_TARGET = 1.2;
    static final double DASHBOARD_TARGET_MS = 300;
    static final int SESSIONS = 20;
    static final String[] FOREIGN_COUNTRIES = {"CN", "DE", "MX", "CA", "JP", "KR", "VN", "TW", "IN", "IT", "FR", "GB",
            "MY", "TH", "BR"};

    @Autowired
    ReportService reports;
    @Autowired
    ReportQueries queries;
    @Autowired
    DSLContext dsl;
    @Autowired
    DataSource dataSource;
    @Autowired
    TestUsers testUsers;
    @LocalServerPort
    int port;

    private final List<String> report = new ArrayList<>();
    private final LoadWatch load = new LoadWatch();

    @BeforeEach
    void actAsReports() {
        testUsers.ensure("dashboard-bench", Role.REPORTS);
        TestUsers.actAs("dashboard-bench", Role.REPORTS);
    }

    @AfterEach
    void clear() {
        TestUsers.clear();
    }

    record Timing(double p50, double p95) {
        static Timing of(double[] millis) {
            double[] s = millis.clone();
            Arrays.sort(s);
            return new Timing(s[idx(s, 50)], s[idx(s, 95)]);
        }

        private static int idx(double[] s, int p) {
            return Math.max(0, Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1));
        }
    }

    /** A card: through the service, its query fetched by jOOQ alone (no service proxies), and its SQL run raw. */
    record Card(String name, Supplier<Object> service, Supplier<Object> jooq, List<String> sql) {
    }

    @Test
    void dashboardCardsAtOneMillionPurchases() throws Exception {
        line("Dashboard benchmark: " + String.format(Locale.US, "%,d", PURCHASES) + " generated purchases over 3 years, "
                + OFFICES + " offices, " + VENDORS + " vendors; " + RUNS + " runs per card after " + WARM_UP
                + " warm-up runs; times in ms");
        line("machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, Java " + System.getProperty("java.version")
                + ", MariaDB " + dsl.fetchValue("SELECT VERSION()") + "; load average " + load.read());
        generate();

        DashboardFilter year = new DashboardFilter(YearMonth.of(2026, 1), YearMonth.of(2026, 12), null, null);
        DashboardFilter threeYears = new DashboardFilter(YearMonth.of(2024, 1), YearMonth.of(2026, 12), null, null);
        long someOffice = number("SELECT MIN(id) + 3 FROM office WHERE code LIKE 'BENCH%'");
        DashboardFilter filtered = new DashboardFilter(YearMonth.of(2024, 1), YearMonth.of(2026, 12), someOffice,
                Channel.COMMERCIAL_PLATFORM);
        List<String> misses = new ArrayList<>();

        for (var entry : List.of(Map.entry("12 months", year), Map.entry("3 years", threeYears),
                Map.entry("3 years, one office, marketplace", filtered))) {
            DashboardFilter f = entry.getValue();
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            List<Card> cards = List.of(
                    new Card("trend + classification + key figures", () -> reports.monthSpend(f),
                            () -> queries.monthQuery(f).fetch(), sql(queries.monthQuery(f))),
                    new Card("marketplace vs direct", () -> reports.channelSpend(f),
                            () -> queries.channelQuery(f).fetch(), sql(queries.channelQuery(f))),
                    new Card("top countries (foreign)", () -> reports.topCountries(f),
                            () -> queries.countryQuery(f, ReportService.TOP).fetch(), sql(queries.countryQuery(f, ReportService.TOP))),
                    new Card("top vendors (foreign)", () -> reports.topVendors(f),
                            () -> queries.vendorQuery(f, ReportService.TOP).fetch(), sql(queries.vendorQuery(f, ReportService.TOP))),
                    new Card("waivers by type/status, median", () -> reports.waiverStats(f),
                            () -> queries.waiverQuery(f).fetch(), sql(queries.waiverQuery(f))),
                    new Card("attestations expiring", () -> reports.expiringAttestations(),
                            () -> queries.expiringQuery(today, ReportService.EXPIRING_LISTED).fetch(),
                            sql(queries.expiringQuery(today, ReportService.EXPIRING_LISTED))));
            line("");
            line("cards, " + entry.getKey() + " (" + f.from() + " to " + f.to() + "); load average " + load.read());
            line(String.format(Locale.US, "%-40s %8s %8s %8s %8s %8s %9s", "card", "svc p50", "svc p95", "jOOQ p50",
                    "raw p50", "raw p95", "p50 ratio"));
            for (Card c : cards) {
                double[][] all = timeAlternating(RUNS, () -> c.service().get(), () -> c.jooq().get(),
                        () -> c.sql().stream().mapToInt(sql -> RawSql.readAll(dataSource, sql)).sum());
                Timing ts = Timing.of(all[0]);
                Timing tj = Timing.of(all[1]);
                Timing tr = Timing.of(all[2]);
                double ratio = ts.p50() / tr.p50();
                line(String.format(Locale.US, "%-40s %8.2f %8.2f %8.2f %8.2f %8.2f %8.2fx", c.name(), ts.p50(), ts.p95(),
                        tj.p50(), tr.p50(), tr.p95(), ratio));
                if (ratio > RATIO_TARGET && ts.p50() - tr.p50() > 0.5) {
                    misses.add(entry.getKey() + " / " + c.name() + ": " + String.format(Locale.US, "%.2fx", ratio));
                }
            }
            // the same two cards without the classification-led indexes of V45 (the rollups' primary keys only)
            for (var ignored : List.of(
                    Map.entry("top countries, fine rollup, without V45 index", sql(queries.countryQuery(f, ReportService.TOP, false)).getFirst()
                            .replaceFirst("(?i)(from `purchase_country_rollup`)", "$1 IGNORE INDEX (ix_purchase_country_rollup_class)")),
                    Map.entry("top vendors, fine rollup, without V45 index", sql(queries.vendorQuery(f, ReportService.TOP, false)).getFirst()
                            .replaceFirst("(?i)(from `purchase_vendor_rollup`)", "$1 IGNORE INDEX (ix_purchase_vendor_rollup_class)")))) {
                assertThat(ignored.getValue()).contains("IGNORE INDEX");
                Timing t = Timing.of(time(() -> RawSql.readAll(dataSource, ignored.getValue()), 20));
                line(String.format(Locale.US, "%-40s %8s %8s %8.2f %8.2f", "  raw: " + ignored.getKey(), "", "", t.p50(), t.p95()));
            }
            if (f.officeId() == null && f.channel() == null) {
                // the cards before V52 and V53: the fine rollups (month, office, channel, class, vendor or country)
                // through the V45 indexes
                String fine = sql(queries.vendorQuery(f, ReportService.TOP, false)).getFirst();
                assertThat(fine).contains("`purchase_vendor_rollup`");
                Timing t = Timing.of(time(() -> RawSql.readAll(dataSource, fine), 20));
                line(String.format(Locale.US, "%-40s %8s %8s %8.2f %8.2f", "  raw: top vendors, fine rollup (before V52)", "", "",
                        t.p50(), t.p95()));
                String fineCountries = sql(queries.countryQuery(f, ReportService.TOP, false)).getFirst();
                assertThat(fineCountries).contains("`purchase_country_rollup`");
                Timing tc = Timing.of(time(() -> RawSql.readAll(dataSource, fineCountries), 20));
                line(String.format(Locale.US, "%-40s %8s %8s %8.2f %8.2f", "  raw: top countries, fine rollup (before V53)", "", "",
                        tc.p50(), tc.p95()));
            }
            double[] whole = time(() -> reports.dashboard(f), RUNS / 2);
            Timing tw = Timing.of(whole);
            line(String.format(Locale.US, "%-40s %8.2f %8.2f", "whole dashboard (all cards, 1 transaction)", tw.p50(), tw.p95()));
            if (tw.p95() >= DASHBOARD_TARGET_MS) {
                misses.add(entry.getKey() + " / whole dashboard p95 " + tw.p95() + " ms");
            }
        }

        line("");
        line("for comparison, a plain GROUP BY over the 1,000,000 purchase rows (3 years, 5 runs after 1 warm-up):");
        String period = "purchase_date BETWEEN '2024-01-01' AND '2026-12-31'";
        Map<String, String> detail = new java.util.LinkedHashMap<>();
        detail.put("trend + classification", "SELECT DATE_FORMAT(purchase_date, '%Y-%m-01') m, classification, COUNT(*), "
                + "SUM(total_amount) FROM purchase WHERE " + period + " GROUP BY 1, 2");
        detail.put("marketplace vs direct", "SELECT channel, classification, COUNT(*), SUM(total_amount) FROM purchase WHERE "
                + period + " GROUP BY 1, 2");
        detail.put("top countries (foreign)", "SELECT origin_country, SUM(total_amount) t FROM purchase WHERE " + period
                + " AND classification IN ('FOREIGN_WAIVED', 'FOREIGN_UNWAIVED') GROUP BY 1 ORDER BY t DESC LIMIT 10");
        detail.put("top vendors (foreign)", "SELECT p.vendor_id, v.legal_name, SUM(p.total_amount) t FROM purchase p JOIN vendor v "
                + "ON v.id = p.vendor_id WHERE " + period.replace("purchase_date", "p.purchase_date")
                + " AND p.classification IN ('FOREIGN_WAIVED', 'FOREIGN_UNWAIVED') GROUP BY 1, 2 ORDER BY t DESC LIMIT 10");
        line(String.format(Locale.US, "%-40s %8s %8s", "query over the detail rows", "p50", "max"));
        for (var d : detail.entrySet()) {
            RawSql.readAll(dataSource, d.getValue());
            double[] t = time(() -> RawSql.readAll(dataSource, d.getValue()), 5);
            Arrays.sort(t);
            line(String.format(Locale.US, "%-40s %8.1f %8.1f", d.getKey(), t[2], t[4]));
        }

        // the timings are judged on the load while they ran: the 20 browsers of the heap measurement below load the
        // machine themselves
        line("");
        line("load average after the timings: " + load.read());
        boolean overloaded = load.overloaded();
        double maxDuringTimings = load.max();
        line("heap per logged-in dashboard session; load average " + load.read());
        sessions();

        line("");
        line("load average at the end (the 20 browsers included): " + load.read());
        line(misses.isEmpty() ? "All targets met: each card within " + RATIO_TARGET + "x of its raw SQL (p50, or under "
                + "0.5 ms apart); whole dashboard p95 < " + DASHBOARD_TARGET_MS + " ms"
                : "Targets missed: " + String.join("; ", misses));
        if (overloaded && !misses.isEmpty()) {
            line("Not judged: other processes kept the machine overloaded (1-minute load average up to " + maxDuringTimings
                    + " on " + Runtime.getRuntime().availableProcessors() + " CPUs).");
        }
        Path out = Path.of("target", "bench", "dashboard-benchmark.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join(System.lineSeparator(), report) + System.lineSeparator());
        if (!overloaded) {
            assertThat(misses).as("targets").isEmpty();
        }
    }

    /** Offices, vendors and 1,000,000 purchases with set-based INSERT ... SELECT, then the rollups from them. */
    private void generate() {
        if (number("SELECT COUNT(*) FROM purchase WHERE source_key LIKE 'bench:%'") >= PURCHASES) {
            line("purchases already generated");
            return;
        }
        long start = System.nanoTime();
        dsl.execute("INSERT INTO office (code, name, created_at, updated_at) SELECT CONCAT('BENCH', seq), "
                + "CONCAT('Bench office ', seq), NOW(6), NOW(6) FROM seq_1_to_" + OFFICES);
        String countries = "'US', " + String.join(", ", Arrays.stream(FOREIGN_COUNTRIES).map(c -> "'" + c + "'").toList());
        dsl.execute("INSERT INTO vendor (legal_name, country_code, created_at, updated_at) SELECT CONCAT('Bench vendor ', "
                + "LPAD(seq, 5, '0')), ELT(1 + seq % 16, " + countries + "), NOW(6), NOW(6) FROM seq_1_to_" + VENDORS);
        long office0 = number("SELECT MIN(id) FROM office WHERE code LIKE 'BENCH%'");
        long vendor0 = number("SELECT MIN(id) FROM vendor WHERE legal_name LIKE 'Bench vendor %'");
        // every attribute from its own hash of the row number (independent of each other); class shares: domestic 40 %,
        // exempt micro-purchase 25 %, foreign waived 10 %, foreign unwaived 10 %, unknown 10 %, exempt other 5 %;
        // vendors skewed like real spend (the cube of a uniform number: half the purchases go to the first 12.5 % of
        // the vendors), dates uniform over 2024-2026, offices uniform, channels 40 % marketplace
        String cls = "ELT(1 + CRC32(CONCAT('c', x.seq)) % 20, 'DOMESTIC', 'DOMESTIC', 'DOMESTIC', 'DOMESTIC', 'DOMESTIC', 'DOMESTIC', "
                + "'DOMESTIC', 'DOMESTIC', 'EXEMPT_MICRO_PURCHASE', 'EXEMPT_MICRO_PURCHASE', 'EXEMPT_MICRO_PURCHASE', "
                + "'EXEMPT_MICRO_PURCHASE', 'EXEMPT_MICRO_PURCHASE', 'FOREIGN_WAIVED', 'FOREIGN_WAIVED', "
                + "'FOREIGN_UNWAIVED', 'FOREIGN_UNWAIVED', 'UNKNOWN', 'UNKNOWN', 'EXEMPT_OTHER')";
        String foreign = "ELT(1 + CRC32(CONCAT('k', s.seq)) % " + FOREIGN_COUNTRIES.length + ", "
                + String.join(", ", Arrays.stream(FOREIGN_COUNTRIES).map(c -> "'" + c + "'").toList()) + ")";
        dsl.execute("SET SESSION foreign_key_checks = 0");
        try {
            int chunk = 100_000;
            for (int done = 0; done < PURCHASES; done += chunk) {
                dsl.execute("INSERT INTO purchase (source, source_key, purchase_date, office_id, vendor_id, description, "
                        + "total_amount, channel, order_number, origin_country, classification, classification_reason, "
                        + "classification_note, micro_purchase_threshold, classified_at, created_by, created_at, updated_at) "
                        + "SELECT 'MARKETPLACE', CONCAT('bench:', s.seq), DATE_ADD('2024-01-01', INTERVAL CRC32(CONCAT('d', s.seq)) % 1096 DAY), "
                        + office0 + " + CRC32(CONCAT('o', s.seq)) % " + OFFICES + ", " + vendor0
                        + " + FLOOR(" + VENDORS + " * POW((CRC32(CONCAT('v', s.seq)) % 1000000) / 1000000, 3))"
                        + ", 'Generated purchase', "
                        + "CASE WHEN s.cls = 'EXEMPT_MICRO_PURCHASE' THEN 10 + CRC32(CONCAT('a', s.seq)) % 14990 "
                        + "ELSE 15001 + CRC32(CONCAT('a', s.seq)) % 485000 END, "
                        + "ELT(1 + CRC32(CONCAT('h', s.seq)) % 10, 'COMMERCIAL_PLATFORM', 'COMMERCIAL_PLATFORM', 'COMMERCIAL_PLATFORM', "
                        + "'COMMERCIAL_PLATFORM', 'DIRECT_CONTRACT', 'DIRECT_CONTRACT', 'DIRECT_CONTRACT', 'GSA_SCHEDULE', "
                        + "'PURCHASE_CARD', 'PURCHASE_CARD'), CONCAT('B-', s.seq), "
                        + "CASE s.cls WHEN 'DOMESTIC' THEN 'US' WHEN 'UNKNOWN' THEN NULL ELSE " + foreign + " END, s.cls, "
                        + "CASE s.cls WHEN 'DOMESTIC' THEN 'ATTESTATION_DOMESTIC' WHEN 'EXEMPT_MICRO_PURCHASE' THEN 'MICRO_PURCHASE' "
                        + "WHEN 'FOREIGN_WAIVED' THEN 'WAIVER_IN_FORCE' WHEN 'FOREIGN_UNWAIVED' THEN 'FOREIGN_COUNTRY_OF_ORIGIN' "
                        + "WHEN 'UNKNOWN' THEN 'NO_ORIGIN_DATA' ELSE 'DECLARED_EXEMPTION' END, 'generated', 15000, NOW(6), "
                        + "'bench', NOW(6), NOW(6) "
                        + "FROM (SELECT x.seq, " + cls + " AS cls FROM (SELECT seq + " + done + " AS seq FROM seq_1_to_"
                        + chunk + ") x) s");
            }
        } finally {
            dsl.execute("SET SESSION foreign_key_checks = 1");
        }
        long loaded = System.nanoTime();
        line(String.format(Locale.US, "generated %,d purchases in %,d ms (INSERT ... SELECT from seq_1_to_100000, 10 chunks)",
                PURCHASES, (loaded - start) / 1_000_000));
        PurchaseTestData.rebuildRollups(dsl, "office_id >= " + office0);
        dsl.execute("INSERT INTO waiver_request (origin, waiver_number, waiver_type, status, requester, procurement_title, "
                + "submitted_at, first_submitted_at, decided_at, created_at, updated_at) SELECT 'PORTAL', CONCAT('W-BENCH-', seq), "
                + "ELT(1 + seq % 6, 'PUBLIC_INTEREST', 'NONAVAILABILITY_INDIVIDUAL', 'NONAVAILABILITY_LISTED_CLASS', "
                + "'UNREASONABLE_COST', 'RESALE', 'COMMERCIAL_IT'), ELT(1 + seq % 5, 'APPROVED', 'REJECTED', 'IN_REVIEW', "
                + "'SUBMITTED', 'APPROVED'), 'bench', 'Bench waiver', "
                + "DATE_ADD('2024-01-01', INTERVAL seq DAY), DATE_ADD('2024-01-01', INTERVAL seq DAY), "
                + "IF(seq % 5 IN (0, 1, 4), DATE_ADD('2024-01-01', INTERVAL seq + 3 + seq % 40 DAY), NULL), NOW(6), NOW(6) "
                + "FROM seq_1_to_1000");
        dsl.execute("ANALYZE TABLE purchase, purchase_month_rollup, purchase_country_rollup, purchase_vendor_rollup, "
                + "purchase_foreign_vendor_rollup, purchase_foreign_country_rollup, waiver_request");
        line(String.format(Locale.US, "built the rollups from the detail rows in %,d ms: month %,d rows, country %,d rows, "
                        + "vendor %,d rows, foreign vendor %,d rows, foreign country %,d rows; 1,000 waiver requests",
                (System.nanoTime() - loaded) / 1_000_000,
                dsl.fetchCount(gov.buyamerican.portal.db.Tables.PURCHASE_MONTH_ROLLUP),
                dsl.fetchCount(gov.buyamerican.portal.db.Tables.PURCHASE_COUNTRY_ROLLUP),
                dsl.fetchCount(gov.buyamerican.portal.db.Tables.PURCHASE_VENDOR_ROLLUP),
                dsl.fetchCount(gov.buyamerican.portal.db.Tables.PURCHASE_FOREIGN_VENDOR_ROLLUP),
                dsl.fetchCount(gov.buyamerican.portal.db.Tables.PURCHASE_FOREIGN_COUNTRY_ROLLUP)));
    }

    /**
     * Opens {@link #SESSIONS} logged-in dashboards in separate headless Chromium contexts (each its own HTTP and Vaadin
     * session) and measures the heap this JVM (the server) retains after full GCs, against the same measure before.
     */
    private void sessions() throws Exception {
        String chromium = System.getProperty("chromium.path", "/usr/bin/chromium");
        String user = testUsers.ensure("dashboard-bench-ui", Role.REPORTS);
        try (Playwright pw = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of(chromium))
                     .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage")))) {
            // one session first, so that classes, caches and the Vaadin service are loaded before the baseline
            List<BrowserContext> contexts = new ArrayList<>();
            Page warm = openSession(browser, user, contexts);
            openReports(warm);
            long before = retainedHeap();
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                pages.add(openSession(browser, user, contexts));
            }
            long home = retainedHeap();
            for (Page p : pages) {
                openReports(p);
            }
            long dashboards = retainedHeap();
            line(String.format(Locale.US, "retained heap after full GCs: %,.1f MB before, %,.1f MB with %d more sessions on "
                    + "the home page, %,.1f MB once each of them opened the dashboard (12 months, all cards)",
                    before / 1e6, home / 1e6, SESSIONS, dashboards / 1e6));
            line(String.format(Locale.US, "per logged-in session: %,.0f KB on the home page, %,.0f KB on the dashboard; the "
                            + "dashboard view itself: %,.0f KB (includes the login page's UI still held by the session, "
                            + "the HTTP session and Spring Security's context; Vaadin development mode)",
                    (home - before) / 1e3 / SESSIONS, (dashboards - before) / 1e3 / SESSIONS,
                    (dashboards - home) / 1e3 / SESSIONS));
            for (BrowserContext c : contexts) {
                c.close();
            }
        }
    }

    /** Logs in through the form in a new browser context and waits for the home page. */
    private Page openSession(Browser browser, String user, List<BrowserContext> contexts) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900));
        contexts.add(context);
        context.setDefaultTimeout(90_000);
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name=username]").fill(user);
        page.locator("input[name=password]").fill(TestUsers.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.locator("vaadin-app-layout").waitFor();
        return page;
    }

    /** Opens the dashboard from the side menu: a navigation inside the same Vaadin UI, as a user would. */
    private static void openReports(Page page) {
        page.locator("vaadin-side-nav-item[path$='reports']").first().click();
        page.locator("#card-vendors portal-chart").waitFor();
    }

    private static long retainedHeap() throws InterruptedException {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
            best = Math.min(best, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return best;
    }

    private long number(String sql) {
        return ((Number) dsl.fetchValue(sql)).longValue();
    }

    private static List<String> sql(Query q) {
        return List.of(q.getSQL(ParamType.INLINED));
    }

    /**
     * Runs the actions in turn, {@code runs} rounds after the warm-up, each round starting with the next action (so
     * that no action always runs first, or always right after the same other one); {@return the milliseconds, per
     * action}
     */
    @SafeVarargs
    private static double[][] timeAlternating(int runs, Supplier<Object>... actions) {
        for (int i = 0; i < WARM_UP; i++) {
            for (Supplier<Object> a : actions) {
                a.get();
            }
        }
        double[][] millis = new double[actions.length][runs];
        for (int i = 0; i < runs; i++) {
            for (int j = 0; j < actions.length; j++) {
                int k = (i + j) % actions.length;
                long a = System.nanoTime();
                actions[k].get();
                millis[k][i] = (System.nanoTime() - a) / 1e6;
            }
        }
        return millis;
    }

    private static double[] time(Supplier<Object> action, int runs) {
        action.get();
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long a = System.nanoTime();
            action.get();
            millis[i] = (System.nanoTime() - a) / 1e6;
        }
        return millis;
    }



    private void line(String text) {
        System.out.println(text);
        report.add(text);
    }
}
