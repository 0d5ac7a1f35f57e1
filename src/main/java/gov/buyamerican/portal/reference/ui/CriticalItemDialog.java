package gov.buyamerican.portal.reference.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import gov.buyamerican.portal.reference.CriticalItem;
import gov.buyamerican.portal.reference.CriticalItemForm;
import gov.buyamerican.portal.reference.CriticalItemService;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ui.FieldErrors;
import gov.buyamerican.portal.shared.ui.Notifications;

/** Adds a critical item or changes one; the service's messages appear next to their field. */
class CriticalItemDialog extends Dialog {

    private final TextField psc = new TextField("PSC");
    private final TextArea description = new TextArea("Item or component");
    private final BigDecimalField percent = new BigDecimalField("Additional preference");
    private final DatePicker from = Dates.isoPicker("First day it applies");
    private final DatePicker until = Dates.isoPicker("Last day it applies");
    private final TextField citation = new TextField("Source");
    private final FieldErrors errors = new FieldErrors();

    CriticalItemDialog(CriticalItemService items, CriticalItem item, Runnable onSaved) {
        boolean creating = item == null;
        setHeaderTitle(creating ? "Add a critical item" : "Critical item");
        setWidth("min(40rem, 95vw)");
        psc.setMaxLength(4);
        psc.setHelperText("Optional: 4 letters or digits");
        description.setRequiredIndicatorVisible(true);
        description.setMaxLength(500);
        percent.setSuffixComponent(new Span("%"));
        percent.setRequiredIndicatorVisible(true);
        percent.setHelperText("Added on top of the evaluation factor");
        from.setRequiredIndicatorVisible(true);
        until.setHelperText("Empty: no end date");
        until.setClearButtonVisible(true);
        citation.setRequiredIndicatorVisible(true);
        citation.setPlaceholder("e.g. FAR 25.105(b)");
        citation.setMaxLength(300);
        errors.bind("pscCode", psc).bind("description", description).bind("pricePreferencePercent", percent)
                .bind("effectiveFrom", from).bind("effectiveUntil", until).bind("citation", citation);
        if (!creating) {
            psc.setValue(item.pscCode() == null ? "" : item.pscCode());
            description.setValue(item.description());
            percent.setValue(item.pricePreferencePercent().stripTrailingZeros());
            from.setValue(item.effectiveFrom());
            until.setValue(item.effectiveUntil());
            citation.setValue(item.citation());
        }
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        form.add(description, 2);
        form.add(psc, percent, from, until);
        form.add(citation, 2);
        add(form);

        Button save = new Button(creating ? "Add" : "Save", e -> {
            errors.clear();
            CriticalItemForm values = new CriticalItemForm(psc.getValue(), description.getValue(), percent.getValue(),
                    from.getValue(), until.getValue(), citation.getValue());
            try {
                CriticalItem saved = creating ? items.create(values) : items.update(item.id(), item.version(), values);
                Notifications.success((creating ? "Added \u201c" : "Saved \u201c") + saved.description() + "\u201d");
                close();
                onSaved.run();
            } catch (BusinessRuleException ex) {
                errors.show(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-critical-item");
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
