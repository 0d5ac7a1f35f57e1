package gov.buyamerican.portal.security.ui;

import gov.buyamerican.portal.shared.ui.Grids;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.security.Roles;
import gov.buyamerican.portal.security.UserAccount;
import gov.buyamerican.portal.security.UserService;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.shared.ui.Badge;
import gov.buyamerican.portal.shared.ui.Formats;
import gov.buyamerican.portal.shared.ui.ViewToolbar;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/** User administration (ADMIN): create, change roles, disable, reset passwords, unlock. */
@Route("users")
@PageTitle("Users | Buy American Compliance Portal")
@Menu(order = 90, icon = "vaadin:users", title = "Users")
@RolesAllowed(Roles.ADMIN)
public class UsersView extends Main {

    private final UserService users;
    private final Clock clock;
    private final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);
    private final TextField search = new TextField();

    public UsersView(UserService users, Clock clock) {
        this.users = users;
        this.clock = clock;
        addClassName("portal-view");

        search.setPlaceholder("Search name, user name or e-mail");
        search.setAriaLabel("Search users");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        search.setWidth("20rem");

        Button create = new Button("New user", VaadinIcon.PLUS.create(), e -> openEditor(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-user");

        grid.addColumn(UserAccount::username).setHeader("User name").setKey("username").setSortable(true).setAutoWidth(true);
        grid.addColumn(UserAccount::displayName).setHeader("Name").setKey("displayName").setSortable(true).setFlexGrow(1);
        grid.addColumn(u -> u.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", ")))
                .setHeader("Roles").setFlexGrow(2);
        grid.addComponentColumn(u -> statusBadge(u, clock)).setHeader("Status").setAutoWidth(true);
        grid.addColumn(u -> Formats.dateTime(u.lastLoginAt())).setHeader("Last login").setKey("lastLoginAt")
                .setSortable(true).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Users");
        grid.setEmptyStateText("No user matches the search");
        Grids.openOnClickOrEnter(grid, item -> openEditor(item));
        grid.setItems(query -> users.list(search.getValue(), new PageQuery(query.getOffset(), query.getLimit(),
                query.getSortOrders().stream().map(o -> new PageQuery.SortOrder(o.getSorted(),
                        o.getDirection() == SortDirection.ASCENDING)).toList())).stream(),
                query -> users.count(search.getValue()));
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("username"), SortDirection.ASCENDING)));
        grid.setSizeFull();

        add(new ViewToolbar("Users", "Who may use the portal, and with which roles.", search, create), grid);
    }

    static Badge statusBadge(UserAccount u, Clock clock) {
        if (!u.enabled()) {
            return new Badge("Disabled", Badge.Tone.NEUTRAL);
        }
        if (u.lockedAt(clock.instant())) {
            return new Badge("Locked", Badge.Tone.ERROR);
        }
        return new Badge("Active", Badge.Tone.SUCCESS);
    }

    private void openEditor(UserAccount account) {
        new UserEditorDialog(users, account, clock, this::refresh).open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
