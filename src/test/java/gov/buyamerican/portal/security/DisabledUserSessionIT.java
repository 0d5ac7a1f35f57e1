package gov.buyamerican.portal.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import gov.buyamerican.portal.support.BrowserTest;
import gov.buyamerican.portal.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A user an administrator disables loses the open session at the next request (a click in the open screen or a new
 * page), and a re-enabled user must log in again: the old session stays ended. The check reads the database at each
 * request, so it holds whichever instance serves the session (see docs/operations.md).
 */
class DisabledUserSessionIT extends BrowserTest {

    @Autowired
    UserService users;

    @AfterEach
    void clearContext() {
        TestUsers.clear();
    }

    private UserAccount account(String username) {
        TestUsers.actAs(TestUsers.ADMIN, Role.ADMIN);
        try {
            return users.list(username, gov.buyamerican.portal.shared.PageQuery.first(5)).stream()
                    .filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        } finally {
            TestUsers.clear();
        }
    }

    private void setEnabled(String username, boolean enabled) {
        UserAccount a = account(username);
        TestUsers.actAs(TestUsers.ADMIN, Role.ADMIN);
        try {
            users.setEnabled(a.id(), a.version(), enabled);
        } finally {
            TestUsers.clear();
        }
    }

    private Locator nav(String label) {
        return page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText(label));
    }

    @Test
    void aDisabledUsersOpenScreenEndsAtTheNextClick() {
        String staff = testUsers.ensure("sess-disabled-click", Role.STAFF);
        login(staff, TestUsers.PASSWORD);
        assertThat(nav("Vendors")).isVisible();

        setEnabled(staff, false);
        // a click in the already open screen is a request of the old session: it is refused and the login page shows
        nav("Vendors").click();
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page.locator("vaadin-app-layout")).hasCount(0);
    }

    @Test
    void aReEnabledUserMustLogInAgainAndCanDoSo() {
        String staff = testUsers.ensure("sess-disabled-nav", Role.STAFF);
        login(staff, TestUsers.PASSWORD);
        setEnabled(staff, false);
        setEnabled(staff, true);
        // enabled again, but the session opened before the disabling stays ended
        page.navigate(url(""));
        assertThat(page.locator("vaadin-login-form")).isVisible();

        login(staff, TestUsers.PASSWORD);
        assertThat(nav("Vendors")).isVisible();
        page.navigate(url("vendors"));
        assertThat(page.locator("vaadin-app-layout")).isVisible();
    }

    @Test
    void anotherUsersSessionIsNotAffected() {
        String disabled = testUsers.ensure("sess-disabled-other", Role.STAFF);
        String staff = testUsers.ensure("sess-still-enabled", Role.STAFF);
        login(staff, TestUsers.PASSWORD);
        setEnabled(disabled, false);
        try {
            nav("Vendors").click();
            page.waitForURL("**/vendors");
            assertThat(page.locator("vaadin-app-layout")).isVisible();
        } finally {
            setEnabled(disabled, true);
        }
    }
}
