package gov.buyamerican.portal.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import gov.buyamerican.portal.support.BrowserTest;
import gov.buyamerican.portal.support.TestUsers;
import org.junit.jupiter.api.Test;

/** Log in, see the navigation for the role, log out; lockout; no access to what the role does not allow. */
class SecurityJourneyIT extends BrowserTest {

    private com.microsoft.playwright.Locator nav(String label) {
        return page.locator("vaadin-side-nav-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(label));
    }

    @Test
    void adminLogsInSeesEverySectionAndLogsOut() {
        login(TestUsers.ADMIN, TestUsers.PASSWORD);
        assertThat(nav("Home")).isVisible();
        assertThat(nav("Users")).isVisible();
        assertThat(nav("Audit trail")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Administrator"))).isVisible();
        // the chart web component from the committed frontend bundle draws its canvas
        assertThat(page.locator("#activity-chart canvas")).isVisible();
        String sessionBefore = sessionCookie();
        logout();
        assertThat(page.locator("vaadin-login-form")).isVisible();
        // after logout the old session no longer opens the portal
        page.navigate(url("users"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(sessionBefore).isNotNull();
        assertThat(sessionCookie()).isNotEqualTo(sessionBefore);
        // nor does the old cookie replayed by someone who kept it (a fresh browser with only that cookie)
        try (var replay = context.browser().newContext()) {
            replay.addCookies(java.util.List.of(new Cookie("JSESSIONID", sessionBefore).setDomain("localhost").setPath("/")));
            Page other = replay.newPage();
            other.navigate(url("users"));
            assertThat(other.locator("vaadin-login-form")).isVisible();
            assertThat(other.locator("vaadin-app-layout")).hasCount(0);
        }
    }

    @Test
    void staffSeesOnlyTheirSectionsAndCannotOpenUsers() {
        String staff = testUsers.ensure("e2e-staff", Role.STAFF);
        page.navigate(url("login"));
        String anonymousSession = sessionCookie();
        submitLogin(staff, TestUsers.PASSWORD);
        page.locator("vaadin-app-layout").waitFor();
        // a new session id at login (session fixation protection)
        assertThat(sessionCookie()).isNotEqualTo(anonymousSession);
        assertThat(nav("Home")).isVisible();
        assertThat(nav("Users")).hasCount(0);
        assertThat(nav("Audit trail")).hasCount(0);
        page.navigate(url("users"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("No access"))).isVisible();
        assertThat(page).hasTitle("No access | Buy American Compliance Portal");
        assertThat(page.locator("vaadin-grid")).hasCount(0);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() {
        String victim = testUsers.ensure("e2e-lockout", Role.STAFF);
        page.navigate(url("login"));
        for (int i = 1; i <= 5; i++) {
            submitLogin(victim, "wrong-password-" + i);
            assertThat(page.locator("vaadin-login-form")).isVisible();
            page.waitForURL("**/login?error");
        }
        submitLogin(victim, TestUsers.PASSWORD);
        page.waitForURL("**/login?error");
        assertThat(page.getByText("Account locked")).isVisible();
        assertThat(page.locator("vaadin-app-layout")).hasCount(0);
    }

    @Test
    void securityHeadersAndCookieFlags() {
        Response response = page.navigate(url("login"));
        var headers = response.allHeaders();
        assertThat(headers.get("x-frame-options")).isEqualTo("DENY");
        assertThat(headers.get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(headers.get("content-security-policy")).contains("frame-ancestors 'none'").contains("object-src 'none'");
        assertThat(headers.get("referrer-policy")).isEqualTo("same-origin");
        Cookie session = context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst().orElseThrow();
        assertThat(session.httpOnly).isTrue();
    }

    private String sessionCookie() {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst().orElse(null);
    }
}
