package gov.buyamerican.portal.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.router.RouteBaseData;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import gov.buyamerican.portal.attestation.AttestationFixtures;
import gov.buyamerican.portal.attestation.AttestationService;
import gov.buyamerican.portal.catalog.Product;
import gov.buyamerican.portal.purchase.PurchaseChannel;
import gov.buyamerican.portal.purchase.PurchaseFixtures;
import gov.buyamerican.portal.purchase.PurchaseForm;
import gov.buyamerican.portal.purchase.PurchaseService;
import gov.buyamerican.portal.rules.domesticcontent.ProductKind;
import gov.buyamerican.portal.rules.waiver.WaiverType;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.shared.ui.AccessDeniedView;
import gov.buyamerican.portal.shared.ui.NotFoundView;
import gov.buyamerican.portal.support.KaribuTest;
import gov.buyamerican.portal.support.TestUsers;
import gov.buyamerican.portal.waiver.WaiverFixtures;
import gov.buyamerican.portal.waiver.WaiverService;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Direct navigation to every route (discovered from Vaadin's route registry, aliases included, so routes added later
 * are covered) as every role and as an anonymous visitor. The expectation comes from the view's access annotation
 * ({@code @AnonymousAllowed}, {@code @PermitAll}, {@code @RolesAllowed}, nothing or {@code @DenyAll}); a logged-in user
 * the view does not admit gets the portal's "No access" page and none of the view, an anonymous visitor gets the login
 * page. Parameterised routes get real records (vendor, product, attestation, waiver, invitation token) so that allowed
 * views render in full; a parameter this test does not know gets "1". Browserless (Karibu): 18 routes x 6 callers take
 * a few seconds; a browser run of the same is in SecurityJourneyIT for one case.
 */
class RouteAccessMatrixTest extends KaribuTest {

    /** The independently written expectation for the sensitive routes (the annotations must agree). */
    private static final Map<String, Set<Role>> EXPECTED = Map.of(
            "users", EnumSet.of(Role.ADMIN),
            "audit", EnumSet.of(Role.ADMIN, Role.AUDITOR),
            "waivers/inbox", EnumSet.of(Role.APPROVER),
            "waivers/new", EnumSet.of(Role.STAFF, Role.ADMIN),
            "waivers/miao-import", EnumSet.of(Role.STAFF, Role.ADMIN),
            "reference", EnumSet.of(Role.ADMIN, Role.AUDITOR, Role.REPORTS));

