package gov.buyamerican.portal.accessibility;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import gov.buyamerican.portal.attestation.AttestationFixtures;
import gov.buyamerican.portal.attestation.AttestationService;
import gov.buyamerican.portal.catalog.Product;
import gov.buyamerican.portal.catalog.ProductForm;
import gov.buyamerican.portal.catalog.ProductService;
import gov.buyamerican.portal.rules.domesticcontent.ProductKind;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.support.BrowserTest;
import gov.buyamerican.portal.support.TestUsers;
import gov.buyamerican.portal.vendor.VendorFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Keyboard only: a staff member logs in, goes to Vendors through the side navigation, opens the new-vendor dialog,
 * closes it with Escape (focus goes back to the button), opens it again and registers a vendor; the vendor then fills
 * in and signs the origin attestation on their one-time link. Only {@code keyboard.press} and {@code keyboard.type}
 * drive the pages (no clicks, no {@code fill}); every element reached with Tab must show a visible focus indicator,
 * and every target must be reachable with Tab within a bound (no keyboard trap on the way). The product and the
 * invitation are created through the services: that part of the staff journey is not what this test is about.
 */
class KeyboardJourneyIT extends BrowserTest {

    private static final int MAX_TABS = 80;

    /** The element focus is on, walking into shadow roots; and the chain of hosts above it. */
    private static final String FOCUS_CHAIN = """
            () => {
              const chain = [];
              let a = document.activeElement;
              while (a) { chain.push(a); a = a.shadowRoot ? a.shadowRoot.activeElement : null; }
              return chain;
            }""";

    @Autowired AttestationService attestations;
    @Autowired ProductService products;
    @Autowired AttestationFixtures fixtures;

