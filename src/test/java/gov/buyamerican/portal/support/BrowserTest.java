package gov.buyamerican.portal.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End-to-end tests in real headless Chromium (Debian's {@code /usr/bin/chromium}, never a downloaded browser) against
 * the running portal. One browser per test JVM; a fresh context (cookies, storage) per test. Waiting relies on
 * Playwright's auto-waiting, never on sleeps. A screenshot of the last page is saved under target/e2e-screenshots.
 */
@PortalSpringTest
public abstract class BrowserTest {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestUsers testUsers;

    protected BrowserContext context;
    protected Page page;
    private String testName;

    static synchronized Browser browser() {
        if (browser == null) {
            String chromium = System.getProperty("chromium.path", "/usr/bin/chromium");
            if (!Files.isExecutable(Path.of(chromium))) {
                throw new IllegalStateException("The end-to-end tests need Chromium at " + chromium
                        + " (Debian: apt-get install chromium; .ci/run installs it)");
            }
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(chromium))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }

    @BeforeEach
    void openContext(TestInfo info) {
        testName = info.getTestClass().map(Class::getSimpleName).orElse("test") + "-"
                + info.getTestMethod().map(m -> m.getName()).orElse("");
        context = browser().newContext(new Browser.NewContextOptions().setViewportSize(1366, 860));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() throws Exception {
        try {
            Path dir = Path.of("target", "e2e-screenshots");
            Files.createDirectories(dir);
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(testName + ".png")));
        } finally {
            context.close();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Logs in through the real login form and waits for the application shell. */
    protected void login(String username, String password) {
        page.navigate(url("login"));
        submitLogin(username, password);
        page.locator("vaadin-app-layout").waitFor();
    }

    protected void submitLogin(String username, String password) {
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }

    protected void logout() {
        page.locator("#user-menu").click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Log out")).click();
        page.locator("vaadin-login-form").waitFor();
    }
}