    private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z0-9_]+)(\\([^)]*\\))?[?*]?");

    @Autowired
    AttestationFixtures fixtures;
    @Autowired
    AttestationService attestations;
    @Autowired
    WaiverService waivers;
    @Autowired
    PurchaseFixtures purchaseFixtures;
    @Autowired
    PurchaseService purchases;
    @Autowired
    org.jooq.DSLContext dsl;

    record Target(String template, String path, Class<? extends Component> view, boolean guessed) {
    }

    /** Every route template (and alias) with its parameters filled with real records. */
    private List<Target> targets() {
        Product product = fixtures.product(ProductKind.MANUFACTURED);
        String staff = testUsers.ensure("route-matrix-staff", Role.STAFF);
        TestUsers.actAs(staff, Role.STAFF);
        long attestationId = attestations.createDraft(product.id(), AttestationFixtures.form("70", "30")).id();
        String token = attestations.invite(product.id(), "Route Matrix", "route.matrix@example.com",
                "http://portal.test").token();
        // a draft (for the edit route; drafts are private to their author, admins and auditors) and a submitted request
        long draftId = waivers.createDraft(WaiverFixtures.complete(WaiverType.UNREASONABLE_COST,
                WaiverFixtures.unique("Route matrix draft"))).id();
        var submitted = waivers.createDraft(WaiverFixtures.complete(WaiverType.UNREASONABLE_COST,
                WaiverFixtures.unique("Route matrix waiver")));
        long waiverId = waivers.submit(submitted.id(), submitted.version()).id();
        TestUsers.clear();
        long purchaseId = purchase(product);
        Map<String, String> values = Map.of(
                "productId", Long.toString(product.id()),
                "attestationId", Long.toString(attestationId),
                "token", token);

        List<Target> result = new ArrayList<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            List<String> templates = new ArrayList<>();
            templates.add(route.getTemplate());
            route.getRouteAliases().stream().map(RouteBaseData::getTemplate).forEach(templates::add);
            for (String template : templates) {
                Matcher m = PARAMETER.matcher(template);
                StringBuilder path = new StringBuilder();
                boolean guessed = false;
                while (m.find()) {
                    String name = m.group(1);
                    String value = values.get(name);
                    if (value == null && name.equals("id")) {
                        value = template.startsWith("vendors") ? Long.toString(product.offerorId())
                                : template.startsWith("waivers") && template.endsWith("/edit") ? Long.toString(draftId)
                                : template.startsWith("waivers") ? Long.toString(waiverId)
                                : template.startsWith("purchases") ? Long.toString(purchaseId) : null;
                    }
                    if (value == null) {
                        // a route added later without a fixture here: some record of the table named like the route
                        value = anyId(template.split("/")[0]);
                        guessed = true;
                    }
                    m.appendReplacement(path, Matcher.quoteReplacement(value));
                }
                m.appendTail(path);
                result.add(new Target(template, path.toString(), route.getNavigationTarget(), guessed));
            }
        }
        return result;
    }

    /** Who the view admits (null role = anonymous visitor), read from its annotations the way Vaadin reads them. */
    static Set<Role> admittedRoles(Class<?> view) {
        if (view.isAnnotationPresent(DenyAll.class)) {
            return EnumSet.noneOf(Role.class);
        }
        if (view.isAnnotationPresent(AnonymousAllowed.class) || view.isAnnotationPresent(PermitAll.class)) {
            return EnumSet.allOf(Role.class);
        }
        RolesAllowed allowed = view.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            return EnumSet.noneOf(Role.class);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(allowed.value()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    @Test
    void everyRouteAsEveryRoleShowsTheViewOrNoAccess() {
        List<Target> targets = targets();
        assertThat(targets).extracting(Target::template)
                .contains("", "login", "users", "audit", "vendors", "products", "attestations", "waivers", "reference")
                .anySatisfy(t -> assertThat(t).startsWith("attest/:token"))
                .anySatisfy(t -> assertThat(t).startsWith("vendors/:"));
        List<String> problems = new ArrayList<>();
        Map<String, String> matrix = new LinkedHashMap<>();
        int checks = 0;
        for (Role role : Role.values()) {
            login("route-matrix-" + role.name().toLowerCase(), role);
            for (Target t : targets) {
                boolean allowed = admittedRoles(t.view()).contains(role);
                String outcome = open(t);
                matrix.merge(t.template(), role + "=" + outcome, (a, b) -> a + " " + b);
                String expected = allowed ? "view" : "no-access";
                if (allowed && t.guessed() && outcome.equals("not-found")) {
                    expected = "not-found"; // no record to show, but not refused
                }
                if (t.view() == LoginView.class && outcome.equals("home")) {
                    expected = "home"; // a logged-in user opening the login page goes home
                }
                if (!outcome.equals(expected)) {
                    problems.add(role + " -> /" + t.path() + " (" + t.view().getSimpleName() + "): expected " + expected
                            + ", got " + outcome);
                }
                checks++;
            }
            logoutVaadin();
        }
        for (Target t : targets) {
            boolean anonymous = t.view().isAnnotationPresent(AnonymousAllowed.class);
            String outcome = open(t);
            matrix.merge(t.template(), "ANONYMOUS=" + outcome, (a, b) -> a + " " + b);
            String expected = anonymous ? "view" : "login";
            if (!outcome.equals(expected)) {
                problems.add("anonymous -> /" + t.path() + ": expected " + expected + ", got " + outcome);
            }
            checks++;
        }
        matrix.forEach((route, row) -> System.out.println("route matrix /" + route + ": " + row));
        assertThat(problems).isEmpty();
        assertThat(checks).isGreaterThanOrEqualTo(6 * 15);
    }

    @Test
    void theSensitiveRoutesAdmitExactlyTheRolesWrittenDown() {
        Map<String, Set<Role>> actual = new LinkedHashMap<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            if (EXPECTED.containsKey(route.getTemplate())) {
                actual.put(route.getTemplate(), admittedRoles(route.getNavigationTarget()));
            }
        }
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(EXPECTED);
    }

    @Test
    void everyRouteCarriesAnAccessAnnotation() {
        List<String> missing = new ArrayList<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            Class<?> v = route.getNavigationTarget();
            if (!v.isAnnotationPresent(AnonymousAllowed.class) && !v.isAnnotationPresent(PermitAll.class)
                    && !v.isAnnotationPresent(RolesAllowed.class) && !v.isAnnotationPresent(DenyAll.class)) {
                missing.add(v.getName());
            }
        }
        // without one Vaadin denies the view to everybody: that is safe but surely not meant
        assertThat(missing).isEmpty();
    }

    /** A purchase to open (recorded as staff). */
    private long purchase(Product product) {
        var office = purchaseFixtures.office();
        TestUsers.actAs(testUsers.ensure("route-matrix-staff", Role.STAFF), Role.STAFF);
        long id = purchases.record(new PurchaseForm(java.time.LocalDate.now(), office.id(), product.offerorId(), null,
                null, "Route matrix item", null, null, new java.math.BigDecimal("100.00"), PurchaseChannel.DIRECT_CONTRACT,
                null, null, "US", null, null, null)).id();
        TestUsers.clear();
        return id;
    }

    /** Some id of the table named like the route's first segment (singular), or "1". */
    private String anyId(String segment) {
        String table = segment.endsWith("s") ? segment.substring(0, segment.length() - 1) : segment;
        try {
            Object id = dsl.fetchValue("SELECT MIN(id) FROM " + dsl.render(org.jooq.impl.DSL.name(table)));
            return id == null ? "1" : id.toString();
        } catch (RuntimeException noSuchTable) {
            return "1";
        }
    }

    /** Back to nobody logged in (security context and the mock request). */
    private static void logoutVaadin() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        var request = (com.github.mvysny.fakeservlet.FakeRequest) com.vaadin.flow.server.VaadinServletRequest.getCurrent()
                .getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((p, r) -> false);
    }

    /** Opens the path and says what the user got: the view, "No access", the login page, home, or an error. */
    private String open(Target t) {
        try {
            UI.getCurrent().navigate(t.path());
        } catch (RuntimeException e) {
            return "exception " + e;
        }
        if (!_find(InternalServerError.class).isEmpty()) {
            return "error page";
        }
        if (!_find(NotFoundView.class).isEmpty()) {
            return "not-found";
        }
        boolean denied = !_find(AccessDeniedView.class).isEmpty();
        boolean view = !_find(t.view()).isEmpty();
        if (denied && !view) {
            return "no-access";
        }
        if (view && !denied) {
            return "view";
        }
        if (!denied && !_find(LoginView.class).isEmpty()) {
            return "login";
        }
        if (!denied && !_find(gov.buyamerican.portal.home.ui.HomeView.class).isEmpty()) {
            return "home";
        }
        return denied ? "no-access and the view" : "something else: " + UI.getCurrent().getInternals()
                .getActiveRouterTargetsChain();
    }
}
