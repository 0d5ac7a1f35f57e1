package gov.buyamerican.portal.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import gov.buyamerican.portal.PortalApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The guard that keeps {@link A11yTable} complete: every {@code @Route} class of the application (and each of its
 * {@code @RouteAlias}es) needs a row whose path matches its route template, or an entry in
 * {@link A11yTable#EXCLUDED} saying why not. Found by a classpath scan of the application's packages, so a view added
 * in any module is seen.
 */
class AccessibilityCoverageTest {

    private static final A11yTable.Fixture SAMPLE = new A11yTable.Fixture(11, 12, 13, 14, 15, "sample-token_abc", 16);

    @Test
    void everyRouteHasARowInTheAccessibilityTable() {
        List<Class<?>> routes = routeClasses();
        assertThat(routes).as("the scan finds the views").hasSizeGreaterThanOrEqualTo(15);
        assertThat(uncovered(routes, A11yTable.checks()))
                .as("routes without a row in A11yTable (add one, or exclude it in A11yTable.EXCLUDED with a reason)")
                .isEmpty();
    }

    @Test
    void everyRowPointsAtARouteItsRolesMayOpen() {
        for (A11yTable.Check c : A11yTable.checks()) {
            assertThat(c.view().isAnnotationPresent(Route.class)).as(c.name() + ": view is a @Route").isTrue();
            assertThat(A11yTable.rolesAdmittedBy(c.view())).as(c.name() + ": roles the view admits")
                    .containsAll(c.effectiveRoles());
            assertThat(templates(c.view()).stream().anyMatch(t -> matches(t, c.path().apply(SAMPLE))))
                    .as(c.name() + ": path /" + c.path().apply(SAMPLE) + " matches a template of " + c.view().getSimpleName())
                    .isTrue();
        }
        assertThat(A11yTable.EXCLUDED.values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
    }

    /** The guard can fail: a view whose rows are taken out of the table is reported, with each of its templates. */
    @Test
    void aRouteMissingFromTheTableIsReported() {
        List<A11yTable.Check> withoutWaiverForm = A11yTable.checks().stream()
                .filter(c -> c.view() != gov.buyamerican.portal.waiver.ui.WaiverFormView.class).toList();
        assertThat(uncovered(routeClasses(), withoutWaiverForm)).containsExactly(
                "gov.buyamerican.portal.waiver.ui.WaiverFormView @Route(\"waivers/new\")",
                "gov.buyamerican.portal.waiver.ui.WaiverFormView @Route(\"waivers/:id([0-9]+)/edit\")");
        assertThat(matches("waivers/:id([0-9]+)/edit", "waivers/15/edit")).isTrue();
        assertThat(matches("waivers/:id([0-9]+)/edit", "waivers/new")).isFalse();
        assertThat(matches("attest/:token", "attest/abc-_9")).isTrue();
        assertThat(matches("", "")).isTrue();
        assertThat(matches("", "vendors")).isFalse();
    }

    static List<Class<?>> routeClasses() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<Class<?>> out = new ArrayList<>();
        for (BeanDefinition bd : scanner.findCandidateComponents(PortalApplication.class.getPackageName())) {
            try {
                Class<?> c = Class.forName(bd.getBeanClassName());
                if (c.getName().startsWith(PortalApplication.class.getPackageName())) {
                    out.add(c);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    static List<String> uncovered(List<Class<?>> routes, List<A11yTable.Check> checks) {
        List<String> missing = new ArrayList<>();
        for (Class<?> view : routes) {
            if (A11yTable.EXCLUDED.containsKey(view)) {
                continue;
            }
            for (String t : templates(view)) {
                boolean covered = checks.stream().anyMatch(c -> c.view() == view && matches(t, c.path().apply(SAMPLE)));
                if (!covered) {
                    missing.add(view.getName() + " @Route(\"" + t + "\")");
                }
            }
        }
        return missing;
    }

    static List<String> templates(Class<?> view) {
        List<String> t = new ArrayList<>();
        Route route = view.getAnnotation(Route.class);
        if (route != null) {
            t.add(route.value());
        }
        for (RouteAlias alias : view.getAnnotationsByType(RouteAlias.class)) {
            t.add(alias.value());
        }
        return t;
    }

    private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z0-9_]+)([?*]?)(?:\\((.*)\\))?");

    /** Whether a concrete path matches a Vaadin route template ({@code products/:productId([0-9]{1,18})}). */
    static boolean matches(String template, String path) {
        String t = template.startsWith("/") ? template.substring(1) : template;
        StringBuilder regex = new StringBuilder();
        String[] segments = t.isEmpty() ? new String[0] : t.split("/");
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            String sep = i == 0 ? "" : "/";
            Matcher m = PARAMETER.matcher(s);
            if (m.matches()) {
                String value = m.group(3) != null ? "(?:" + m.group(3) + ")" : "[^/]+";
                switch (m.group(2)) {
                    case "?" -> regex.append("(?:").append(sep).append(value).append(")?");
                    case "*" -> regex.append("(?:").append(sep).append(".*)?");
                    default -> regex.append(sep).append(value);
                }
            } else {
                regex.append(sep).append(Pattern.quote(s));
            }
        }
        return path.matches(regex.toString());
    }
}
