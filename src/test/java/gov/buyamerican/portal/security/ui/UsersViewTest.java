package gov.buyamerican.portal.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.security.UserAccount;
import gov.buyamerican.portal.support.KaribuTest;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UsersViewTest extends KaribuTest {

    @BeforeEach
    void openAsAdmin() {
        login("ui-admin", Role.ADMIN);
        UI.getCurrent().navigate(UsersView.class);
    }

    @SuppressWarnings("unchecked")
    private Grid<UserAccount> grid() {
        return _get(Grid.class);
    }

    @Test
    void createsAUserThroughTheDialogAndShowsItInTheGrid() {
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("User name")), "karibu.created");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Karibu Created");
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, spec -> spec.withLabel("Roles"));
        roles.setValue(Set.of(Role.REPORTS));
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Initial password")), "Karibu-Passw0rd-1");
        _click(_get(Button.class, spec -> spec.withId("save-user")));

        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search name, user name or e-mail")), "karibu.created");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).displayName()).isEqualTo("Karibu Created");
    }

    @Test
    void aBadUserNameIsShownNextToTheField() {
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        TextField username = _get(TextField.class, spec -> spec.withLabel("User name"));
        _setValue(username, "!bad name");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Bad Name");
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, spec -> spec.withLabel("Roles"));
        roles.setValue(Set.of(Role.STAFF));
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Initial password")), "Karibu-Passw0rd-1");
        _click(_get(Button.class, spec -> spec.withId("save-user")));
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).contains("lower-case letters");
        assertThat(_find(Button.class, spec -> spec.withId("save-user"))).hasSize(1); // the dialog stays open
    }
}
