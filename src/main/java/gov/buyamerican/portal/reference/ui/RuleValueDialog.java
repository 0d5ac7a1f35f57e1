package gov.buyamerican.portal.reference.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import gov.buyamerican.portal.reference.RuleValue;
import gov.buyamerican.portal.reference.RuleValueService;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.files.StoredFileService;
import gov.buyamerican.portal.shared.files.ui.EvidenceUpload;
import gov.buyamerican.portal.shared.ui.FieldErrors;
import gov.buyamerican.portal.shared.ui.Notifications;
import java.time.LocalDate;

/**
 * One rule value: its number, dates, source and note, and the source documents on file (e.g. the Federal Register
 * notice). ADMIN corrects the source and note and adds documents; everyone else reads and downloads. The number and
 * dates are history and are not edited here.
 */
class RuleValueDialog extends Dialog {

    private final TextField citation = new TextField("Source");
    private final TextArea note = new TextArea("Note");
    private final FieldErrors errors = new FieldErrors();

    RuleValueDialog(RuleValueService rules, StoredFileService files, RuleValue v, LocalDate today, boolean admin,
                    Runnable onChanged) {
        setHeaderTitle(v.key().label() + ": " + v.formattedValue());
        setWidth("min(40rem, 95vw)");
        Div status = new Div(new Span("Applies " + v.period()), RuleValuesPanel.statusBadge(v, today));
        status.addClassName("portal-dialog-status");
        add(status);
        if (admin) {
            Paragraph hint = new Paragraph("To change the number or the dates, add a new value from a later date"
                    + (v.effectiveFrom().isAfter(today) ? ", or delete this future one." : "."));
            hint.addClassName("portal-dialog-hint");
            add(hint);
        }
        citation.setValue(v.citation());
        citation.setMaxLength(300);
        note.setValue(v.note() == null ? "" : v.note());
        note.setMaxLength(1000);
        citation.setReadOnly(!admin);
        note.setReadOnly(!admin);
        citation.setRequiredIndicatorVisible(admin);
        errors.bind("citation", citation).bind("note", note);
        FormLayout form = new FormLayout(citation, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        EvidenceUpload documents = EvidenceUpload.forOwner(files, RuleValueService.DOCUMENT_OWNER, v.id());
        documents.setLabel("Source documents");
        documents.setReadOnly(!admin);
        documents.addStoredListener(f -> {
            Notifications.success("Stored \u201c" + f.fileName() + "\u201d");
            onChanged.run();
        });
        documents.setId("rule-value-documents");
        add(documents);

        // "Close", not "Cancel": documents are stored as soon as they are uploaded
        Button close = new Button("Close", e -> close());
        if (admin) {
            Button save = new Button("Save", e -> {
                errors.clear();
                try {
                    rules.updateText(v.id(), v.version(), citation.getValue(), note.getValue());
                    Notifications.success("Saved the source and note of " + v.key().label() + " " + v.formattedValue());
                    close();
                    onChanged.run();
                } catch (BusinessRuleException ex) {
                    errors.show(ex);
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("save-rule-text");
            getFooter().add(close, save);
        } else {
            close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(close);
        }
    }
}