    @Test
    void registerAVendorAndSubmitAnAttestationWithTheKeyboardOnly() {
        testUsers.ensure("keyboard-staff", Role.STAFF);
        String name = "Keyboard " + VendorFixtures.word() + " Castings LLC";

        // --- log in
        Pages.open(page, url("login"));
        Locator username = page.locator("input[name=username]");
        if (isFocused(username)) {
            // focused on load (autofocus, no keyboard yet, so no focus ring): Tab away and back as a user would
            page.keyboard().press("Tab");
            page.keyboard().press("Shift+Tab");
        }
        tabTo(username);
        page.keyboard().type("keyboard-staff");
        tabTo(page.locator("input[name=password]"));
        page.keyboard().type(TestUsers.PASSWORD);
        page.keyboard().press("Enter");
        page.locator("vaadin-app-layout").waitFor();
        Pages.waitForServer(page);

        // --- to Vendors through the side navigation
        tabTo(page.locator("vaadin-side-nav").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Vendors").setExact(true)));
        page.keyboard().press("Enter");
        Locator newVendor = page.locator("#new-vendor");
        newVendor.waitFor();
        Pages.waitForServer(page);

        // --- the dialog opens with Enter, takes the focus, and gives it back to its opener when closed with Escape
        tabTo(newVendor);
        page.keyboard().press("Enter");
        A11yTable.waitForDialog(page);
        assertFocusInsideDialog();
        page.keyboard().press("Escape");
        page.waitForFunction("() => ![...document.querySelectorAll('vaadin-dialog')].some(d => d.opened)");
        Pages.waitForServer(page);
        assertThat(isFocused(newVendor)).as("focus returns to the New vendor button").isTrue();
        assertFocusVisible(newVendor);

        // --- Space opens it too; fill it in and save
        page.keyboard().press("Space");
        A11yTable.waitForDialog(page);
        tabTo(page.locator("#vendor-legal-name input"));
        page.keyboard().type(name);
        tabTo(page.locator("#vendor-uei input"));
        page.keyboard().type(VendorFixtures.uei());
        tabTo(page.locator("#vendor-kind vaadin-radio-button").first());
        // arrows move within the radio group (and select); Space selects the focused one
        page.keyboard().press("Space");
        assertThat(page.locator("#vendor-kind vaadin-radio-button").first()).hasAttribute("checked", "");
        tabTo(page.locator("#save-vendor"));
        page.keyboard().press("Enter");
        assertThat(page.locator("#vendor-name")).hasText(name);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/vendors/[0-9]+$"));
        long vendorId = Long.parseLong(page.url().replaceAll(".*/vendors/([0-9]+)$", "$1"));

        // --- a product of that vendor and an invitation for it (services, not the subject here)
        TestUsers.actAs("keyboard-staff", Role.STAFF);
        Product product = products.create(new ProductForm(AttestationFixtures.unique("Keyboard valve"),
                AttestationFixtures.unique("KV"), null, "4820", "332911", vendorId, vendorId, ProductKind.MANUFACTURED));
        String token = attestations.invite(product.id(), "Kim Vendor", AttestationFixtures.unique("kim") + "@example.com",
                url("").replaceAll("/$", "")).token();
        TestUsers.clear();

        // --- the vendor, in a browser of their own, fills in and signs the attestation with the keyboard
        BrowserContext staff = context;
        Page staffPage = page;
        context = staff.browser().newContext(new Browser.NewContextOptions().setViewportSize(1366, 860));
        page = context.newPage();
        try {
            Pages.open(page, url("attest/" + token));
            page.locator("#invited-product").waitFor();
            tabTo(page.locator("#place-country input"));
            page.keyboard().type("United States (US)");
            page.keyboard().press("Enter");
            tabTo(page.locator("#component-1-name input"));
            page.keyboard().type("Valve body");
            tabTo(page.locator("#component-1-cost input"));
            page.keyboard().type("120");
            tabTo(page.locator("#component-1-origin"));
            page.keyboard().press("Enter"); // opens the list on the selected item (Unknown)
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Domestic")).waitFor();
            page.keyboard().press("Home");
            page.keyboard().press("Enter");
            assertThat(page.locator("#component-1-origin")).containsText("Domestic");
            tabTo(page.locator("#component-1-country input"));
            page.keyboard().type("US");
            tabTo(page.locator("#signer-title input"));
            page.keyboard().type("Plant manager");
            tabTo(page.locator("#certification-agree"));
            page.keyboard().press("Space");
            assertThat(page.locator("#certification-agree")).hasAttribute("checked", "");
            Pages.waitForServer(page);
            assertThat(page.locator("#result-classification")).containsText("DOMESTIC");
            tabTo(page.locator("#vendor-submit"));
            page.keyboard().press("Enter");
            assertThat(page.locator("#vendor-done")).containsText(product.name());
        } finally {
            page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "e2e-screenshots",
                    "KeyboardJourneyIT-vendor.png")));
            context.close();
            context = staff;
            page = staffPage;
        }
    }

    /** Presses Tab until the target (or an element inside it) has the focus; fails after {@value #MAX_TABS}. */
    private void tabTo(Locator target) {
        target.first().waitFor();
        for (int i = 0; i < MAX_TABS; i++) {
            if (isFocused(target)) {
                assertFocusVisible(target);
                return;
            }
            page.keyboard().press("Tab");
        }
        fail("Tab did not reach " + target + " in " + MAX_TABS + " presses; focus is on " + describeFocus());
    }

    private boolean isFocused(Locator target) {
        return Boolean.TRUE.equals(target.first().evaluate("(el) => (" + FOCUS_CHAIN + ")().some(a => a === el || el.contains(a))"));
    }

    /**
     * The focused element shows that it is focused: Vaadin components mark keyboard focus with the focus-ring attribute
     * (which Lumo draws), native elements match :focus-visible; and the indicator is drawn (outline or box shadow).
     */
    private void assertFocusVisible(Locator target) {
        Object visible = target.first().evaluate("""
                (el) => {
                  const chain = (%s)();
                  const drawn = (e) => { const s = getComputedStyle(e);
                    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; };
                  const inner = chain[chain.length - 1];
                  // the focused element and the components around it (up through shadow roots)
                  const around = [];
                  for (let e = inner; e && around.length < 8; e = e.parentElement || (e.getRootNode() && e.getRootNode().host)) {
                    around.push(e);
                  }
                  // Lumo draws its focus ring for the focus-ring attribute a component sets on keyboard focus
                  if (around.some(e => e.hasAttribute && e.hasAttribute('focus-ring'))) return true;
                  if (inner.matches(':focus-visible')) {
                    // the element or a part near it draws an indicator
                    let e = inner;
                    for (let i = 0; i < 4 && e; i++) { if (drawn(e)) return true; e = e.parentElement || (e.getRootNode() && e.getRootNode().host); }
                    return 'no outline or shadow on ' + inner.outerHTML.substring(0, 120);
                  }
                  return 'not focus-visible: ' + inner.outerHTML.substring(0, 120);
                }""".formatted(FOCUS_CHAIN));
        assertThat(visible).as("visible focus on " + target).isEqualTo(Boolean.TRUE);
    }

    private void assertFocusInsideDialog() {
        Object inside = page.evaluate("""
                () => {
                  const chain = (%s)();
                  let e = chain[chain.length - 1];
                  while (e) {
                    if (e.getAttribute && (e.getAttribute('role') === 'dialog' || e.localName === 'vaadin-dialog'
                        || e.localName === 'vaadin-dialog-overlay')) return true;
                    e = e.parentElement || (e.getRootNode() instanceof ShadowRoot ? e.getRootNode().host : null);
                  }
                  return false;
                }""".formatted(FOCUS_CHAIN));
        assertThat(inside).as("focus moves into the dialog; it is on " + describeFocus()).isEqualTo(Boolean.TRUE);
    }

    private String describeFocus() {
        return String.valueOf(page.evaluate("() => (" + FOCUS_CHAIN + ")().map(e => e.outerHTML.substring(0, 100)).join(' > ')"));
    }
}
