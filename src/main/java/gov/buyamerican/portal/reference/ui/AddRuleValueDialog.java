package gov.buyamerican.portal.reference.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import gov.buyamerican.portal.reference.NewRuleValue;
import gov.buyamerican.portal.reference.RuleKey;
import gov.buyamerican.portal.reference.RuleUnit;
import gov.buyamerican.portal.reference.RuleValue;
import gov.buyamerican.portal.reference.RuleValueService;
import gov.buyamerican.portal.reference.internal.RuleValueTimeline;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ui.FieldErrors;
import gov.buyamerican.portal.shared.ui.Notifications;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Adds a dated value to one rule. While the dates are typed, the dialog says what will happen to the other values (the
 * open-ended one closes the day before) or shows the overlap or gap next to the date; the service checks again.
 */
class AddRuleValueDialog extends Dialog {

    private final RuleValueService rules;
    private final RuleKey key;
    private final List<RuleValue> values;
    private final LocalDate today;
    private final Runnable onSaved;

    private final BigDecimalField value = new BigDecimalField("Value");
    private final DatePicker from = Dates.isoPicker("First day it applies");
    private final DatePicker until = Dates.isoPicker("Last day it applies");
    private final TextField citation = new TextField("Source");
    private final TextArea note = new TextArea("Note");
    private final Paragraph effect = new Paragraph();
    private final FieldErrors errors = new FieldErrors();

    AddRuleValueDialog(RuleValueService rules, RuleKey key, List<RuleValue> values, LocalDate today, Runnable onSaved) {
        this.rules = rules;
        this.key = key;
        this.values = values;
        this.today = today;
        this.onSaved = onSaved;
        setHeaderTitle("Add a value: " + key.label());
        setWidth("min(42rem, 95vw)");

        value.setRequiredIndicatorVisible(true);
        switch (key.unit()) {
            case PERCENT -> value.setSuffixComponent(new Span("%"));
            case USD -> value.setPrefixComponent(new Span("$"));
            case DAYS, BUSINESS_DAYS -> value.setSuffixComponent(new Span(key.unit().label()));
        }
        value.setHelperText(helpFor(key.unit()));
        from.setRequiredIndicatorVisible(true);
        from.setHelperText(key.thresholdKey().isPresent()
                ? "By delivery year: start on 1 January so that a whole year has one value" : "");
        until.setHelperText("Empty: until a later value replaces it");
        until.setClearButtonVisible(true);
        citation.setRequiredIndicatorVisible(true);
        citation.setPlaceholder("e.g. FAR 25.101(a)(2)(i); 87 FR 12780");
        citation.setMaxLength(300);
        note.setMaxLength(1000);
        errors.bind("value", value).bind("effectiveFrom", from).bind("effectiveUntil", until)
                .bind("citation", citation).bind("note", note);

        Paragraph current = new Paragraph(values.stream().filter(v -> v.appliesOn(today)).findFirst()
                .map(v -> "In force today: " + v.formattedValue() + " (" + v.period() + ").")
                .orElse("No value is in force today."));
        current.addClassName("portal-dialog-hint");
        effect.addClassName("portal-dialog-effect");
        effect.setId("add-value-effect");
        from.addValueChangeListener(e -> preview());
        until.addValueChangeListener(e -> preview());
        values.stream().max(Comparator.comparing(RuleValue::effectiveFrom))
                .filter(last -> last.effectiveUntil() != null)
                .ifPresent(last -> from.setValue(last.effectiveUntil().plusDays(1)));

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        form.add(value, 2);
        form.add(from, until);
        form.add(citation, 2);
        form.add(note, 2);
        add(new Div(current, effect), form);

        Button save = new Button("Add value", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-rule-value");
        getFooter().add(new Button("Cancel", e -> close()), save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                value.focus();
            }
        });
        preview();
    }

    /** Says what the dates will do, or puts the overlap or gap next to the date that causes it. */
    private void preview() {
        from.setInvalid(false);
        until.setInvalid(false);
        if (from.getValue() == null) {
            effect.setText("");
            return;
        }
        if (until.getValue() != null && until.getValue().isBefore(from.getValue())) {
            errors.show(new BusinessRuleException("effectiveUntil", "The last day cannot be before the first day"));
            effect.setText("");
            return;
        }
        try {
            var plan = RuleValueTimeline.planAdd(values, from.getValue(), until.getValue());
            String change = plan.previousToClose()
                    .map(p -> "Adding it ends " + p.formattedValue() + " (from " + p.effectiveFrom() + ") on "
                            + from.getValue().minusDays(1) + ".")
                    .orElse("No other value changes.");
            effect.setText(from.getValue().isAfter(today) ? change : change + " It starts on or before today: it "
                    + "changes which number applied on days that have passed, so check the date.");
        } catch (BusinessRuleException ex) {
            effect.setText("");
            errors.show(ex);
        }
    }

    private void save() {
        errors.clear();
        try {
            RuleValue added = rules.add(new NewRuleValue(key, value.getValue(), from.getValue(), until.getValue(),
                    citation.getValue(), note.getValue()));
            Notifications.success("Added " + key.label() + " " + added.formattedValue() + " " + added.period());
            close();
            onSaved.run();
        } catch (BusinessRuleException ex) {
            errors.show(ex);
        }
    }

    private static String helpFor(RuleUnit unit) {
        return switch (unit) {
            case PERCENT -> "In percent, e.g. 65 for 65%";
            case USD -> "In US dollars";
            case DAYS -> "A whole number of calendar days";
            case BUSINESS_DAYS -> "A whole number of business days";
        };
    }
}
