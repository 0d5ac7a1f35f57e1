package gov.buyamerican.portal.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import gov.buyamerican.portal.attestation.Attestation;
import gov.buyamerican.portal.attestation.AttestationFixtures;
import gov.buyamerican.portal.attestation.AttestationService;
import gov.buyamerican.portal.catalog.Product;
import gov.buyamerican.portal.purchase.PurchaseChannel;
import gov.buyamerican.portal.purchase.PurchaseFixtures;
import gov.buyamerican.portal.purchase.PurchaseForm;
import gov.buyamerican.portal.purchase.PurchaseService;
import gov.buyamerican.portal.rules.domesticcontent.ProductKind;
import gov.buyamerican.portal.rules.waiver.WaiverType;
import gov.buyamerican.portal.security.AuthorityLevel;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.support.Axe;
import gov.buyamerican.portal.support.BrowserTest;
import gov.buyamerican.portal.support.TestUsers;
import gov.buyamerican.portal.waiver.WaiverDetails;
import gov.buyamerican.portal.waiver.WaiverFixtures;
import gov.buyamerican.portal.waiver.WaiverService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Section 508 / WCAG 2.1 AA, checked by axe-core in headless Chromium on every row of {@link A11yTable}: each page (and
 * each dialog or menu a row opens) as every role that can open it, in the light theme; each row once more in the dark
 * theme. One logged-in browser context per role visits its rows in sequence. Any WCAG A/AA violation of impact serious
 * or critical fails the test; everything axe finds is written to {@code target/a11y-report.md}.
 *
 * <p>Run alone: {@code ./mvnw verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=AccessibilityIT}.
 */
class AccessibilityIT extends BrowserTest {

    /** Rows already checked in the dark theme (once per row, as the first role that opens it). */
    private static final Set<String> DARK_DONE = new HashSet<>();
    private static A11yTable.Fixture fixture;
    /** The path the page shows now (set after a load; rows on the same path reuse it while nothing is left open). */
    private String loadedPath;

    @Autowired AttestationFixtures attestationFixtures;
    @Autowired AttestationService attestations;
    @Autowired WaiverService waivers;
    @Autowired PurchaseService purchases;
    @Autowired PurchaseFixtures purchaseFixtures;

    @AfterAll
    static void writeReport() throws Exception {
        A11yReport.write();
    }

    static String user(Role role) {
        return "a11y-" + role.name().toLowerCase(Locale.ROOT);
    }

    /** Records the table's paths need, created once per test JVM through the services. */
    private synchronized A11yTable.Fixture fixture() {
        if (fixture != null) {
            return fixture;
        }
        for (Role r : Role.values()) {
            testUsers.ensure(user(r), r == Role.APPROVER ? AuthorityLevel.CONTRACTING_OFFICER : null, r);
        }
        try {
            Product product = attestationFixtures.product(ProductKind.MANUFACTURED);
            // submitted by someone else than the a11y users, so that staff see Verify and Reject
            TestUsers.actAs(testUsers.ensure("fixture-staff", Role.STAFF), Role.STAFF);
            Attestation draft = attestations.createDraft(product.id(), AttestationFixtures.form("70", "30"));
            Attestation submitted = attestations.submit(draft.id(), draft.version(), AttestationFixtures.form("70", "30"));
            // a vendor's one-time link for another product
            Product invited = attestationFixtures.product(ProductKind.MANUFACTURED);
            TestUsers.actAs(testUsers.ensure("fixture-staff", Role.STAFF), Role.STAFF);
            String token = attestations.invite(invited.id(), "Robin Vendor",
                    AttestationFixtures.unique("a11y") + "@example.com", url("").replaceAll("/$", "")).token();
            // waivers requested by the staff user: one submitted, one draft (editable and withdrawable by them)
            TestUsers.actAs(user(Role.STAFF), Role.STAFF);
            WaiverDetails w = waivers.createDraft(WaiverFixtures.complete(WaiverType.UNREASONABLE_COST,
                    WaiverFixtures.unique("A11y submitted")));
            w = waivers.submit(w.id(), w.version());
            WaiverDetails d = waivers.createDraft(WaiverFixtures.complete(WaiverType.UNREASONABLE_COST,
                    WaiverFixtures.unique("A11y draft")));
            // a purchase from the product's vendor
            var office = purchaseFixtures.office();
            TestUsers.actAs(user(Role.STAFF), Role.STAFF);
            long purchase = purchases.record(new PurchaseForm(LocalDate.now().minusDays(3), office.id(), product.offerorId(),
                    null, null, "Hydraulic valves", null, null, new BigDecimal("1250.00"), PurchaseChannel.DIRECT_CONTRACT,
                    null, null, "US", null, null, null)).id();
            fixture = new A11yTable.Fixture(product.offerorId(), product.id(), submitted.id(), w.id(), d.id(), token,
                    purchase);
            return fixture;
        } finally {
            TestUsers.clear();
        }
    }

