package gov.buyamerican.portal.attestation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import gov.buyamerican.portal.attestation.AttestationForm;
import gov.buyamerican.portal.attestation.Certification;
import gov.buyamerican.portal.rules.domesticcontent.CalculationOutcome;
import gov.buyamerican.portal.rules.domesticcontent.Component;
import gov.buyamerican.portal.rules.domesticcontent.ComponentOrigin;
import gov.buyamerican.portal.rules.domesticcontent.CostBasis;
import gov.buyamerican.portal.rules.domesticcontent.ValidationError;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.identifiers.Countries;
import gov.buyamerican.portal.shared.identifiers.Country;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The attestation form, shared by staff and by vendors on an invitation link: place of manufacture, delivery year,
 * fallback condition, the component lines, and the signer. Every change re-computes the result at once (no save
 * needed) through the given calculation, and puts each input problem next to its field or component line.
 */
public class AttestationFormPanel extends Composite<Div> {

    private final Function<AttestationForm, CalculationOutcome> calculation;
    final ComboBox<Country> placeCountry = new ComboBox<>("Country of manufacture");
    final TextField placeState = new TextField("State or region");
    final TextField placeCity = new TextField("City");
    final TextField placeFacility = new TextField("Facility");
    final IntegerField deliveryYear = new IntegerField("Expected delivery year");
    final Checkbox fallback = new Checkbox("No domestic offer, or the domestic offer is unreasonably priced"
            + " (FAR 25.106(b)(2) fallback)");
    final TextField signerName = new TextField("Signer's name");
    final TextField signerTitle = new TextField("Signer's title");
    final EmailField signerEmail = new EmailField("Signer's e-mail");
    final Checkbox agree = new Checkbox("I agree to the certification above");
    private final Div lines = new Div();
    final List<ComponentRow> rows = new ArrayList<>();
    final Button addLine = new Button("Add component", VaadinIcon.PLUS.create());
    final ResultPanel result = new ResultPanel();
    private final Div componentErrors = new Div();
    private boolean loading;

