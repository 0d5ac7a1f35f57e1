package gov.buyamerican.portal.reporting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import gov.buyamerican.portal.rules.purchase.Reason;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.support.BrowserTest;
import gov.buyamerican.portal.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reports journey of issue 6 in Chromium: purchases are there (seeded straight into the tables with their rollups:
 * the purchase import view is not on main yet), a compliance officer opens the dashboard, sees the charts drawn,
 * filters to the marketplace channel, drills down to the purchase grid, and exports the PDF summary and the tables.
 * Saves screenshots of the dashboard in the light and dark schemes under target/e2e-screenshots.
 */
class ReportsJourneyIT extends BrowserTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    TransactionTemplate tx;

    private static boolean seeded;
    private static long office;

    private void seed() {
        if (seeded) {
            return;
        }
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        tx.executeWithoutResult(s -> {
            PurchaseTestData data = new PurchaseTestData(dsl);
            office = data.office("Journey Office of Acquisitions");
            long acme = data.vendor("Journey Domestic Supply Co", "US");
            long mart = data.vendor("Journey Global Marketplace", "US");
            long shenzhen = data.vendor("Journey Shenzhen Electronics", "CN");
            long berlin = data.vendor("Journey Berlin Instruments", "DE");
            long hanoi = data.vendor("Journey Hanoi Textiles", "VN");
            for (int i = 0; i < 6; i++) {
                LocalDate d = now.minusMonths(i).atDay(3);
                data.purchase(d, office, acme, Channel.DIRECT_CONTRACT, Reason.ATTESTATION_DOMESTIC, "US", String.valueOf(80_000 + i * 7_000));
                data.purchase(d.plusDays(1), office, mart, Channel.COMMERCIAL_PLATFORM, Reason.MICRO_PURCHASE, "CN", String.valueOf(4_000 + i * 500));
                data.purchase(d.plusDays(2), office, shenzhen, Channel.COMMERCIAL_PLATFORM, Reason.FOREIGN_COUNTRY_OF_ORIGIN, "CN", String.valueOf(18_000 + i * 1_500));
                data.purchase(d.plusDays(3), office, berlin, Channel.GSA_SCHEDULE, Reason.WAIVER_IN_FORCE, "DE", String.valueOf(25_000 + i * 2_000));
                data.purchase(d.plusDays(4), office, acme, Channel.COMMERCIAL_PLATFORM, Reason.ATTESTATION_DOMESTIC, "US", String.valueOf(12_000 + i * 900));
                data.purchase(d.plusDays(5), office, hanoi, Channel.PURCHASE_CARD, Reason.DECLARED_EXEMPTION, "VN", String.valueOf(3_000 + i * 250));
                data.purchase(d.plusDays(6), office, shenzhen, Channel.DIRECT_CONTRACT, Reason.NO_ORIGIN_DATA, null, String.valueOf(9_000 + i * 300));
                data.purchase(d.plusDays(7), office, hanoi, Channel.COMMERCIAL_PLATFORM, Reason.FOREIGN_COUNTRY_OF_ORIGIN, "VN", String.valueOf(16_000 + i * 400));
            }
            data.rebuildRollups(office);
        });
        seeded = true;
    }

    @Test
    void openTheDashboardFilterToTheMarketplaceDrillDownAndExport() throws Exception {
        seed();
        String user = testUsers.ensure("reports-journey", Role.REPORTS);
        login(user, TestUsers.PASSWORD);

        page.navigate(url("reports?office=" + office));
        Locator charts = page.locator("portal-chart");
        assertThat(charts).hasCount(5);
        // the journey's data has no waiver requests and no expiring attestations: those cards say so, no empty chart
        assertThat(page.locator("#card-waivers .reports-empty")).hasText("No waiver requests were first submitted in this period.");
        assertThat(page.locator("#card-attestations .reports-empty")).hasText("No verified attestation ends in the next 90 days.");
        for (String id : new String[] {"chart-trend", "chart-classes", "chart-channels", "chart-countries", "chart-vendors"}) {
            assertThat(drawn(page.locator("#" + id))).as(id + " drawn").isTrue();
        }
        assertThat(page.locator("#kpi-total .portal-card-value")).containsText("$");
        String allChannels = page.locator("#kpi-total .portal-card-value").textContent();
        page.setViewportSize(1366, 2300);
        assertThat(drawn(page.locator("#chart-vendors"))).isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(shot("reports-dashboard-light.png")));
        page.setViewportSize(1366, 860);

        // filter to the marketplace channel: the URL keeps the filter, the figures change
        page.locator("#filter-channel").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Marketplace")).click();
        page.waitForURL(Pattern.compile(".*channel=COMMERCIAL_PLATFORM.*"));
        assertThat(page.locator("#kpi-total .portal-card-value")).not().hasText(allChannels);
        assertThat(drawn(page.locator("#chart-classes"))).isTrue();

        // the numbers as a table, with a drill-down link per row
        page.locator("#card-countries vaadin-details").click();
        Locator countryTable = page.locator("#table-countries");
        assertThat(countryTable).containsText("China");
        assertThat(countryTable).containsText("Vietnam");

        // export: the PDF summary and the tables as XLSX
        page.locator("#dashboard-export").click();
        Download pdf = page.waitForDownload(() -> page.getByText("PDF summary").click());
        assertThat(pdf.suggestedFilename()).endsWith(".pdf");
        assertThat(new String(Files.readAllBytes(pdf.path()), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        page.locator("#dashboard-export").click();
        Download csv = page.waitForDownload(() -> page.getByText("Tables as CSV").click());
        assertThat(Files.readString(csv.path(), StandardCharsets.UTF_8)).contains("Top vendors by foreign spend")
                .contains("Journey Shenzhen Electronics");

        // drill down from a chart element: a click on the marketplace bar of "Foreign, no waiver" in the channel chart
        page.locator("#chart-channels").evaluate("el => el.dispatchEvent(new CustomEvent('chart-click', "
                + "{detail: {datasetIndex: 0, index: 4}}))");
        page.waitForURL(Pattern.compile(".*/purchases\\?.*"));
        String drilled = page.url();
        assertThat(drilled).contains("office=" + office).contains("channel=COMMERCIAL_PLATFORM")
                .contains("class=FOREIGN_UNWAIVED").containsPattern("from=\\d{4}-\\d{2}-01").containsPattern("to=\\d{4}-\\d{2}-\\d{2}");

        // and from a table row's link
        page.navigate(url("reports?office=" + office + "&channel=COMMERCIAL_PLATFORM"));
        page.locator("#card-vendors vaadin-details").click();
        page.locator("#table-vendors a").filter(new Locator.FilterOptions().setHasText("View purchases")).first().click();
        page.waitForURL(Pattern.compile(".*/purchases\\?.*vendor=\\d+.*"));
        assertThat(page.url()).contains("class=FOREIGN_WAIVED").contains("class=FOREIGN_UNWAIVED");
    }

    @Test
    void darkSchemeAndTheExceptionsList() throws Exception {
        seed();
        String user = testUsers.ensure("reports-journey", Role.REPORTS);
        login(user, TestUsers.PASSWORD);
        // the user menu's dark theme (kept in the browser), then a fresh page so that the charts read the dark colours
        page.locator("#user-menu").click();
        page.locator("#toggle-theme").click();
        assertThat(page.locator("html[theme~=dark]")).hasCount(1);
        page.navigate(url("reports?office=" + office));
        page.waitForFunction("() => (document.documentElement.getAttribute('theme') || '').includes('dark')"
                + " || getComputedStyle(document.documentElement).colorScheme.includes('dark')");
        assertThat(drawn(page.locator("#chart-trend"))).isTrue();
        page.setViewportSize(1366, 2300);
        assertThat(drawn(page.locator("#chart-vendors"))).isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(shot("reports-dashboard-dark.png")));
        page.setViewportSize(1366, 860);

        page.locator("#open-exceptions").click();
        assertThat(page.locator("#exceptions-grid")).containsText("Journey Shenzhen Electronics");
        assertThat(page.locator("#exceptions-grid")).containsText("An approved waiver, an exception");
        page.screenshot(new Page.ScreenshotOptions().setPath(shot("reports-exceptions-dark.png")));
        page.locator("#exceptions-export").click();
        Download csv = page.waitForDownload(() -> page.getByText("CSV file").click());
        assertThat(Files.readString(csv.path(), StandardCharsets.UTF_8)).contains("What is missing")
                .contains("Journey Hanoi Textiles");
    }

    /** True when the chart's canvas has at least one painted pixel. */
    private static boolean drawn(Locator chart) {
        chart.waitFor();
        return (Boolean) chart.evaluate("""
                el => { const c = el.shadowRoot.querySelector('canvas');
                        if (!c || c.width === 0 || c.height === 0) return false;
                        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                        for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) return true; }
                        return false; }""");
    }

    private static Path shot(String name) throws Exception {
        Path dir = Path.of("target", "e2e-screenshots");
        Files.createDirectories(dir);
        return dir.resolve(name);
    }
}
