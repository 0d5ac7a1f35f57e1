package gov.buyamerican.portal.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import gov.buyamerican.portal.catalog.Product;
import gov.buyamerican.portal.catalog.ProductForm;
import gov.buyamerican.portal.catalog.ProductService;
import gov.buyamerican.portal.rules.domesticcontent.ProductKind;
import gov.buyamerican.portal.rules.waiver.WaiverType;
import gov.buyamerican.portal.support.BrowserTest;
import gov.buyamerican.portal.support.TestUsers;
import gov.buyamerican.portal.vendor.Vendor;
import gov.buyamerican.portal.vendor.VendorFixtures;
import gov.buyamerican.portal.vendor.VendorForm;
import gov.buyamerican.portal.vendor.VendorService;
import gov.buyamerican.portal.waiver.WaiverFixtures;
import gov.buyamerican.portal.waiver.WaiverService;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Script and markup typed into text fields, shown in a real browser: vendor names in the registry grid and on the
 * detail page, a product name, a waiver title and a comment. Each payload would set {@code window.__xss} or open an
 * alert if the page ran it; the test asserts that no dialog opened, nothing set the flag, and the literal text is
 * visible.
 */
class HostileInputJourneyIT extends BrowserTest {

    @Autowired
    VendorService vendors;
    @Autowired
    ProductService products;
    @Autowired
    WaiverService waivers;

    private final List<String> dialogs = new CopyOnWriteArrayList<>();

    @Test
    void markupInRecordsIsShownAsTextAndNeverRuns() {
        String tag = VendorFixtures.word();
        String vendorName = "<img src=x onerror=\"window.__xss='vendor';alert(1)\"> Xss " + tag;
        String dba = "<script>window.__xss='dba';alert(2)</script>";
        String productName = "<svg onload=\"window.__xss='product';alert(3)\"></svg> " + tag;
        String waiverTitle = "<img src=x onerror=\"window.__xss='waiver';alert(4)\"> " + tag;
        String comment = "<iframe src=\"javascript:alert(5)\"></iframe><b onmouseover=alert(6)>bold</b>";

        String staff = testUsers.ensure("e2e-hostile", Role.STAFF);
        TestUsers.actAs(staff, Role.STAFF);
        VendorForm f = VendorFixtures.form(vendorName);
        Vendor vendor = vendors.create(new VendorForm(f.legalName(), dba, f.uei(), f.cageCode(), f.countryCode(),
                f.addressLine1(), f.addressLine2(), f.city(), f.stateRegion(), f.postalCode(), f.phone(), f.website(),
                f.kind(), f.size(), f.categories(), f.samExpiryDate()));
        Product product = products.create(new ProductForm(productName, "XSS-" + tag, null, "5340", "332510", vendor.id(),
                vendor.id(), ProductKind.MANUFACTURED));
        var waiver = waivers.createDraft(WaiverFixtures.complete(WaiverType.UNREASONABLE_COST, waiverTitle));
        waivers.addComment(waiver.id(), comment);
        TestUsers.clear();

        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        login(staff, TestUsers.PASSWORD);

        page.navigate(url("vendors"));
        page.locator("#vendor-search input").fill("Xss " + tag);
        page.locator("#vendor-search input").press("Enter");
        assertThat(page.getByText(vendorName)).isVisible();
        assertNothingRan("vendor grid");

        page.navigate(url("vendors/" + vendor.id()));
        assertThat(page.getByText(vendorName).first()).isVisible();
        assertThat(page.getByText(dba).first()).isVisible();
        assertNothingRan("vendor detail");

        page.navigate(url("products/" + product.id()));
        assertThat(page.getByText(productName).first()).isVisible();
        assertNothingRan("product detail");

        page.navigate(url("waivers/" + waiver.id()));
        assertThat(page.getByText(waiverTitle).first()).isVisible();
        assertThat(page.getByText(comment).first()).isVisible();
        assertNothingRan("waiver detail");
    }

    private void assertNothingRan(String where) {
        assertThat(dialogs).as("dialogs opened on the " + where).isEmpty();
        assertThat(page.evaluate("() => window.__xss === undefined ? null : String(window.__xss)"))
                .as("script ran on the " + where).isNull();
        assertThat(page.locator("vaadin-app-layout img[src=x], vaadin-app-layout iframe, vaadin-grid img[src=x]"))
                .hasCount(0);
    }
}
