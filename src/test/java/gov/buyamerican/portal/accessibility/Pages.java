package gov.buyamerican.portal.accessibility;

import com.microsoft.playwright.Page;

/** Waiting for a Vaadin page to settle, and switching the colour scheme, without sleeps. */
final class Pages {

    /** True once Vaadin has booted and no client of the page has a server round trip in flight. */
    private static final String IDLE = """
            () => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)
                && Object.values(window.Vaadin.Flow.clients).length > 0
                && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())""";

    static void waitForServer(Page page) {
        page.waitForFunction(IDLE);
        settle(page);
    }

    /**
     * Waits for running CSS transitions and animations (a dialog opening, a label changing colour with the theme) to
     * end, so that axe reads final colours. Infinite animations (progress indicators) are not waited for.
     */
    static void settle(Page page) {
        page.evaluate("""
                async () => {
                  const finite = document.getAnimations().filter(a => a.playState !== 'finished'
                      && a.effect && a.effect.getComputedTiming().iterations !== Infinity);
                  await Promise.all(finite.map(a => a.finished.catch(() => null)));
                }""");
    }

    /** Navigates and waits for the view (its main element) and for the server to be idle. */
    static void open(Page page, String url) {
        page.navigate(url);
        page.locator("main").first().waitFor();
        waitForServer(page);
    }

    /**
     * The dark colour scheme as the user menu's "Dark theme" item sets it (Vaadin's Page.setColorScheme: the html
     * element's theme attribute and CSS color-scheme), plus the stored choice the shell reads when it attaches.
     */
    static void useDarkTheme(Page page, boolean dark) {
        page.evaluate("""
                (dark) => {
                  try { localStorage.setItem('portal-color-scheme', dark ? 'dark' : 'light'); } catch (e) { /* about:blank */ }
                  document.documentElement.setAttribute('theme', dark ? 'dark' : 'light');
                  document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
                }""", dark);
        page.waitForFunction("(v) => document.documentElement.getAttribute('theme') === v", dark ? "dark" : "light");
        settle(page);
    }

    private Pages() {
    }
}
