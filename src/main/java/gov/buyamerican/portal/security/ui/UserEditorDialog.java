package gov.buyamerican.portal.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import gov.buyamerican.portal.security.AuthorityLevel;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.security.UserAccount;
import gov.buyamerican.portal.security.UserAdministration;
import gov.buyamerican.portal.security.UserForm;
import gov.buyamerican.portal.security.UserService;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ui.FieldErrors;
import gov.buyamerican.portal.shared.ui.Notifications;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;

/**
 * Creates a user or changes one. Service-side validation errors are shown next to the field they concern; the service
 * checks the ADMIN role again, whatever this dialog shows.
 */
class UserEditorDialog extends Dialog {

    private final UserService users;
    private final UserAccount account;
    private final Runnable onChange;

    private final TextField username = new TextField("User name");
    private final TextField displayName = new TextField("Name");
    private final EmailField email = new EmailField("E-mail");
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    private final ComboBox<AuthorityLevel> authority = new ComboBox<>("Approver authority");
    private final PasswordField password = new PasswordField("Initial password");

    UserEditorDialog(UserService users, UserAccount account, Clock clock, Runnable onChange) {
        this.users = users;
        this.account = account;
        this.onChange = onChange;
        boolean creating = account == null;
        setHeaderTitle(creating ? "New user" : "User " + account.username());
        setWidth("min(40rem, 95vw)");

        username.setRequired(true);
        username.setHelperText("Lower-case letters, digits, dot, dash or underscore");
        displayName.setRequired(true);
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> r.label() + " — " + r.description());
        roles.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        roles.setRequired(true);
        authority.setItems(AuthorityLevel.values());
        authority.setItemLabelGenerator(AuthorityLevel::label);
        authority.setHelperText("Needed for approvers: which waivers they may decide");
        authority.setClearButtonVisible(true);
        password.setHelperText("At least 12 characters; the user must change it at first login");
        password.setRequired(true);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.add(username, displayName, email, authority);
        form.add(roles, 2);
        if (creating) {
            form.add(password, 2);
        } else {
            username.setValue(account.username());
            username.setReadOnly(true);
            displayName.setValue(account.displayName());
            email.setValue(account.email() == null ? "" : account.email());
            roles.setValue(account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles()));
            authority.setValue(account.authorityLevel());
            Span status = UsersView.statusBadge(account, clock);
            Div statusRow = new Div(new Span("Status: "), status);
            statusRow.addClassName("portal-dialog-status");
            add(statusRow);
        }
        add(form);

        Button save = new Button(creating ? "Create user" : "Save changes", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setId("save-user");
        Button cancel = new Button("Cancel", e -> close());
        if (!creating) {
            Button toggle = new Button(account.enabled() ? "Disable" : "Enable", e -> confirmToggle());
            if (account.enabled()) {
                toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            Button reset = new Button("Reset password", e -> resetPassword());
            Div left = new Div(toggle, reset);
            if (account.lockedAt(clock.instant())) {
                left.add(new Button("Unlock", e -> {
                    users.unlock(account.id());
                    Notifications.success("Unlocked " + account.username());
                    done();
                }));
            }
            left.addClassName("portal-dialog-left-actions");
            getFooter().add(left);
        }
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                (creating ? username : displayName).focus();
            }
        });
    }

    private void save() {
        clearErrors();
        UserForm form = new UserForm(username.getValue(), displayName.getValue(), email.getValue(),
                roles.getValue(), authority.getValue(), password.getValue());
        try {
            if (account == null) {
                UserAccount created = users.create(form);
                Notifications.success("Created user " + created.username());
            } else {
                users.update(account.id(), account.version(), form);
                Notifications.success("Saved " + account.username());
            }
            done();
        } catch (BusinessRuleException ex) {
            showError(ex);
        }
    }

    private void confirmToggle() {
        boolean disabling = account.enabled();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader((disabling ? "Disable " : "Enable ") + account.username() + "?");
        confirm.setText(disabling ? "They will no longer be able to log in. Their records and history stay."
                : "They will be able to log in again with their current password.");
        confirm.setCancelable(true);
        confirm.setConfirmText(disabling ? "Disable" : "Enable");
        if (disabling) {
            confirm.setConfirmButtonTheme("error primary");
        }
        confirm.addConfirmListener(e -> {
            try {
                users.setEnabled(account.id(), account.version(), !disabling);
                Notifications.success((disabling ? "Disabled " : "Enabled ") + account.username());
                done();
            } catch (BusinessRuleException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        confirm.open();
    }

    private void resetPassword() {
        Dialog d = new Dialog();
        d.setHeaderTitle("Reset the password of " + account.username());
        PasswordField pw = new PasswordField("New password");
        pw.setWidthFull();
        pw.setHelperText("Tell it to the user by a separate channel; they must change it at their next login");
        Button generate = new Button("Generate", e -> {
            pw.setValue(UserAdministration.randomPassword());
            pw.setRevealButtonVisible(true);
        });
        Button ok = new Button("Reset password", e -> {
            try {
                users.resetPassword(account.id(), pw.getValue());
                Notifications.success("Password of " + account.username() + " reset");
                d.close();
                done();
            } catch (BusinessRuleException ex) {
                pw.setErrorMessage(ex.getMessage());
                pw.setInvalid(true);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(pw);
        d.getFooter().add(generate, new Button("Cancel", e -> d.close()), ok);
        d.setWidth("min(28rem, 95vw)");
        d.open();
    }

    private void done() {
        close();
        onChange.run();
    }

    private void clearErrors() {
        for (HasValidation f : new HasValidation[] {username, displayName, email, roles, authority, password}) {
            f.setInvalid(false);
        }
    }

    private void showError(BusinessRuleException ex) {
        Map<String, HasValidation> fields = Map.of("username", username, "displayName", displayName, "email", email,
                "roles", roles, "authorityLevel", authority, "initialPassword", password);
        FieldErrors.show(ex, fields);
    }
}