    @ParameterizedTest(name = "every view as {0}")
    @EnumSource(Role.class)
    void everyViewPassesAxeAs(Role role) {
        A11yTable.Fixture f = fixture();
        login(user(role), TestUsers.PASSWORD);
        List<A11yReport.Entry> entries = new ArrayList<>();
        for (A11yTable.Check c : A11yTable.checks()) {
            if (!c.anonymous() && c.effectiveRoles().contains(role)) {
                entries.addAll(check(c, f, role.name()));
            }
        }
        assertThat(entries).as("rows checked as " + role).isNotEmpty();
        assertNoBlocking(entries);
    }

    @Test
    void anonymousPagesPassAxe() {
        A11yTable.Fixture f = fixture();
        List<A11yReport.Entry> entries = new ArrayList<>();
        for (A11yTable.Check c : A11yTable.checks()) {
            if (c.anonymous()) {
                entries.addAll(check(c, f, "anonymous"));
            }
        }
        assertThat(entries).hasSizeGreaterThanOrEqualTo(4);
        assertNoBlocking(entries);
    }

    /** The checker itself: a small static page with known violations, in light DOM and inside an open shadow root. */
    @Test
    void theCheckerFindsSeededViolations() {
        page.setContent("""
                <!doctype html><html lang="en"><head><title>Seeded</title></head><body><main>
                <h1>Seeded violations</h1>
                <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
                <p style="color:#bbbbbb;background:#ffffff">Low contrast text</p>
                <input type="text">
                <div id="host"></div>
                <script>
                  const root = document.getElementById('host').attachShadow({mode: 'open'});
                  root.innerHTML = '<button></button>';
                </script>
                </main></body></html>""");
        List<Axe.Violation> found = Axe.run(page);
        assertThat(found).filteredOn(Axe.Violation::blocking).extracting(Axe.Violation::rule)
                .contains("image-alt", "color-contrast", "label", "button-name");
        assertThat(found).filteredOn(v -> v.rule().equals("button-name")).singleElement()
                .satisfies(v -> assertThat(v.nodes().getFirst().target()).contains("#host"));

        page.setContent("""
                <!doctype html><html lang="en"><head><title>Clean</title></head><body><main>
                <h1>Nothing wrong here</h1><label>Name <input type="text"></label><button>Save</button>
                </main></body></html>""");
        assertThat(Axe.run(page)).filteredOn(Axe.Violation::blocking).isEmpty();

        // our own rules: a grid without a name, a chart whose canvas has no role and name
        page.setContent("""
                <!doctype html><html lang="en"><head><title>Seeded</title></head><body><main>
                <vaadin-grid></vaadin-grid><vaadin-grid aria-label="Named"></vaadin-grid>
                <div><portal-chart aria-label="Spend"></portal-chart></div>
                </main></body></html>""");
        assertThat(portalRules()).allMatch(Axe.Violation::blocking).extracting(Axe.Violation::rule)
                .containsExactly("portal-grid-name", "portal-chart-name", "portal-chart-numbers");
        assertThat(portalRules().getFirst().nodes()).hasSize(1);
    }

    /** Opens the row's page (and dialog), runs axe in the light theme, and once per row in the dark theme too. */
    private List<A11yReport.Entry> check(A11yTable.Check c, A11yTable.Fixture f, String who) {
        String path = c.path().apply(f);
        List<A11yReport.Entry> out = new ArrayList<>();
        if (!path.equals(loadedPath) || !isClean()) {
            Pages.useDarkTheme(page, false);
            Pages.open(page, url(path));
            loadedPath = path;
        }
        if (c.view() == gov.buyamerican.portal.attestation.ui.VendorAttestationView.class) {
            page.locator("#invited-product").waitFor(); // a refused link would show a different page
        }
        if (c.action() != null) {
            c.action().run(page);
        }
        long start = System.nanoTime();
        List<Axe.Violation> light = new ArrayList<>(Axe.run(page));
        light.addAll(portalRules());
        out.add(A11yReport.add(c.name(), path, who, "light", light, (System.nanoTime() - start) / 1_000_000));
        screenshotIfBlocking(out.getLast(), c, who);
        boolean dark;
        synchronized (DARK_DONE) {
            dark = DARK_DONE.add(c.name());
        }
        if (dark) {
            Pages.useDarkTheme(page, true);
            start = System.nanoTime();
            List<Axe.Violation> darkResult = Axe.run(page, List.of("wcag2aa"));
            out.add(A11yReport.add(c.name(), path, who, "dark", darkResult, (System.nanoTime() - start) / 1_000_000));
            screenshotIfBlocking(out.getLast(), c, who);
            Pages.useDarkTheme(page, false);
        }
        if (c.action() != null) {
            // close what the row opened, so that the next row on the same page need not load it again
            page.keyboard().press("Escape");
            Pages.waitForServer(page);
        }
        return out;
    }

