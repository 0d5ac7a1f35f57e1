package gov.buyamerican.portal.purchase.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import gov.buyamerican.portal.purchase.PurchaseFiles;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.support.BrowserTest;
import gov.buyamerican.portal.support.TestUsers;
import gov.buyamerican.portal.vendor.VendorFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * In Chromium: a staff member uploads the USAspending sample with one broken row added, registering unknown vendors,
 * sees the import finish with its counts, downloads the report of the broken row, and finds the import in the list.
 */
class PurchaseImportJourneyIT extends BrowserTest {

    @Test
    void uploadTheSampleSeeTheSummaryAndDownloadTheRejectedRows() throws Exception {
        testUsers.ensure("purchase-journey", Role.STAFF);
        login("purchase-journey", TestUsers.PASSWORD);
        String sample = new String(PurchaseFiles.sampleBytes(), StandardCharsets.UTF_8);
        String broken = new String(new PurchaseFiles.UsaSpending()
                .row(Map.of("contract_transaction_unique_key", "JOURNEY_" + UUID.randomUUID(), "recipient_uei",
                        VendorFixtures.uei(), "action_date", "2026-13-45"))
                .bytes(), StandardCharsets.UTF_8).lines().skip(1).findFirst().orElseThrow();
        Path file = Files.createTempFile("purchase-journey-", ".csv");
        Files.writeString(file, sample.stripTrailing() + "\n" + broken + "\n", StandardCharsets.UTF_8);

        page.navigate(url("purchases/import"));
        page.getByText("Register them", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();
        page.locator("#purchase-upload input[type=file]").setInputFiles(file);
        assertThat(page.locator("#import-counts")).isVisible();
        assertThat(page.locator("#import-progress")).isHidden();
        assertThat(page.locator("#count-read")).containsText("3");
        assertThat(page.locator("#count-rejected")).containsText("1");
        Download download = page.waitForDownload(() -> page.locator("#download-rejected").click());
        assertThat(download.suggestedFilename()).startsWith("rejected-rows-purchase-journey-");
        String report = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(report).startsWith("\uFEFFline,key,reason\r\n").contains("4,").contains("action_date");
        assertThat(page.locator("#import-history")).containsText(file.getFileName().toString());
        Files.deleteIfExists(file);
    }
}
