package gov.buyamerican.portal.accessibility;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import gov.buyamerican.portal.attestation.ui.AttestationView;
import gov.buyamerican.portal.attestation.ui.AttestationsView;
import gov.buyamerican.portal.attestation.ui.ProductDetailView;
import gov.buyamerican.portal.attestation.ui.VendorAttestationView;
import gov.buyamerican.portal.audit.ui.AuditView;
import gov.buyamerican.portal.catalog.ui.ProductsView;
import gov.buyamerican.portal.home.ui.HomeView;
import gov.buyamerican.portal.purchase.ui.OfficesView;
import gov.buyamerican.portal.purchase.ui.PurchaseDetailView;
import gov.buyamerican.portal.purchase.ui.PurchaseImportView;
import gov.buyamerican.portal.purchase.ui.PurchasesView;
import gov.buyamerican.portal.reference.ui.ReferenceView;
import gov.buyamerican.portal.reporting.ui.DashboardView;
import gov.buyamerican.portal.reporting.ui.ExceptionsView;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.security.ui.LoginView;
import gov.buyamerican.portal.security.ui.UsersView;
import gov.buyamerican.portal.vendor.ui.VendorDetailView;
import gov.buyamerican.portal.vendor.ui.VendorsView;
import gov.buyamerican.portal.waiver.ui.ApproverInboxView;
import gov.buyamerican.portal.waiver.ui.MiaoImportView;
import gov.buyamerican.portal.waiver.ui.WaiverDetailView;
import gov.buyamerican.portal.waiver.ui.WaiverFormView;
import gov.buyamerican.portal.waiver.ui.WaiverListView;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Every page and dialog the accessibility check visits: one row per (view, optional action that opens a dialog or
 * menu). A row without roles is checked as every role the view's access annotation admits ({@code @PermitAll}: all;
 * {@code @RolesAllowed}: those; {@code @AnonymousAllowed}: without logging in); a row that opens something only some
 * roles see names those roles.
 *
 * <p><b>A new view?</b> Add a row here (and a row per dialog it opens). {@link AccessibilityCoverageTest} fails for any
 * {@code @Route} class (and any {@code @RouteAlias}) that has no row whose path matches its template, unless it is
 * listed in {@link #EXCLUDED} with a reason.
 */
final class A11yTable {

    /** Records the rows' paths need (ids of records created for the check, a vendor's invitation token). */
    record Fixture(long vendorId, long productId, long attestationId, long waiverId, long draftWaiverId, String token,
                   long purchaseId) {
    }

    /** Something done on the page after it loads, before axe runs: typically opening a dialog. */
    @FunctionalInterface
    interface Action {
        void run(Page page);
    }

    /**
     * One check.
     *
     * @param name   what is checked, for the report ("Vendors", "Vendors: new vendor dialog")
     * @param view   the {@code @Route} class the path opens
     * @param path   the path, from the fixture's records
     * @param roles  who opens it; {@code null}: every role the view admits
     * @param action what to open before the check; {@code null}: the page as it loads
     */
    record Check(String name, Class<?> view, Function<Fixture, String> path, Set<Role> roles, Action action) {

        /** The roles this row is checked as; empty for an anonymous view. */
        Set<Role> effectiveRoles() {
            return roles != null ? roles : rolesAdmittedBy(view);
        }

        boolean anonymous() {
            return view.isAnnotationPresent(AnonymousAllowed.class);
        }
    }

    /** {@code @Route} classes deliberately not checked, with the reason. Keep it short. */
    static final Map<Class<?>, String> EXCLUDED = Map.of();

    private static final Set<Role> WRITERS = EnumSet.of(Role.STAFF, Role.ADMIN);

    static List<Check> checks() {
        List<Check> c = new ArrayList<>();
        // ------------------------------------------------------------------ anonymous
        c.add(page("Log in", LoginView.class, f -> "login"));
        c.add(page("Vendor self-attestation (attest/{token})", VendorAttestationView.class, f -> "attest/" + f.token()));
        // ------------------------------------------------------------------ shell and home
        c.add(page("Home", HomeView.class, f -> ""));
        c.add(new Check("Home: user menu open", HomeView.class, f -> "", null, A11yTable::openUserMenu));
        c.add(new Check("Home: change password dialog", HomeView.class, f -> "", null, p -> {
            openUserMenu(p);
            p.locator("#change-password").click();
            waitForDialog(p);
        }));
        c.add(new Check("Home: the numbers of the chart shown", HomeView.class, f -> "",
                EnumSet.of(Role.ADMIN, Role.AUDITOR), p -> {
                    p.getByText("Show the numbers").click();
                    Pages.waitForServer(p);
                }));
        // ------------------------------------------------------------------ vendors
        c.add(page("Vendors", VendorsView.class, f -> "vendors"));
        c.add(dialog("Vendors: new vendor dialog", VendorsView.class, f -> "vendors", WRITERS, "#new-vendor"));
        c.add(dialog("Vendors: import dialog", VendorsView.class, f -> "vendors", WRITERS, "#vendor-import"));
        c.add(page("Vendor detail", VendorDetailView.class, f -> "vendors/" + f.vendorId()));
        c.add(dialog("Vendor detail: change status dialog", VendorDetailView.class, f -> "vendors/" + f.vendorId(),
                WRITERS, "#change-status"));
        c.add(new Check("Vendor detail: contacts tab", VendorDetailView.class, f -> "vendors/" + f.vendorId(), null,
                p -> {
                    p.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Contacts (0)")).click();
                    Pages.waitForServer(p);
                }));
        c.add(new Check("Vendor detail: add contact dialog", VendorDetailView.class, f -> "vendors/" + f.vendorId(),
                WRITERS, p -> {
                    p.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Contacts (0)")).click();
                    p.locator("#add-contact").click();
                    waitForDialog(p);
                }));
        // ------------------------------------------------------------------ products and attestations
        c.add(page("Products", ProductsView.class, f -> "products"));
        c.add(dialog("Products: new product dialog", ProductsView.class, f -> "products", WRITERS, "#new-product"));
        c.add(page("Product detail", ProductDetailView.class, f -> "products/" + f.productId()));
        c.add(dialog("Product detail: invite vendor dialog", ProductDetailView.class, f -> "products/" + f.productId(),
                WRITERS, "#invite-vendor"));
        c.add(page("Attestations", AttestationsView.class, f -> "attestations"));
        c.add(page("Attestation (submitted)", AttestationView.class, f -> "attestations/" + f.attestationId()));
        c.add(new Check("Attestation: reject dialog", AttestationView.class, f -> "attestations/" + f.attestationId(),
                WRITERS, p -> {
                    p.locator("main").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                            .setName("Reject").setExact(true)).click();
                    waitForDialog(p);
                }));
        // ------------------------------------------------------------------ waivers
        c.add(page("Waivers", WaiverListView.class, f -> "waivers"));
        c.add(page("Waiver detail", WaiverDetailView.class, f -> "waivers/" + f.waiverId()));
        c.add(new Check("Waiver detail: withdraw confirmation", WaiverDetailView.class,
                f -> "waivers/" + f.draftWaiverId(), EnumSet.of(Role.STAFF), p -> {
                    p.locator("#withdraw-waiver").click();
                    waitForDialog(p);
                }));
        c.add(page("New waiver request", WaiverFormView.class, f -> "waivers/new"));
        c.add(new Check("Edit waiver request (draft)", WaiverFormView.class, f -> "waivers/" + f.draftWaiverId() + "/edit",
                EnumSet.of(Role.STAFF), null));
        c.add(page("Approver inbox", ApproverInboxView.class, f -> "waivers/inbox"));
        c.add(page("Import the MIAO waiver list", MiaoImportView.class, f -> "waivers/miao-import"));
        // ------------------------------------------------------------------ purchases
        c.add(page("Purchases", PurchasesView.class, f -> "purchases"));
        c.add(dialog("Purchases: new purchase dialog", PurchasesView.class, f -> "purchases", WRITERS, "#new-purchase"));
        c.add(page("Purchase detail", PurchaseDetailView.class, f -> "purchases/" + f.purchaseId()));
        c.add(dialog("Purchase detail: edit dialog", PurchaseDetailView.class, f -> "purchases/" + f.purchaseId(),
                WRITERS, "#purchase-edit"));
        c.add(dialog("Purchase detail: delete confirmation", PurchaseDetailView.class,
                f -> "purchases/" + f.purchaseId(), WRITERS, "#purchase-delete"));
        c.add(page("Import purchases", PurchaseImportView.class, f -> "purchases/import"));
        c.add(page("Offices", OfficesView.class, f -> "offices"));
        c.add(dialog("Offices: new office dialog", OfficesView.class, f -> "offices", WRITERS, "#new-office"));
        // ------------------------------------------------------------------ reports
        c.add(page("Compliance dashboard", DashboardView.class, f -> "reports"));
        c.add(new Check("Compliance dashboard: every chart's table shown", DashboardView.class, f -> "reports", null,
                p -> {
                    var toggles = p.locator("vaadin-details.reports-numbers vaadin-details-summary");
                    for (int i = 0; i < toggles.count(); i++) {
                        toggles.nth(i).click();
                    }
                    Pages.waitForServer(p);
                }));
        c.add(page("Compliance exceptions", ExceptionsView.class, f -> "reports/exceptions"));
        // ------------------------------------------------------------------ administration and audit
        c.add(page("Users", UsersView.class, f -> "users"));
        c.add(dialog("Users: new user dialog", UsersView.class, f -> "users", EnumSet.of(Role.ADMIN), "#new-user"));
        c.add(page("Reference data", ReferenceView.class, f -> "reference"));
        c.add(dialog("Reference data: add rule value dialog", ReferenceView.class, f -> "reference",
                EnumSet.of(Role.ADMIN), "#add-value-DOMESTIC_CONTENT_THRESHOLD"));
        c.add(new Check("Reference data: critical items tab", ReferenceView.class, f -> "reference", null, p -> {
            p.locator("#tab-critical-items").click();
            p.locator("#grid-critical-items").waitFor();
            Pages.waitForServer(p);
        }));
        c.add(new Check("Reference data: countries tab", ReferenceView.class, f -> "reference", null, p -> {
            p.locator("#tab-countries").click();
            p.locator("#grid-countries").waitFor();
            Pages.waitForServer(p);
        }));
        c.add(page("Audit trail", AuditView.class, f -> "audit"));
        return c;
    }

    static Check page(String name, Class<?> view, Function<Fixture, String> path) {
        return new Check(name, view, path, null, null);
    }

    static Check dialog(String name, Class<?> view, Function<Fixture, String> path, Set<Role> roles, String opener) {
        return new Check(name, view, path, roles, p -> {
            p.locator(opener).click();
            waitForDialog(p);
        });
    }

    static void openUserMenu(Page p) {
        p.locator("#user-menu").click();
        p.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Log out")).waitFor();
        Pages.waitForServer(p);
    }

    static void waitForDialog(Page p) {
        p.waitForFunction("() => [...document.querySelectorAll('vaadin-dialog, vaadin-confirm-dialog')]"
                + ".some(d => d.opened && !d.hasAttribute('opening'))");
        Pages.waitForServer(p);
    }

    /** The roles a view's access annotation admits; empty for an anonymous view. */
    static Set<Role> rolesAdmittedBy(Class<?> view) {
        if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            return EnumSet.noneOf(Role.class);
        }
        if (view.isAnnotationPresent(PermitAll.class)) {
            return EnumSet.allOf(Role.class);
        }
        RolesAllowed allowed = view.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            throw new IllegalStateException(view.getName() + " has no access annotation");
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : allowed.value()) {
            roles.add(Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(view.getName() + ": unknown role " + name)));
        }
        return roles;
    }

    private A11yTable() {
    }
}
