package gov.buyamerican.portal.waiver;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static gov.buyamerican.portal.waiver.WaiverFixtures.complete;
import static gov.buyamerican.portal.waiver.WaiverFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import gov.buyamerican.portal.security.AuthorityLevel;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.support.BrowserTest;
import gov.buyamerican.portal.support.TestUsers;
import gov.buyamerican.portal.rules.waiver.WaiverType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chromium: staff request an unreasonable-cost waiver and see the evaluation, submit it; the approver finds it in
 * the inbox, reviews and approves it with a rationale; the requester sees the decision; the requester, an approver
 * too, cannot decide their own request.
 */
class WaiverJourneyIT extends BrowserTest {

    @Autowired
    WaiverService waivers;

    private static Locator field(Page page, String id) {
        return page.locator("#" + id + " input, #" + id + " textarea").first();
    }

    private static void choose(Page page, String id, String typed, String option) {
        field(page, id).fill(typed);
        page.locator("vaadin-combo-box-item:visible, vaadin-multi-select-combo-box-item:visible")
                .filter(new Locator.FilterOptions().setHasText(option)).first().click();
        if (id.equals("countries-of-origin")) {
            // a multi-select combo box stays open for more choices; Escape closes it and keeps the selection
            field(page, id).press("Escape");
        }
        assertThat(page.locator("#" + id)).not().hasAttribute("opened", "");
    }

    @Test
    void staffRequestTheApproverApprovesTheRequesterSeesItAndCannotDecideTheirOwn() {
        String requester = testUsers.ensure("e2e-wreq", AuthorityLevel.AGENCY_HEAD, Role.STAFF, Role.APPROVER);
        String approver = testUsers.ensure("e2e-wco", AuthorityLevel.CONTRACTING_OFFICER, Role.APPROVER);
        String title = unique("E2E chiller compressors");

        // --- the requester drafts an unreasonable-cost request and sees the evaluation as they type
        login(requester, TestUsers.PASSWORD);
        page.navigate(url("waivers/new"));
        choose(page, "waiver-type", "Unreasonable", "Unreasonable cost");
        field(page, "procurement-title").fill(title);
        field(page, "item-description").fill("Two screw compressors, 180 tons each");
        field(page, "estimated-value").fill("184500");
        choose(page, "expected-duration", "0 - 6", "0 - 6 months");
        field(page, "rationale-summary").fill("The domestic price is unreasonable under FAR 25.106.");
        field(page, "vendor-name").fill("Kältetechnik Rhein GmbH");
        choose(page, "vendor-country", "Germany", "Germany (DE)");
        choose(page, "countries-of-origin", "Germany", "Germany (DE)");
        field(page, "cost-foreign").fill("100000");
        field(page, "cost-domestic").fill("130000");
        assertThat(page.locator("#cost-factor")).hasText("20%");
        assertThat(page.locator("#cost-evaluated")).hasText("$120,000.00");
        assertThat(page.locator("#cost-verdict")).containsText("Domestic price unreasonable");
        assertThat(page.locator("#cost-result")).containsText("= Evaluated foreign offer: $120,000.00");

        page.locator("#submit-waiver").first().click();
        assertThat(page.locator("#waiver-status")).hasText("Submitted");
        String heading = page.locator("h1").first().textContent();
        Matcher m = Pattern.compile("(W-\\d{4}-\\d{4,})").matcher(heading);
        assertThat(m.find()).as(heading).isTrue();
        String number = m.group(1);
        // the detail view's address is pushed to the history after its content: wait for it, don't race it
        page.waitForURL(Pattern.compile(".*/waivers/\\d+$"));
        String detailUrl = page.url();

        // --- the approver, in a browser of their own, finds it in the inbox and approves it
        BrowserContext requesterContext = context;
        Page requesterPage = page;
        context = requesterContext.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1366, 860));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
        try {
            login(approver, TestUsers.PASSWORD);
            page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Approver inbox")).click();
            Locator row = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(number));
            assertThat(row).isVisible();
            row.click();
            assertThat(page.locator("#authority-reason")).containsText("contracting officer may decide");
            page.locator("#start-review").click();
            assertThat(page.locator("#waiver-status")).hasText("In review");
            field(page, "decision-rationale").fill("Domestic offer 8.3% above the evaluated foreign offer; cost unreasonable.");
            page.locator("#approve-waiver").click();
            assertThat(page.locator("#waiver-status")).hasText("Approved");
            assertThat(page.locator("#waiver-timeline")).containsText("Approved");
        } finally {
            page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "e2e-screenshots",
                    "WaiverJourneyIT-approver.png")));
            context.close();
            context = requesterContext;
            page = requesterPage;
        }

        // --- the requester sees the decision, with the rationale and a notification
        page.navigate(detailUrl);
        assertThat(page.locator("#waiver-status")).hasText("Approved");
        assertThat(page.locator("main")).containsText("8.3% above the evaluated foreign offer");
        assertThat(page.locator("main")).containsText("Approved by Test e2e-wco");
        assertThat(page.locator(".portal-bell-count")).isVisible();

        // --- their own request, in review by someone else: as an approver too, they still cannot decide it
        TestUsers.actAs(requester, Role.STAFF, Role.APPROVER);
        WaiverDetails own = waivers.createDraft(complete(WaiverType.UNREASONABLE_COST, unique("E2E own request")));
        own = waivers.submit(own.id(), own.version());
        TestUsers.actAs(approver, Role.APPROVER);
        waivers.startReview(own.id(), own.version());
        TestUsers.clear();

        page.navigate(url("waivers/" + own.id()));
        assertThat(page.locator("#waiver-status")).hasText("In review");
        assertThat(page.locator("#authority-reason")).containsText("Separation of duties");
        assertThat(page.locator("#approve-waiver")).isDisabled();
        assertThat(page.locator("#reject-waiver")).isDisabled();
        page.navigate(url("waivers/inbox"));
        assertThat(page.locator("vaadin-grid")).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(own.number())))
                .hasCount(0);
    }
}