    /**
     * Our own rules on top of axe, reported like axe's (WCAG 4.1.2 / 1.1.1, serious): every grid has an accessible
     * name (axe accepts a nameless grid), and every chart has a name on the element and on its canvas.
     */
    @SuppressWarnings("unchecked")
    private List<Axe.Violation> portalRules() {
        List<Axe.Violation> out = new ArrayList<>();
        List<String> grids = (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('vaadin-grid')]
                    .filter(g => {
                      // Grid.setAriaLabel sets the grid's accessibleName, which names its table in the shadow root
                      const table = g.shadowRoot && g.shadowRoot.querySelector('table');
                      const name = g.getAttribute('aria-label') || g.getAttribute('aria-labelledby')
                          || (table && (table.getAttribute('aria-label') || table.getAttribute('aria-labelledby')));
                      return !(name || '').trim();
                    })
                    .map(g => g.outerHTML.substring(0, 200))""");
        if (!grids.isEmpty()) {
            out.add(new Axe.Violation("portal-grid-name", "serious", List.of("wcag2a", "wcag412"),
                    "Every grid has an accessible name (setAriaLabel)", "docs/accessibility.md",
                    grids.stream().map(h -> new Axe.Node("vaadin-grid", h, "no aria-label")).toList()));
        }
        List<String> charts = (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('portal-chart')]
                    .filter(c => !(c.getAttribute('aria-label') || '').trim()
                        || !(c.shadowRoot && c.shadowRoot.querySelector('canvas[role=img][aria-label]')))
                    .map(c => c.outerHTML.substring(0, 200))""");
        if (!charts.isEmpty()) {
            out.add(new Axe.Violation("portal-chart-name", "serious", List.of("wcag2a", "wcag111"),
                    "Every chart has a name, and its canvas role=img with that name", "docs/accessibility.md",
                    charts.stream().map(h -> new Axe.Node("portal-chart", h, "no name")).toList()));
        }
        List<String> bare = (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('portal-chart')]
                    // a grid or table beside it, or a Details that shows it (the dashboard builds its grids on opening)
                    .filter(c => !(c.parentElement && c.parentElement.querySelector('vaadin-grid, table, vaadin-details')))
                    .map(c => c.outerHTML.substring(0, 200))""");
        if (!bare.isEmpty()) {
            out.add(new Axe.Violation("portal-chart-numbers", "serious", List.of("wcag2a", "wcag111"),
                    "Every chart has its numbers as a table next to it (a grid in the same section, may be inside a"
                            + " Details)", "docs/accessibility.md",
                    bare.stream().map(h -> new Axe.Node("portal-chart", h, "no table beside the chart")).toList()));
        }
        return out;
    }

    /** A picture of the page as axe saw it, next to the other end-to-end screenshots, when the row fails. */
    private void screenshotIfBlocking(A11yReport.Entry e, A11yTable.Check c, String who) {
        if (!e.blocking().isEmpty()) {
            String file = "a11y-" + (c.name() + "-" + who + "-" + e.theme()).replaceAll("[^A-Za-z0-9-]+", "_") + ".png";
            page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                    .setPath(java.nio.file.Path.of("target", "e2e-screenshots", file)));
        }
    }

    /** No dialog or menu left open: the page can serve the next row on the same path without a reload. */
    private boolean isClean() {
        return Boolean.TRUE.equals(page.evaluate("""
                () => ![...document.querySelectorAll('vaadin-dialog, vaadin-confirm-dialog, vaadin-menu-bar-submenu')]
                    .some(d => d.opened)"""));
    }

    private static void assertNoBlocking(List<A11yReport.Entry> entries) {
        List<A11yReport.Entry> failing = entries.stream().filter(e -> !e.blocking().isEmpty()).toList();
        assertThat(failing).as(() -> "serious or critical WCAG violations (see target/a11y-report.md):"
                + A11yReport.describe(failing)).isEmpty();
    }
}
