package gov.buyamerican.portal.attestation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.support.BrowserTest;
import gov.buyamerican.portal.support.TestMailServer;
import gov.buyamerican.portal.support.TestUsers;
import gov.buyamerican.portal.vendor.Vendor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Staff register a product, invite the vendor, the vendor opens the link in a fresh browser (no account), fills in the
 * components and watches the result cross the threshold, signs, and staff verify the attestation.
 */
class AttestationJourneyIT extends BrowserTest {

    @Autowired AttestationFixtures fixtures;

    private static void pick(Page page, String text) {
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(text).setExact(true)).click();
    }

    @Test
    void staffInviteTheVendorWhoAttestsAndStaffVerify() throws Exception {
        Vendor vendor = fixtures.vendor();
        String staff = testUsers.ensure("e2e-att-staff", Role.STAFF);
        String productName = AttestationFixtures.unique("Field radio");
        login(staff, TestUsers.PASSWORD);

        // staff create the product
        page.navigate(url("products"));
        page.locator("#new-product").click();
        page.locator("#product-name input").fill(productName);
        page.locator("#product-part-number input").fill(AttestationFixtures.unique("FR"));
        page.locator("#product-offeror input").fill(vendor.legalName());
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(vendor.legalName())).first().click();
        assertThat(page.locator("#product-manufacturer input")).hasValue(Pattern.compile("^" + vendor.legalName().replaceAll("[^A-Za-z0-9 ]", ".")));
        page.locator("#product-kind").click();
        pick(page, "Manufactured");
        page.locator("#product-save").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(productName))).isVisible();
        assertThat(page.locator("#origin-status")).containsText("No valid attestation");

        // staff invite the vendor; the link goes out by e-mail (GreenMail in the suite)
        page.locator("#invite-vendor").click();
        page.locator("#invite-name input").fill("Riley Vendor");
        String email = AttestationFixtures.unique("riley") + "@example.com";
        page.locator("#invite-email input").fill(email);
        page.locator("#invite-create").click();
        assertThat(page.locator("#invite-result")).containsText("E-mail sent to " + email);
        assertThat(page.locator("#invite-link")).isHidden(); // e-mailed: not shown on screen
        var messages = TestMailServer.awaitMessagesTo(email, 1);
        org.assertj.core.api.Assertions.assertThat(messages).hasSize(1);
        var found = Pattern.compile("http://\\S+/attest/[A-Za-z0-9_-]{43}")
                .matcher(AttestationFixtures.text(messages.getFirst()));
        org.assertj.core.api.Assertions.assertThat(found.find()).isTrue();
        String link = found.group();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close")).click();

        // the vendor opens it in a fresh browser context: no session, no account
        BrowserContext vendorContext = context.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1366, 900));
        try {
            vendorContext.setDefaultTimeout(20_000);
            Page v = vendorContext.newPage();
            v.navigate(link);
            assertThat(v.locator("#invited-product")).containsText(productName);
            assertThat(v.locator("vaadin-app-layout")).hasCount(0);
            v.locator("#place-country input").fill("United States");
            v.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("United States (US)").setExact(true)).click();
            v.locator("#delivery-year input").fill("2026");
            v.locator("#component-1-name input").fill("Circuit board");
            v.locator("#component-1-cost input").fill("60");
            v.locator("#component-1-origin").click();
            pick(v, "Domestic");
            v.locator("#add-component").click();
            v.locator("#component-2-name input").fill("Antenna");
            v.locator("#component-2-cost input").fill("40");
            v.locator("#component-2-origin").click();
            pick(v, "Foreign");
            v.locator("#component-2-country input").fill("MX");
            Locator result = v.locator("#result-classification");
            assertThat(result).hasAttribute("data-classification", "FOREIGN");
            assertThat(v.locator("#result-share")).hasText("60.00%");
            assertThat(v.locator("#result-threshold")).hasText("> 65%");

            // more domestic content: across the threshold
            v.locator("#component-1-cost input").fill("80");
            assertThat(result).hasAttribute("data-classification", "DOMESTIC");
            assertThat(v.locator("#result-share")).hasText("66.67%");
            assertThat(v.locator("#result-explanation")).containsText("65");

            v.locator("#signer-title input").fill("Export Manager");
            v.locator("#certification-agree").click();
            v.locator("#vendor-submit").click();
            assertThat(v.locator("#vendor-done")).containsText("submitted");

            // the link is single use
            v.navigate(link);
            assertThat(v.locator("#invitation-refused")).containsText("used already");
            Path dir = Path.of("target", "e2e-screenshots");
            Files.createDirectories(dir);
            v.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("AttestationJourneyIT-vendor.png")));
        } finally {
            vendorContext.close();
        }

        // staff verify it
        page.reload();
        page.locator("#attestation-history vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("v1"))
                .first().click();
        assertThat(page.locator("#attestation-status")).containsText("Submitted");
        assertThat(page.locator("#attestation-record")).containsText("invitation link");
        page.locator("#verify-attestation").click();
        assertThat(page.locator("#attestation-status")).containsText("Verified");
        assertThat(page.locator("#result-classification")).hasAttribute("data-classification", "DOMESTIC");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(productName)).click();
        assertThat(page.locator("#origin-status")).containsText("DOMESTIC until");
    }
}