    public AttestationFormPanel(Function<AttestationForm, CalculationOutcome> calculation, boolean withSigner) {
        this.calculation = calculation;
        getContent().addClassName("attestation-form");

        placeCountry.setItems(Countries.all());
        placeCountry.setItemLabelGenerator(c -> c.name() + " (" + c.alpha2() + ")");
        placeCountry.setId("place-country");
        placeCountry.setClearButtonVisible(true);
        deliveryYear.setId("delivery-year");
        placeCountry.setManualValidation(true);
        deliveryYear.setManualValidation(true);
        signerName.setManualValidation(true);
        signerTitle.setManualValidation(true);
        signerEmail.setManualValidation(true);
        deliveryYear.setStepButtonsVisible(true);
        deliveryYear.setMin(2000);
        deliveryYear.setMax(2100);
        fallback.setId("fallback");
        FormLayout place = new FormLayout(placeCountry, placeState, placeCity, placeFacility, deliveryYear, fallback);
        place.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 3));
        place.setColspan(fallback, 2);

        lines.addClassName("attestation-lines");
        addLine.setId("add-component");
        addLine.addClickListener(e -> {
            addRow(null);
            rows.getLast().name.focus();
            recalculate();
        });
        componentErrors.addClassName("attestation-errors");
        componentErrors.getElement().setAttribute("role", "alert");

        Div components = new Div(new H2("Components"), new Paragraph("Every component incorporated directly into the"
                + " end product, with its cost (purchased: acquisition cost with transport and duty; made by the"
                + " manufacturer: cost of making it with allocable overhead, without profit). Unknown origin counts as"
                + " foreign; components of a class on the FAR 25.104 nonavailable list and US scrap count as domestic."),
                lines, addLine, componentErrors);
        components.addClassName("portal-section");

        Div left = new Div(sectionOf("Place of manufacture and delivery", place), components);
        left.addClassName("attestation-form-main");
        if (withSigner) {
            signerName.setId("signer-name");
            signerTitle.setId("signer-title");
            signerEmail.setId("signer-email");
            agree.setId("certification-agree");
            Paragraph text = new Paragraph(Certification.TEXT);
            text.addClassName("attestation-certification");
            Span version = new Span("Certification " + Certification.VERSION);
            version.addClassName("portal-rule-unit");
            FormLayout signer = new FormLayout(signerName, signerTitle, signerEmail);
            signer.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
            left.add(sectionOf("Signature", signer, version, text, agree));
        }
        getContent().add(left, result);

        for (HasValue<?, ?> f : List.<HasValue<?, ?>>of(placeCountry, placeState, placeCity, placeFacility, deliveryYear,
                fallback)) {
            f.addValueChangeListener(e -> recalculate());
        }
        for (TextField t : List.of(placeState, placeCity, placeFacility)) {
            t.setValueChangeMode(ValueChangeMode.LAZY);
        }
        deliveryYear.setValueChangeMode(ValueChangeMode.LAZY);
    }

    private static Div sectionOf(String title, com.vaadin.flow.component.Component... content) {
        Div d = new Div(new H2(title));
        d.add(content);
        d.addClassName("portal-section");
        return d;
    }

    /** Fills the form (no recalculation per field; one at the end). */
    public void setForm(AttestationForm form) {
        loading = true;
        try {
            placeCountry.setValue(form.placeCountry() == null ? null : Countries.byAlpha2(form.placeCountry()).orElse(null));
            placeState.setValue(nz(form.placeState()));
            placeCity.setValue(nz(form.placeCity()));
            placeFacility.setValue(nz(form.placeFacility()));
            deliveryYear.setValue(form.deliveryYear());
            fallback.setValue(form.fallbackCondition());
            signerName.setValue(nz(form.signerName()));
            signerTitle.setValue(nz(form.signerTitle()));
            signerEmail.setValue(nz(form.signerEmail()));
            agree.setValue(false);
            lines.removeAll();
            rows.clear();
            for (Component c : form.components()) {
                addRow(c);
            }
            if (rows.isEmpty()) {
                addRow(null);
            }
        } finally {
            loading = false;
        }
        recalculate();
    }

    /** What is in the form now; empty component lines are left out. */
    public AttestationForm getForm() {
        List<Component> list = new ArrayList<>();
        for (ComponentRow r : rows) {
            if (!r.isBlank()) {
                list.add(r.value());
            }
        }
        return new AttestationForm(placeCountry.getValue() == null ? null : placeCountry.getValue().alpha2(),
                placeState.getValue(), placeCity.getValue(), placeFacility.getValue(), deliveryYear.getValue(),
                fallback.getValue(), list, signerName.getValue(), signerTitle.getValue(), signerEmail.getValue(),
                agree.getValue());
    }

    public void setReadOnly(boolean readOnly) {
        for (HasValue<?, ?> f : List.<HasValue<?, ?>>of(placeCountry, placeState, placeCity, placeFacility, deliveryYear,
                fallback, signerName, signerTitle, signerEmail, agree)) {
            f.setReadOnly(readOnly);
        }
        rows.forEach(r -> r.setReadOnly(readOnly));
        addLine.setVisible(!readOnly);
    }

    /** Shows a service refusal next to its field (or above the component list). */
    public void showError(BusinessRuleException e) {
        com.vaadin.flow.component.HasValidation field = switch (e.field() == null ? "" : e.field()) {
            case "placeCountry" -> placeCountry;
            case "deliveryYear" -> deliveryYear;
            case "signerName" -> signerName;
            case "signerTitle" -> signerTitle;
            case "signerEmail" -> signerEmail;
            default -> null;
        };
        if (field != null) {
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
        } else if ("certificationAgreed".equals(e.field())) {
            agree.setErrorMessage(e.getMessage());
            agree.setInvalid(true);
        } else {
            componentErrors.setText(e.getMessage());
        }
    }

    private void addRow(Component c) {
        ComponentRow row = new ComponentRow(rows.size() + 1, this::recalculate, r -> {
            rows.remove(r);
            lines.remove(r);
            renumber();
            recalculate();
        });
        if (c != null) {
            row.setValue(c);
        }
        rows.add(row);
        lines.add(row);
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).setLineNumber(i + 1);
        }
    }

    /** Re-computes the result from what is in the form now and marks the problems. */
    void recalculate() {
        if (loading) {
            return;
        }
        placeCountry.setInvalid(false);
        deliveryYear.setInvalid(false);
        agree.setInvalid(false);
        componentErrors.setText("");
        rows.forEach(ComponentRow::clearErrors);
        AttestationForm form = getForm();
        // map the calculator's component indexes (blank rows left out) back to the rows on screen
        List<ComponentRow> filled = rows.stream().filter(r -> !r.isBlank()).toList();
        CalculationOutcome outcome;
        try {
            outcome = calculation.apply(form);
        } catch (RuntimeException e) {
            result.showProblem(e.getMessage());
            return;
        }
        switch (outcome) {
            case CalculationOutcome.Calculated(var r) -> result.show(r);
            case CalculationOutcome.Refused(var errors) -> {
                List<String> general = new ArrayList<>();
                for (ValidationError error : errors) {
                    if (error.componentIndex() != null && error.componentIndex() < filled.size()) {
                        filled.get(error.componentIndex()).showError(error);
                    } else if (error.field().equals("placeOfManufactureCountry")) {
                        placeCountry.setErrorMessage(error.message());
                        placeCountry.setInvalid(true);
                    } else if (error.field().equals("deliveryYear")) {
                        deliveryYear.setErrorMessage(error.message());
                        deliveryYear.setInvalid(true);
                        general.add(error.message());
                    } else {
                        general.add(error.message());
                    }
                }
                result.showRefused(errors.size(), general);
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** One component line. */
    static final class ComponentRow extends Div {
        final Span number = new Span();
        final TextField name = new TextField("Component");
        final TextField supplier = new TextField("Supplier");
        final BigDecimalField cost = new BigDecimalField("Cost (USD)");
        final Select<CostBasis> basis = new Select<>();
        final Select<ComponentOrigin> origin = new Select<>();
        final TextField country = new TextField("Country");
        final BigDecimalField ironSteel = new BigDecimalField("Iron/steel %");
        final Checkbox cotsFastener = new Checkbox("COTS fastener");
        final Checkbox nonavailable = new Checkbox("Nonavailable class");
        final Checkbox usScrap = new Checkbox("US scrap");
        final Button remove = new Button(VaadinIcon.TRASH.create());
        final Div errors = new Div();

        ComponentRow(int line, Runnable changed, java.util.function.Consumer<ComponentRow> removed) {
            addClassName("attestation-line");
            setLineNumber(line);
            for (com.vaadin.flow.component.HasValidation v : List.<com.vaadin.flow.component.HasValidation>of(name,
                    cost, origin, country, ironSteel)) {
                v.setManualValidation(true);
            }
            number.addClassName("attestation-line-number");
            basis.setLabel("Cost basis");
            basis.setItems(CostBasis.values());
            basis.setItemLabelGenerator(b -> b == CostBasis.PURCHASED ? "Purchased" : "Made by manufacturer");
            basis.setValue(CostBasis.PURCHASED);
            origin.setLabel("Origin");
            origin.setItems(ComponentOrigin.values());
            origin.setItemLabelGenerator(o -> switch (o) {
                case DOMESTIC -> "Domestic";
                case FOREIGN -> "Foreign";
                case UNKNOWN -> "Unknown";
            });
            origin.setValue(ComponentOrigin.UNKNOWN);
            country.setMaxLength(2);
            country.setWidth("5em");
            country.setPlaceholder("e.g. US");
            ironSteel.setWidth("7em");
            cost.setWidth("9em");
            name.setValueChangeMode(ValueChangeMode.LAZY);
            supplier.setValueChangeMode(ValueChangeMode.LAZY);
            cost.setValueChangeMode(ValueChangeMode.LAZY);
            country.setValueChangeMode(ValueChangeMode.LAZY);
            ironSteel.setValueChangeMode(ValueChangeMode.LAZY);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove line " + line);
            remove.setTooltipText("Remove this component");
            remove.addClickListener(e -> removed.accept(this));
            for (HasValue<?, ?> f : List.<HasValue<?, ?>>of(name, supplier, cost, basis, origin, country, ironSteel,
                    cotsFastener, nonavailable, usScrap)) {
                f.addValueChangeListener(e -> changed.run());
            }
            Div fields = new Div(number, name, supplier, cost, basis, origin, country, ironSteel);
            fields.addClassName("attestation-line-fields");
            Div flags = new Div(cotsFastener, nonavailable, usScrap, remove);
            flags.addClassName("attestation-line-flags");
            errors.addClassName("attestation-line-errors");
            // the messages appear under the line: announce them (the fields themselves are marked aria-invalid)
            errors.getElement().setAttribute("role", "alert");
            add(fields, flags, errors);
        }

        void setLineNumber(int line) {
            number.setText(line + ".");
            name.setId("component-" + line + "-name");
            cost.setId("component-" + line + "-cost");
            origin.setId("component-" + line + "-origin");
            country.setId("component-" + line + "-country");
            ironSteel.setId("component-" + line + "-iron-steel");
            remove.setAriaLabel("Remove line " + line);
        }

        boolean isBlank() {
            return name.getValue().isBlank() && supplier.getValue().isBlank() && cost.getValue() == null
                    && country.getValue().isBlank() && ironSteel.getValue() == null;
        }

        Component value() {
            return new Component(name.getValue(), supplier.getValue(), cost.getValue(), basis.getValue(),
                    origin.getValue(), country.getValue(), ironSteel.getValue(), cotsFastener.getValue(),
                    nonavailable.getValue(), usScrap.getValue());
        }

        void setValue(Component c) {
            name.setValue(c.name() == null ? "" : c.name());
            supplier.setValue(c.supplier() == null ? "" : c.supplier());
            cost.setValue(c.cost());
            basis.setValue(c.costBasis());
            origin.setValue(c.origin());
            country.setValue(c.countryOfOrigin() == null ? "" : c.countryOfOrigin());
            ironSteel.setValue(c.ironOrSteelSharePercent().signum() == 0 ? null : c.ironOrSteelSharePercent());
            cotsFastener.setValue(c.cotsFastener());
            nonavailable.setValue(c.nonavailableClass());
            usScrap.setValue(c.usScrap());
        }

        void setReadOnly(boolean readOnly) {
            for (HasValue<?, ?> f : List.<HasValue<?, ?>>of(name, supplier, cost, basis, origin, country, ironSteel,
                    cotsFastener, nonavailable, usScrap)) {
                f.setReadOnly(readOnly);
            }
            remove.setVisible(!readOnly);
        }

        void clearErrors() {
            errors.removeAll();
            name.setInvalid(false);
            cost.setInvalid(false);
            country.setInvalid(false);
            ironSteel.setInvalid(false);
            origin.setInvalid(false);
            removeClassName("attestation-line-invalid");
        }

        void showError(ValidationError error) {
            addClassName("attestation-line-invalid");
            Span s = new Span(error.message());
            errors.add(s);
            String f = error.field();
            if (f.endsWith(".name")) {
                name.setInvalid(true);
            } else if (f.endsWith(".cost")) {
                cost.setInvalid(true);
            } else if (f.endsWith(".countryOfOrigin")) {
                country.setInvalid(true);
            } else if (f.endsWith(".ironOrSteelSharePercent")) {
                ironSteel.setInvalid(true);
            } else if (f.endsWith(".origin")) {
                origin.setInvalid(true);
            }
        }
    }
}
