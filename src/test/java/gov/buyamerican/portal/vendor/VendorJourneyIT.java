package gov.buyamerican.portal.vendor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.support.BrowserTest;
import gov.buyamerican.portal.support.TestUsers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * In Chromium: register a vendor with a bad UEI, read the message next to the field, fix it, find the vendor in the
 * grid, import a file with one bad row and download the report of that row.
 */
class VendorJourneyIT extends BrowserTest {

    @Test
    void registerSearchImportAndDownloadTheReport() throws IOException {
        testUsers.ensure("vendor-journey", Role.STAFF);
        login("vendor-journey", TestUsers.PASSWORD);
        String name = "Journey " + VendorFixtures.word() + " Fasteners LLC";

        page.navigate(url("vendors"));
        page.locator("#new-vendor").click();
        page.locator("#vendor-legal-name input").fill(name);
        Locator uei = page.locator("#vendor-uei");
        uei.locator("input").fill("0ABCDEFGHJK1");
        uei.locator("input").press("Tab");
        assertThat(uei.locator("[slot=error-message]")).hasText("UEI cannot start with 0");
        page.getByText("Manufacturer — Makes the goods it sells").click();

        String good = VendorFixtures.uei();
        uei.locator("input").fill(good.toLowerCase());
        uei.locator("input").press("Tab");
        assertThat(uei.locator("[slot=error-message]")).isHidden();
        page.locator("#save-vendor").click();
        assertThat(page.locator("#vendor-name")).hasText(name);
        assertThat(page.getByText(good).first()).isVisible();

        page.navigate(url("vendors"));
        page.locator("#vendor-search input").fill(name.split(" ")[1]);
        assertThat(page.locator("#vendor-count")).hasText("1 vendor");
        assertThat(page.locator("vaadin-grid").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)))
                .isVisible();

        String first = VendorFixtures.uei();
        String second = VendorFixtures.uei();
        Path file = Files.createTempFile("vendor-journey-", ".csv");
        Files.writeString(file, "uei,legal_name,country,kind\r\n"
                + first + "," + name.replace("Journey", "Imported one") + ",US,RESELLER\r\n"
                + "123456789," + name.replace("Journey", "Broken") + ",US,RESELLER\r\n"
                + second + "," + name.replace("Journey", "Imported two") + ",DE,MANUFACTURER\r\n", StandardCharsets.UTF_8);
        page.locator("#vendor-import").click();
        page.locator("#vendor-upload input[type=file]").setInputFiles(file);
        assertThat(page.locator("#count-registered")).containsText("2");
        assertThat(page.locator("#count-rejected")).containsText("1");
        Download download = page.waitForDownload(() -> page.locator("#download-rejected").click());
        assertThat(download.suggestedFilename()).startsWith("rejected-rows-vendor-journey-");
        String report = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(report).startsWith("\uFEFFline,uei,name,reason\r\n")
                .contains("3,123456789," + name.replace("Journey", "Broken")
                        + ",uei: UEI must be 12 letters and digits (got 9; a 9-digit DUNS number is not a UEI)");
        page.locator("#close-import").click();
        page.locator("#vendor-search input").fill(name.split(" ")[1]);
        assertThat(page.locator("#vendor-count")).hasText("3 vendors");
        Files.deleteIfExists(file);
    }
}
