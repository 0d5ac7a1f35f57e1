package gov.buyamerican.portal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import gov.buyamerican.portal.security.UserService;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ui.Notifications;

/** The logged-in user changes their own password; errors appear next to the field they concern. */
public class ChangePasswordDialog extends Dialog {

    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField next = new PasswordField("New password");
    private final PasswordField repeat = new PasswordField("Repeat the new password");

    public ChangePasswordDialog(UserService users) {
        this(users, false);
    }

    public ChangePasswordDialog(UserService users, boolean required) {
        setHeaderTitle(required ? "Choose your own password" : "Change password");
        setCloseOnOutsideClick(false);
        setCloseOnEsc(!required);
        next.setHelperText("At least 12 characters");
        for (PasswordField f : new PasswordField[] {current, next, repeat}) {
            f.setRequiredIndicatorVisible(true);
            f.setWidthFull();
        }
        FormLayout form = new FormLayout(current, next, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button save = new Button("Change password", e -> save(users));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        if (!required) {
            getFooter().add(new Button("Cancel", e -> close()));
        }
        getFooter().add(save);
        setWidth("min(28rem, 95vw)");
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                current.focus();
            }
        });
    }

    private void save(UserService users) {
        current.setInvalid(false);
        next.setInvalid(false);
        repeat.setInvalid(false);
        if (!next.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage("The two new passwords differ");
            repeat.setInvalid(true);
            return;
        }
        try {
            users.changeOwnPassword(current.getValue(), next.getValue());
            Notifications.success("Your password was changed");
            close();
        } catch (BusinessRuleException ex) {
            PasswordField field = "currentPassword".equals(ex.field()) ? current : next;
            field.setErrorMessage(ex.getMessage());
            field.setInvalid(true);
        }
    }
}
