package gov.buyamerican.portal.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import gov.buyamerican.portal.security.CurrentUser;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.security.UserAccount;
import gov.buyamerican.portal.security.UserService;
import gov.buyamerican.portal.security.ui.ChangePasswordDialog;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/**
 * The application shell: a side navigation listing only the sections the user's roles may open (Vaadin filters the
 * menu entries by each view's access annotation), the page title, and the user menu (change password, light or dark
 * theme, log out).
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    static final String COLOR_SCHEME_KEY = "portal-color-scheme";

    private final Span viewTitle = new Span();
    private final AuthenticationContext authentication;
    private final UserService users;
    private MenuItem themeItem;

    public MainLayout(AuthenticationContext authentication, UserService users) {
        this.authentication = authentication;
        this.users = users;
        setPrimarySection(Section.DRAWER);
        addToDrawer(createBrand(), new Scroller(createSideNav()));
        addToNavbar(true, createNavbar());
    }

    private Component createBrand() {
        Icon logo = VaadinIcon.FLAG.create();
        logo.addClassName("portal-brand-logo");
        logo.getElement().setAttribute("aria-hidden", "true");
        Span name = new Span("Buy American");
        name.addClassName("portal-brand-name");
        Span sub = new Span("Compliance Portal");
        sub.addClassName("portal-brand-sub");
        Div text = new Div(name, sub);
        text.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        Div brand = new Div(logo, text);
        brand.addClassName("portal-brand");
        return brand;
    }

    private SideNav createSideNav() {
        SideNav nav = new SideNav();
        nav.setLabel("Sections");
        nav.getElement().setAttribute("aria-label", "Main navigation");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = entry.icon() == null
                    ? new SideNavItem(entry.title(), entry.path())
                    : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
            // a section stays highlighted on its detail pages (vendors/42 under Vendors); not Home, which would match all
            item.setMatchNested(!entry.path().isEmpty() && !"/".equals(entry.path()));
            nav.addItem(item);
        }
        return nav;
    }

    private Component createNavbar() {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the navigation");
        viewTitle.addClassName("portal-view-title");

        String username = CurrentUser.username().orElse("");
        String displayName = users.me().map(u -> u.displayName()).orElse(username);
        Avatar avatar = new Avatar(displayName);
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        avatar.getElement().setAttribute("aria-hidden", "true");
        String roles = CurrentUser.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", "));

        MenuBar userMenu = new MenuBar();
        userMenu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        userMenu.getElement().setAttribute("aria-label", "User menu");
        Div who = new Div(avatar, new Span(displayName));
        who.addClassName("portal-user");
        MenuItem root = userMenu.addItem(who);
        root.setId("user-menu");
        var sub = root.getSubMenu();
        Div info = new Div(new Span(username), new Span(roles));
        info.addClassName("portal-user-info");
        // an item (disabled: it does nothing), not a bare component: a menu may only hold menu items
        sub.addItem(info).setEnabled(false);
        sub.addSeparator();
        sub.addItem("Change password", e -> new ChangePasswordDialog(users).open()).setId("change-password");
        themeItem = sub.addItem("Dark theme", e -> toggleColorScheme());
        themeItem.setCheckable(true);
        themeItem.setId("toggle-theme");
        sub.addItem("Log out", e -> authentication.logout()).setId("logout");

        Div right = new Div(userMenu);
        right.addClassName("portal-navbar-right");
        Div bar = new Div(toggle, viewTitle, right);
        bar.addClassName("portal-navbar");
        return bar;
    }

    private void toggleColorScheme() {
        boolean dark = themeItem.isChecked();
        applyColorScheme(dark);
        UI.getCurrent().getPage().executeJs("localStorage.setItem($0, $1)", COLOR_SCHEME_KEY, dark ? "dark" : "light");
    }

    private void applyColorScheme(boolean dark) {
        UI.getCurrent().getPage().setColorScheme(dark ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage()
                .executeJs("return localStorage.getItem($0) || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')",
                        COLOR_SCHEME_KEY)
                .then(String.class, value -> {
                    boolean dark = "dark".equals(value);
                    themeItem.setChecked(dark);
                    applyColorScheme(dark);
                });
        users.me().filter(UserAccount::mustChangePassword)
                .ifPresent(u -> new ChangePasswordDialog(users, true).open());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // the section name; the view's own toolbar carries the page heading (h1)
        String title = MenuConfiguration.getPageHeader(getContent()).orElse("");
        int bar = title.indexOf(" | ");
        viewTitle.setText(bar > 0 ? title.substring(0, bar) : title);
    }
}
