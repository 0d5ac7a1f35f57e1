package gov.buyamerican.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import gov.buyamerican.portal.support.PortalSpringTest;
import gov.buyamerican.portal.support.TestUsers;
import gov.buyamerican.portal.support.VaadinHttpClient;
import java.net.http.HttpResponse;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;

/**
 * Sessions over the real HTTP protocol (Vaadin's own client-server messages, see {@link VaadinHttpClient}): a new
 * session id at login; a replayed pre-login id is not logged in; the idle timeout logs out even while the browser tab
 * keeps sending Vaadin heartbeats. (Logout with the old cookie replayed: SecurityJourneyIT, in Chromium.)
 */
@PortalSpringTest
class SessionLifecycleIT {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @Autowired
    ApplicationContext ctx;

    private VaadinHttpClient client() {
        return new VaadinHttpClient("http://localhost:" + port + "/");
    }

    @Test
    void loginGivesANewSessionIdAndTheOldOneStaysAnonymous() throws Exception {
        String user = testUsers.ensure("session-staff", Role.STAFF);
        VaadinHttpClient browser = client();
        assertThat(browser.get("vendors").statusCode()).isEqualTo(302); // not logged in: to the login page
        browser.get("login");
        String before = browser.sessionId();
        assertThat(before).isNotNull();
        // back to the page asked for before the login
        assertThat(browser.login(user, TestUsers.PASSWORD)).isEqualTo("/vendors?continue");
        String after = browser.sessionId();
        assertThat(after).isNotNull().isNotEqualTo(before);
        // the logged-in session works through Vaadin's protocol: a UI, navigation, a grid page
        assertThat(browser.open("vendors")).isEqualTo(200);
        assertThat(browser.tagsOnPage()).contains("vaadin-grid");
        browser.navigate("products");
        assertThat(browser.tagsOnPage()).contains("vaadin-grid");
        browser.fetchGridPage(0, 50);

        // an attacker who planted or saw the pre-login id gets nothing with it
        VaadinHttpClient attacker = client();
        attacker.useSessionId(before);
        HttpResponse<String> r = attacker.get("vendors");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void aWrongPasswordDoesNotLogIn() throws Exception {
        String user = testUsers.ensure("session-wrong", Role.STAFF);
        VaadinHttpClient browser = client();
        assertThat(browser.login(user, "not-the-password")).isEqualTo("/login?error");
        assertThat(browser.get("vendors").statusCode()).isEqualTo(302);
    }

    /**
     * The idle timeout, shortened to 2 s for this one session (Tomcat's session, as server.servlet.session.timeout sets
     * it for all): the tab keeps sending heartbeats, which keep the HTTP session alive, but no user action comes; after
     * the timeout the user is logged out: the UI is gone and a new page load asks for the password.
     */
    @Test
    void heartbeatsDoNotKeepAnIdleSessionLoggedIn() throws Exception {
        String user = testUsers.ensure("session-idle", Role.STAFF);
        VaadinHttpClient browser = client();
        assertThat(browser.login(user, TestUsers.PASSWORD)).isEqualTo("/");
        assertThat(browser.open("vendors")).isEqualTo(200);
        Session session = tomcatSession(browser.sessionId());
        session.setMaxInactiveInterval(2);
        long start = System.nanoTime();
        // heartbeats every 0.5 s for 4 s (the test waits for the timeout it set, nothing else)
        while (System.nanoTime() - start < 4_000_000_000L) {
            browser.heartbeat();
            Thread.sleep(500);
        }
        HttpResponse<String> page = browser.get("vendors");
        assertThat(page.statusCode()).as("a page load after the idle timeout").isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    private Session tomcatSession(String id) throws Exception {
        TomcatWebServer server = (TomcatWebServer) ((WebServerApplicationContext) ctx).getWebServer();
        Context context = (Context) server.getTomcat().getHost().findChildren()[0];
        Session s = context.getManager().findSession(id);
        assertThat(s).as("Tomcat session " + id).isNotNull();
        return s;
    }
}
