package gov.buyamerican.portal.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.security.ui.UsersView;
import gov.buyamerican.portal.support.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The navigation shows only the sections a role may open, and a forbidden route shows "No access". */
class MainLayoutTest extends KaribuTest {

    private List<String> navLabels() {
        UI.getCurrent().navigate("");
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void adminSeesUsersAndAuditTrail() {
        login("nav-admin", Role.ADMIN);
        assertThat(navLabels()).contains("Home", "Users", "Audit trail");
    }

    @Test
    void staffSeesNeitherUsersNorAuditTrail() {
        login("nav-staff", Role.STAFF);
        assertThat(navLabels()).contains("Home").doesNotContain("Users", "Audit trail");
    }

    @Test
    void auditorSeesAuditTrailButNotUsers() {
        login("nav-auditor", Role.AUDITOR);
        assertThat(navLabels()).contains("Audit trail").doesNotContain("Users");
    }

    @Test
    void sectionsStayHighlightedOnTheirDetailPagesButHomeDoesNot() {
        login("nav-nested", Role.STAFF);
        UI.getCurrent().navigate("");
        var items = _find(SideNavItem.class);
        assertThat(items).filteredOn(i -> i.getLabel().equals("Home")).singleElement()
                .satisfies(i -> assertThat(i.isMatchNested()).isFalse());
        assertThat(items).filteredOn(i -> i.getLabel().equals("Vendors")).singleElement()
                .satisfies(i -> assertThat(i.isMatchNested()).isTrue());
    }

    @Test
    void staffOpeningUsersGetsNoAccessPage() {
        login("nav-staff2", Role.STAFF);
        UI.getCurrent().navigate("users");
        assertThat(_find(UsersView.class)).isEmpty();
        _get(AccessDeniedView.class);
        assertThat(_get(SideNav.class).getItems()).isNotEmpty();
    }
}
