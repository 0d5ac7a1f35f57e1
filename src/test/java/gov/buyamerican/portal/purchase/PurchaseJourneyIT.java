package gov.buyamerican.portal.purchase;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.support.BrowserTest;
import gov.buyamerican.portal.support.TestUsers;
import gov.buyamerican.portal.vendor.Vendor;
import gov.buyamerican.portal.vendor.VendorFixtures;
import gov.buyamerican.portal.vendor.VendorService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** In Chromium: record a purchase, see its class and what is missing, find it in the filtered grid, open it. */
class PurchaseJourneyIT extends BrowserTest {

    @Autowired
    PurchaseFixtures fixtures;

    @Autowired
    VendorService vendors;

    private void choose(String comboId, String typed, String item) {
        page.locator("#" + comboId + " input").fill(typed);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(item)).first().click();
    }

    @Test
    void recordAPurchaseSeeItsClassAndOpenItFromTheGrid() {
        Office office = fixtures.office();
        String word = VendorFixtures.word();
        TestUsers.actAs(testUsers.ensure("purchase-journey", Role.STAFF), Role.STAFF);
        Vendor vendor = vendors.create(VendorFixtures.form("Journey " + word + " Supply LLC"));
        TestUsers.clear();
        login("purchase-journey", TestUsers.PASSWORD);

        page.navigate(url("purchases"));
        page.locator("#new-purchase").click();
        choose("purchase-form-office", office.code(), office.code());
        choose("purchase-vendor", word, vendor.legalName());
        page.locator("#purchase-total input").fill("250000");
        choose("purchase-form-channel", "GSA", "GSA schedule");
        choose("purchase-form-country", "China", "China (CN)");
        page.locator("#purchase-save").click();

        assertThat(page.locator("#purchase-class-badge")).hasText("Foreign, no waiver");
        assertThat(page.locator("#purchase-missing")).containsText("An approved waiver");
        String heading = page.locator("#purchase-heading").textContent();

        page.navigate(url("purchases?office=" + office.id()));
        assertThat(page.locator("#purchase-count")).hasText("1 purchase");
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(vendor.legalName()))
                .first().click();
        assertThat(page.locator("#purchase-heading")).hasText(heading);
    }
}
