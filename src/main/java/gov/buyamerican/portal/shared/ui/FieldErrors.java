package gov.buyamerican.portal.shared.ui;

import com.vaadin.flow.component.HasValidation;
import gov.buyamerican.portal.shared.BusinessRuleException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts a service's {@link BusinessRuleException} next to the form field it names; a message without a known field
 * becomes an error notification. Dialogs bind their fields once, clear before saving and show what comes back.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /**
     * Binds a service field name (as in {@link BusinessRuleException#field()}) to the component that shows it. The
     * field's own client-side validation is turned off, so that the service's message stays until the next save.
     */
    public FieldErrors bind(String name, HasValidation field) {
        field.setManualValidation(true);
        fields.put(name, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    public void show(BusinessRuleException e) {
        show(e, fields);
    }

    /**
     * Shows the message next to the field it names (and moves the focus there); a message without a known field
     * becomes an error notification.
     */
    public static void show(BusinessRuleException e, Map<String, ? extends HasValidation> fields) {
        HasValidation field = e.field() == null ? null : fields.get(e.field());
        if (field == null) {
            Notifications.error(e.getMessage());
            return;
        }
        field.setErrorMessage(e.getMessage());
        field.setInvalid(true);
        if (field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
            focusable.focus();
        }
    }
}
