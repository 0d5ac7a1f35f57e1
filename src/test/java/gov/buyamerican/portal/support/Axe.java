package gov.buyamerican.portal.support;

import com.microsoft.playwright.Page;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs axe-core (a test resource, {@code src/test/resources/axe/axe.min.js}; never fetched at run time) in a Playwright
 * page and returns its violations. axe walks open shadow roots, so the insides of Vaadin's web components are checked
 * too. One run covers the WCAG 2.0 / 2.1 A and AA rules and axe's best practices; {@link Violation#blocking()} tells
 * which violations fail the build (WCAG rules of impact serious or critical); the rest are reported only.
 */
public final class Axe {

    /** The WCAG tags whose serious and critical violations fail the build. */
    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** Everything axe is asked to check: the WCAG tags plus best practices (reported, never blocking). */
    public static final List<String> ALL_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private static final String RUN = """
            async (tags) => {
              const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
              return r.violations.map(v => ({
                id: v.id, impact: v.impact || 'minor', tags: v.tags, help: v.help, helpUrl: v.helpUrl,
                nodes: v.nodes.map(n => ({
                  target: JSON.stringify(n.target), html: (n.html || '').substring(0, 240),
                  summary: (n.failureSummary || '').replace(/\\s+/g, ' ').substring(0, 400)}))
              }));
            }""";

    private Axe() {
    }

    /** One node (element) failing a rule; {@code target} is axe's selector, a list per shadow root crossed. */
    public record Node(String target, String html, String summary) {
    }

    public record Violation(String rule, String impact, List<String> tags, String help, String helpUrl, List<Node> nodes) {

        /** A WCAG 2.0/2.1 A or AA rule with impact serious or critical: the build fails on it. */
        public boolean blocking() {
            return BLOCKING_IMPACTS.contains(impact) && tags.stream().anyMatch(WCAG_TAGS::contains);
        }

        public boolean bestPracticeOnly() {
            return tags.stream().noneMatch(WCAG_TAGS::contains);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(rule + " (" + impact + "): " + help + " " + helpUrl);
            for (Node n : nodes) {
                sb.append("\n    ").append(n.target()).append("  ").append(n.html());
                if (!n.summary().isBlank()) {
                    sb.append("\n      ").append(n.summary());
                }
            }
            return sb.toString();
        }
    }

    /** Injects axe into the page if it is not there yet and returns the violations of the page as it is now. */
    public static List<Violation> run(Page page) {
        return run(page, ALL_TAGS);
    }

    @SuppressWarnings("unchecked")
    public static List<Violation> run(Page page, List<String> tags) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setPath(script()));
        }
        List<Map<String, Object>> raw = (List<Map<String, Object>>) page.evaluate(RUN, tags);
        List<Violation> out = new ArrayList<>();
        for (Map<String, Object> v : raw) {
            List<Node> nodes = new ArrayList<>();
            for (Map<String, Object> n : (List<Map<String, Object>>) v.get("nodes")) {
                nodes.add(new Node((String) n.get("target"), (String) n.get("html"), (String) n.get("summary")));
            }
            out.add(new Violation((String) v.get("id"), (String) v.get("impact"), (List<String>) v.get("tags"),
                    (String) v.get("help"), (String) v.get("helpUrl"), nodes));
        }
        return out;
    }

    static Path script() {
        URL url = Axe.class.getResource("/axe/axe.min.js");
        if (url == null) {
            throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
