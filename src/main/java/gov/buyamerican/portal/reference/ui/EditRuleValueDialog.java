package gov.buyamerican.portal.reference.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import gov.buyamerican.portal.reference.RuleValue;
import gov.buyamerican.portal.reference.RuleValueService;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ui.FieldErrors;
import gov.buyamerican.portal.shared.ui.Notifications;

/** Corrects the source and note of a value. Its number and dates are history and are not edited here. */
class EditRuleValueDialog extends Dialog {

    private final TextField citation = new TextField("Source");
    private final TextArea note = new TextArea("Note");
    private final FieldErrors errors = new FieldErrors();

    EditRuleValueDialog(RuleValueService rules, RuleValue v, java.time.LocalDate today, Runnable onSaved) {
        setHeaderTitle(v.key().label() + ": " + v.formattedValue());
        setWidth("min(36rem, 95vw)");
        Paragraph summary = new Paragraph("Applies " + v.period() + ". To change the number or the dates, add a new "
                + "value from a later date" + (v.effectiveFrom().isAfter(today) ? ", or delete this future one." : "."));
        summary.addClassName("portal-dialog-hint");
        citation.setValue(v.citation());
        citation.setRequiredIndicatorVisible(true);
        citation.setMaxLength(300);
        note.setValue(v.note() == null ? "" : v.note());
        note.setMaxLength(1000);
        errors.bind("citation", citation).bind("note", note);
        FormLayout form = new FormLayout(citation, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(summary, form);

        Button save = new Button("Save", e -> {
            errors.clear();
            try {
                rules.updateText(v.id(), v.version(), citation.getValue(), note.getValue());
                Notifications.success("Saved the source and note of " + v.key().label() + " " + v.formattedValue());
                close();
                onSaved.run();
            } catch (BusinessRuleException ex) {
                errors.show(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-rule-text");
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
