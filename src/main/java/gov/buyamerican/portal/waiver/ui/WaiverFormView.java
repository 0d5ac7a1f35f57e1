package gov.buyamerican.portal.waiver.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import gov.buyamerican.portal.security.Roles;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.identifiers.Countries;
import gov.buyamerican.portal.shared.identifiers.Country;
import gov.buyamerican.portal.shared.identifiers.NaicsCode;
import gov.buyamerican.portal.shared.identifiers.ProductServiceCode;
import gov.buyamerican.portal.shared.identifiers.Uei;
import gov.buyamerican.portal.shared.identifiers.Validation;
import gov.buyamerican.portal.shared.ui.Formats;
import gov.buyamerican.portal.shared.ui.Notifications;
import gov.buyamerican.portal.shared.ui.ViewToolbar;
import gov.buyamerican.portal.waiver.FieldProblem;
import gov.buyamerican.portal.waiver.WaiverAttachment;
import gov.buyamerican.portal.waiver.WaiverDetails;
import gov.buyamerican.portal.waiver.WaiverDraft;
import gov.buyamerican.portal.waiver.WaiverIncompleteException;
import gov.buyamerican.portal.waiver.WaiverService;
import gov.buyamerican.portal.rules.waiver.ExpectedWaiverDuration;
import gov.buyamerican.portal.rules.waiver.ProcurementStage;
import gov.buyamerican.portal.rules.waiver.WaiverCoverage;
import gov.buyamerican.portal.rules.waiver.WaiverStatus;
import gov.buyamerican.portal.rules.waiver.WaiverType;
import com.vaadin.flow.component.dependency.StyleSheet;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Drafts a waiver request or edits a draft (or a request returned for changes). The form checks formats as the user
 * types; the service checks again on saving, and checks completeness for the type on submission; its messages are
 * shown next to the fields they concern.
 */
@Route("waivers/new")
@RouteAlias("waivers/:id([0-9]+)/edit")
@StyleSheet(WaiverStyles.SHEET)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class WaiverFormView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final WaiverService waivers;
    private final Binder<WaiverDraft> binder = new Binder<>(WaiverDraft.class);
    private final Map<String, HasValidation> fieldsByProperty = new LinkedHashMap<>();
    private WaiverDraft bean = new WaiverDraft();
    private Long id;
    private int version;
    private String number;
    private WaiverStatus status;

    // request
    final ComboBox<WaiverType> type = new ComboBox<>("Waiver type");
    final TextField procurementTitle = new TextField("Procurement title");
    final TextArea itemDescription = new TextArea("Item description");
    final BigDecimalField quantity = new BigDecimalField("Quantity");
    final TextField quantityUnit = new TextField("Unit");
    final BigDecimalField estimatedValue = new BigDecimalField("Estimated value (USD)");
    final DatePicker deliveryFrom = new DatePicker("Delivery from");
    final DatePicker deliveryTo = new DatePicker("Delivery to");
    final ComboBox<ExpectedWaiverDuration> expectedDuration = new ComboBox<>("Expected maximum duration");
    final ComboBox<WaiverCoverage> coverage = new ComboBox<>("Waiver coverage");
    final TextArea rationaleSummary = new TextArea("Waiver rationale summary");
    final Checkbox competedNoDomesticOffer = new Checkbox(
            "Fully and openly competed, synopsized, and no offer of a domestic end product was received (FAR 25.103(b))");
    // foreign offer
    final TextField vendorName = new TextField("Vendor of the foreign offer");
    final TextField vendorUei = new TextField("Vendor UEI (optional)");
    final ComboBox<Country> vendorCountry = new ComboBox<>("Vendor's country");
    final MultiSelectComboBox<Country> countriesOfOrigin = new MultiSelectComboBox<>("Countries of origin of the item");
    // Made in America Office
    final TextField contractingOfficeAgencyId = new TextField("Contracting office agency id");
    final TextField contractingOfficeAgencyName = new TextField("Contracting office agency name");
    final TextField fundingAgencyId = new TextField("Funding agency id");
    final TextField fundingAgencyName = new TextField("Funding agency name");
    final TextField naicsCode = new TextField("NAICS code");
    final TextField naicsTitle = new TextField("NAICS title");
    final TextField pscCode = new TextField("Product or service code (PSC)");
    final TextField pscName = new TextField("PSC name");
    final ComboBox<ProcurementStage> procurementStage = new ComboBox<>("Procurement stage");
    final TextArea procurementSummary = new TextArea("Summary of the procurement");
    final RadioButtonGroup<Boolean> sourcesSoughtOrRfi = new RadioButtonGroup<>("Sources sought notice or RFI issued");
    final TextArea piids = new TextArea("PIIDs (one per line)");
    final TextField solicitationId = new TextField("Solicitation id");
    final RadioButtonGroup<Boolean> pricePreferenceIncluded = new RadioButtonGroup<>("Price preference included");
    // market research
    final TextArea marketResearchNotes = new TextArea("Market research notes");
    final CostEvaluationPanel cost;

    private final Details miaoSection = new Details();
    private final Div attachmentsBox = new Div();
    private final Paragraph authorityHint = new Paragraph();
    private final ViewToolbarHolder toolbar = new ViewToolbarHolder();

    public WaiverFormView(WaiverService waivers) {
        this.waivers = waivers;
        addClassNames("portal-view", "waiver-form-view");
        this.cost = new CostEvaluationPanel(waivers.evaluationFactors());
        configureFields();
        bind();

        Button save = new Button("Save draft", VaadinIcon.DISC.create(), e -> save(false));
        save.setId("save-draft");
        Button submit = new Button("Save and submit", VaadinIcon.PAPERPLANE.create(), e -> save(true));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("submit-waiver");
        Button cancel = new Button("Cancel", e -> leave());
        cancel.setId("cancel-waiver");
        toolbar.actions = new Component[] {cancel, save, submit};

        add(toolbar.render("New waiver request", null));
        add(section("Request", "What is bought, and which exception (FAR 25.103) is asked for.", requestForm()));
        add(section("Foreign offer", "The offer the waiver would allow.", foreignForm()));
        add(section("Unreasonable-cost evaluation (FAR 25.106)",
                "Needed for an unreasonable-cost waiver: the factor is added to the lowest foreign offer.", cost));
        miaoSection.setSummaryText("Made in America Office fields (OMB M-21-26)");
        miaoSection.add(new Paragraph("Published in the public waiver list; required for an individual nonavailability "
                + "waiver, which the Made in America Office reviews."), miaoForm());
        miaoSection.addClassName("portal-section");
        miaoSection.setId("miao-section");
        add(miaoSection);
        add(section("Market research", "Notes and documents (PDF, PNG or JPEG).", marketResearchNotes, attachmentsBox));
        Div footer = new Div(new Button("Cancel", e -> leave()), new Button("Save draft", e -> save(false)),
                primary(new Button("Save and submit", e -> save(true))));
        footer.addClassName("portal-form-footer");
        add(footer);
        updateForType();
        renderAttachments(List.of());
    }

    /** The toolbar is rebuilt when the request's number is known. */
    private static final class ViewToolbarHolder {
        Component[] actions = new Component[0];
        ViewToolbar current;

        ViewToolbar render(String title, String description) {
            current = new ViewToolbar(title, description, actions);
            return current;
        }
    }

    private static Button primary(Button b) {
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return b;
    }

    private static Div section(String title, String description, Component... content) {
        H2 h = new H2(title);
        h.addClassName("portal-section-title");
        Div d = new Div(h);
        if (description != null) {
            Paragraph p = new Paragraph(description);
            p.addClassName("portal-section-description");
            d.add(p);
        }
        d.add(content);
        d.addClassName("portal-section");
        return d;
    }

    private static FormLayout form(Component... fields) {
        FormLayout f = new FormLayout(fields);
        f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        return f;
    }

    private FormLayout requestForm() {
        FormLayout f = form(type, procurementTitle, itemDescription, quantity, quantityUnit, estimatedValue,
                expectedDuration, deliveryFrom, deliveryTo, coverage, rationaleSummary, competedNoDomesticOffer);
        f.setColspan(type, 2);
        f.setColspan(procurementTitle, 2);
        f.setColspan(itemDescription, 2);
        f.setColspan(rationaleSummary, 2);
        f.setColspan(competedNoDomesticOffer, 2);
        f.addComponentAtIndex(1, authorityHint);
        f.setColspan(authorityHint, 2);
        authorityHint.addClassName("waiver-authority-hint");
        authorityHint.setId("authority-hint");
        return f;
    }

    private FormLayout foreignForm() {
        FormLayout f = form(vendorName, vendorUei, vendorCountry, countriesOfOrigin);
        return f;
    }

    private FormLayout miaoForm() {
        FormLayout f = form(contractingOfficeAgencyId, contractingOfficeAgencyName, fundingAgencyId, fundingAgencyName,
                naicsCode, naicsTitle, pscCode, pscName, procurementStage, solicitationId, procurementSummary,
                sourcesSoughtOrRfi, pricePreferenceIncluded, piids);
        f.setColspan(procurementSummary, 2);
        return f;
    }

    private void configureFields() {
        type.setItems(WaiverType.values());
        type.setItemLabelGenerator(t -> t.label() + " — " + t.farCitation());
        type.setRequired(true);
        type.setId("waiver-type");
        type.addValueChangeListener(e -> updateForType());
        procurementTitle.setRequired(true);
        procurementTitle.setMaxLength(500);
        procurementTitle.setId("procurement-title");
        itemDescription.setMaxLength(10_000);
        itemDescription.setId("item-description");
        itemDescription.setHelperText("Until the product catalog is linked, describe the item here.");
        quantity.setId("quantity");
        quantityUnit.setMaxLength(40);
        quantityUnit.setPlaceholder("each, m, kg");
        estimatedValue.setPrefixComponent(new Span("$"));
        IsoDates.iso(deliveryFrom);
        IsoDates.iso(deliveryTo);
        estimatedValue.setId("estimated-value");
        expectedDuration.setItems(ExpectedWaiverDuration.values());
        expectedDuration.setItemLabelGenerator(ExpectedWaiverDuration::label);
        expectedDuration.setId("expected-duration");
        expectedDuration.setHelperText("An approved waiver expires at the end of this duration.");
        coverage.setItems(WaiverCoverage.values());
        coverage.setItemLabelGenerator(WaiverCoverage::label);
        coverage.setId("coverage");
        rationaleSummary.setMaxLength(10_000);
        rationaleSummary.setId("rationale-summary");
        vendorName.setMaxLength(300);
        vendorName.setId("vendor-name");
        vendorUei.setMaxLength(12);
        vendorUei.setHelperText("12 letters and digits, from SAM.gov");
        vendorUei.setId("vendor-uei");
        List<Country> all = Countries.all();
        vendorCountry.setItems(all);
        vendorCountry.setItemLabelGenerator(c -> c.name() + " (" + c.alpha2() + ")");
        vendorCountry.setId("vendor-country");
        countriesOfOrigin.setItems(all);
        countriesOfOrigin.setItemLabelGenerator(c -> c.name() + " (" + c.alpha2() + ")");
        countriesOfOrigin.setId("countries-of-origin");
        contractingOfficeAgencyId.setHelperText("FPDS agency code, e.g. 1341");
        naicsCode.setMaxLength(6);
        naicsCode.setId("naics-code");
        pscCode.setMaxLength(4);
        pscCode.setId("psc-code");
        procurementStage.setItems(ProcurementStage.values());
        procurementStage.setItemLabelGenerator(ProcurementStage::label);
        for (RadioButtonGroup<Boolean> g : List.of(sourcesSoughtOrRfi, pricePreferenceIncluded)) {
            g.setItems(Boolean.TRUE, Boolean.FALSE);
            g.setItemLabelGenerator(b -> b ? "Yes" : "No");
        }
        piids.setHelperText("Procurement instrument identifiers; one per line");
        marketResearchNotes.setMaxLength(10_000);
        marketResearchNotes.setId("market-research-notes");
        marketResearchNotes.setWidthFull();
        for (TextArea a : List.of(itemDescription, rationaleSummary, procurementSummary, marketResearchNotes)) {
            a.setMinRows(3);
        }
    }

    private void bind() {
        binder.forField(type).asRequired("Choose the type of waiver.").bind(WaiverDraft::getType, WaiverDraft::setType);
        register("type", type);
        binder.forField(procurementTitle).asRequired("Enter a title for the procurement.")
                .bind(WaiverDraft::getProcurementTitle, WaiverDraft::setProcurementTitle);
        register("procurementTitle", procurementTitle);
        text(itemDescription, "itemDescription", WaiverDraft::getItemDescription, WaiverDraft::setItemDescription);
        binder.forField(quantity).withValidator(v -> v == null || v.signum() > 0, "The quantity must be greater than zero.")
                .bind(WaiverDraft::getQuantity, WaiverDraft::setQuantity);
        register("quantity", quantity);
        text(quantityUnit, "quantityUnit", WaiverDraft::getQuantityUnit, WaiverDraft::setQuantityUnit);
        binder.forField(estimatedValue).withValidator(v -> v == null || v.signum() >= 0, "The estimated value cannot be negative.")
                .bind(WaiverDraft::getEstimatedValue, WaiverDraft::setEstimatedValue);
        register("estimatedValue", estimatedValue);
        binder.forField(deliveryFrom).bind(WaiverDraft::getDeliveryFrom, WaiverDraft::setDeliveryFrom);
        register("deliveryFrom", deliveryFrom);
        binder.forField(deliveryTo).withValidator(v -> v == null || deliveryFrom.getValue() == null
                        || !v.isBefore(deliveryFrom.getValue()), "The delivery period cannot end before it starts.")
                .bind(WaiverDraft::getDeliveryTo, WaiverDraft::setDeliveryTo);
        register("deliveryTo", deliveryTo);
        binder.forField(expectedDuration).bind(WaiverDraft::getExpectedDuration, WaiverDraft::setExpectedDuration);
        register("expectedDuration", expectedDuration);
        binder.forField(coverage).bind(WaiverDraft::getCoverage, WaiverDraft::setCoverage);
        register("coverage", coverage);
        text(rationaleSummary, "rationaleSummary", WaiverDraft::getRationaleSummary, WaiverDraft::setRationaleSummary);
        binder.forField(competedNoDomesticOffer).bind(WaiverDraft::isCompetedNoDomesticOffer, WaiverDraft::setCompetedNoDomesticOffer);
        text(vendorName, "vendorName", WaiverDraft::getVendorName, WaiverDraft::setVendorName);
        binder.forField(vendorUei).withValidator(optional(Uei::validate))
                .bind(WaiverDraft::getVendorUei, WaiverDraft::setVendorUei);
        register("vendorUei", vendorUei);
        binder.forField(vendorCountry).withConverter(Converter.<Country, String>from(
                        c -> Result.ok(c == null ? null : c.alpha2()),
                        code -> code == null ? null : Countries.byCode(code).orElse(null)))
                .bind(WaiverDraft::getVendorCountry, WaiverDraft::setVendorCountry);
        register("vendorCountry", vendorCountry);
        binder.forField(countriesOfOrigin).withConverter(Converter.<Set<Country>, List<String>>from(
                        set -> Result.ok(set.stream().map(Country::alpha2).toList()),
                        codes -> codes == null ? Set.of() : codes.stream().map(Countries::byCode)
                                .flatMap(java.util.Optional::stream).collect(Collectors.toCollection(LinkedHashSet::new))))
                .bind(WaiverDraft::getCountriesOfOrigin, WaiverDraft::setCountriesOfOrigin);
        register("countriesOfOrigin", countriesOfOrigin);
        text(contractingOfficeAgencyId, "contractingOfficeAgencyId", WaiverDraft::getContractingOfficeAgencyId, WaiverDraft::setContractingOfficeAgencyId);
        text(contractingOfficeAgencyName, "contractingOfficeAgencyName", WaiverDraft::getContractingOfficeAgencyName, WaiverDraft::setContractingOfficeAgencyName);
        text(fundingAgencyId, "fundingAgencyId", WaiverDraft::getFundingAgencyId, WaiverDraft::setFundingAgencyId);
        text(fundingAgencyName, "fundingAgencyName", WaiverDraft::getFundingAgencyName, WaiverDraft::setFundingAgencyName);
        binder.forField(naicsCode).withValidator(optional(NaicsCode::validate))
                .bind(WaiverDraft::getNaicsCode, WaiverDraft::setNaicsCode);
        register("naicsCode", naicsCode);
        text(naicsTitle, "naicsTitle", WaiverDraft::getNaicsTitle, WaiverDraft::setNaicsTitle);
        binder.forField(pscCode).withValidator(optional(ProductServiceCode::validate))
                .bind(WaiverDraft::getPscCode, WaiverDraft::setPscCode);
        register("pscCode", pscCode);
        text(pscName, "pscName", WaiverDraft::getPscName, WaiverDraft::setPscName);
        binder.forField(procurementStage).bind(WaiverDraft::getProcurementStage, WaiverDraft::setProcurementStage);
        register("procurementStage", procurementStage);
        text(procurementSummary, "procurementSummary", WaiverDraft::getProcurementSummary, WaiverDraft::setProcurementSummary);
        binder.forField(sourcesSoughtOrRfi).bind(WaiverDraft::getSourcesSoughtOrRfi, WaiverDraft::setSourcesSoughtOrRfi);
        register("sourcesSoughtOrRfi", sourcesSoughtOrRfi);
        binder.forField(piids).withConverter(Converter.<String, List<String>>from(
                        s -> Result.ok(s == null ? List.of() : Arrays.stream(s.split("[\\n,;]+")).map(String::strip)
                                .filter(p -> !p.isEmpty()).toList()),
                        list -> list == null ? "" : String.join("\n", list)))
                .bind(WaiverDraft::getPiids, WaiverDraft::setPiids);
        register("piids", piids);
        text(solicitationId, "solicitationId", WaiverDraft::getSolicitationId, WaiverDraft::setSolicitationId);
        binder.forField(pricePreferenceIncluded).bind(WaiverDraft::getPricePreferenceIncluded, WaiverDraft::setPricePreferenceIncluded);
        register("pricePreferenceIncluded", pricePreferenceIncluded);
        text(marketResearchNotes, "marketResearchNotes", WaiverDraft::getMarketResearchNotes, WaiverDraft::setMarketResearchNotes);
        binder.forField(cost.domestic).withValidator(v -> v == null || v.signum() > 0, "The offer must be greater than zero.")
                .bind(WaiverDraft::getLowestDomesticOffer, WaiverDraft::setLowestDomesticOffer);
        register("lowestDomesticOffer", cost.domestic);
        binder.forField(cost.smallBusiness).bind(WaiverDraft::isDomesticSmallBusiness, WaiverDraft::setDomesticSmallBusiness);
        binder.forField(cost.foreign).withValidator(v -> v == null || v.signum() > 0, "The offer must be greater than zero.")
                .bind(WaiverDraft::getLowestForeignOffer, WaiverDraft::setLowestForeignOffer);
        register("lowestForeignOffer", cost.foreign);
        deliveryFrom.addValueChangeListener(e -> binder.validate());
    }

    private void text(TextField f, String property, com.vaadin.flow.function.ValueProvider<WaiverDraft, String> getter,
                      com.vaadin.flow.data.binder.Setter<WaiverDraft, String> setter) {
        binder.forField(f).bind(getter, setter);
        register(property, f);
    }

    private void text(TextArea f, String property, com.vaadin.flow.function.ValueProvider<WaiverDraft, String> getter,
                      com.vaadin.flow.data.binder.Setter<WaiverDraft, String> setter) {
        binder.forField(f).bind(getter, setter);
        register(property, f);
    }

    private void register(String property, HasValidation field) {
        fieldsByProperty.put(property, field);
    }

    /** A format rule from {@code shared.identifiers} for an optional field. */
    private static com.vaadin.flow.data.binder.Validator<String> optional(Function<String, Validation<String>> rule) {
        return (value, context) -> Validation.optional(value, rule)
                .fold(ok -> ValidationResult.ok(), message -> ValidationResult.error(message + "."));
    }

    private void updateForType() {
        WaiverType t = type.getValue();
        boolean miao = t != null && t.requiresMadeInAmericaOfficeReview();
        miaoSection.setOpened(miao || miaoSection.isOpened());
        competedNoDomesticOffer.setVisible(t == WaiverType.NONAVAILABILITY_INDIVIDUAL);
        if (t == null) {
            authorityHint.setText("Choose the exception the request invokes; it decides who may approve it.");
        } else {
            authorityHint.setText("Decided by the " + t.requiredAuthority().label().toLowerCase(Locale.ROOT)
                    + (t.requiredAuthority() == gov.buyamerican.portal.rules.waiver.AuthorityLevel.AGENCY_HEAD ? "" : " or higher")
                    + " (" + t.farCitation() + ")"
                    + (t.isAutomatic() ? "; the exception applies by law and an approver confirms it" : "")
                    + (t.writtenDeterminationRequired() ? "; needs a written determination" : "")
                    + (miao ? "; reviewed by the Made in America Office (15 business days)" : "") + ".");
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var param = event.getRouteParameters().getLong("id");
        if (param.isEmpty()) {
            return;
        }
        WaiverDetails d = waivers.get(param.get());
        if (d.status() != WaiverStatus.DRAFT && d.status() != WaiverStatus.RETURNED) {
            Notifications.error(d.reference() + " is " + (d.status() == null ? "a public record" : d.status().label().toLowerCase(Locale.ROOT))
                    + " and cannot be edited.");
            event.forwardTo(WaiverDetailView.class, new RouteParameters("id", String.valueOf(d.id())));
            return;
        }
        load(d);
    }

    private void load(WaiverDetails d) {
        id = d.id();
        version = d.version();
        number = d.number();
        status = d.status();
        bean = d.toDraft();
        binder.readBean(bean);
        cost.update();
        updateForType();
        ViewToolbar old = toolbar.current;
        ViewToolbar fresh = toolbar.render("Edit " + d.number(), d.status() == WaiverStatus.RETURNED
                ? "Returned for changes: make the changes asked for in the timeline, then resubmit." : "Draft");
        replace(old, fresh);
        renderAttachments(d.attachments());
    }

    @Override
    public String getPageTitle() {
        return (number == null ? "New waiver request" : "Edit " + number) + " | Buy American Compliance Portal";
    }

    private void save(boolean submit) {
        clearServiceErrors();
        if (!binder.writeBeanIfValid(bean)) {
            Notifications.error("Some fields need attention; see the messages next to them.");
            focusFirstInvalid();
            return;
        }
        try {
            if (submit) {
                List<FieldProblem> problems = waivers.problems(bean, true);
                if (!problems.isEmpty()) {
                    showProblems(problems);
                    Notifications.error("Before it can be submitted, the request needs: "
                            + problems.stream().map(FieldProblem::message).collect(Collectors.joining(" ")));
                    return;
                }
            }
            WaiverDetails saved = id == null ? waivers.createDraft(bean) : waivers.updateDraft(id, version, bean);
            id = saved.id();
            version = saved.version();
            number = saved.number();
            if (submit) {
                saved = saved.status() == WaiverStatus.RETURNED ? waivers.resubmit(saved.id(), saved.version(), null)
                        : waivers.submit(saved.id(), saved.version());
                Notifications.success(saved.number() + " was submitted for decision.");
            } else {
                Notifications.success("Draft " + saved.number() + " saved.");
            }
            UI.getCurrent().navigate(WaiverDetailView.class, new RouteParameters("id", String.valueOf(saved.id())));
        } catch (WaiverIncompleteException e) {
            showProblems(e.problems());
            Notifications.error(e.getMessage());
        } catch (BusinessRuleException e) {
            HasValidation field = e.field() == null ? null : fieldsByProperty.get(e.field());
            if (field != null) {
                field.setErrorMessage(e.getMessage());
                field.setInvalid(true);
            }
            Notifications.error(e.getMessage());
        }
    }

    private void showProblems(List<FieldProblem> problems) {
        for (FieldProblem p : problems) {
            HasValidation field = fieldsByProperty.get(p.field());
            if (field != null) {
                field.setErrorMessage(p.message());
                field.setInvalid(true);
                if (miaoFields().contains(field)) {
                    miaoSection.setOpened(true);
                }
            }
        }
        focusFirstInvalid();
    }

    private Collection<HasValidation> miaoFields() {
        return List.of(contractingOfficeAgencyId, contractingOfficeAgencyName, fundingAgencyId, fundingAgencyName,
                naicsCode, naicsTitle, pscCode, pscName, procurementStage, procurementSummary, sourcesSoughtOrRfi,
                piids, solicitationId, pricePreferenceIncluded);
    }

    private void focusFirstInvalid() {
        fieldsByProperty.values().stream().filter(HasValidation::isInvalid).findFirst().ifPresent(f -> {
            if (f instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                focusable.focus();
            }
        });
    }

    private void clearServiceErrors() {
        for (HasValidation f : fieldsByProperty.values()) {
            f.setInvalid(false);
        }
    }

    private void leave() {
        if (id == null) {
            UI.getCurrent().navigate(WaiverListView.class);
        } else {
            UI.getCurrent().navigate(WaiverDetailView.class, new RouteParameters("id", String.valueOf(id)));
        }
    }

    // ------------------------------------------------------------------------------------------ attachments

    private void renderAttachments(List<WaiverAttachment> attachments) {
        attachmentsBox.removeAll();
        attachmentsBox.addClassName("waiver-attachments");
        if (id == null) {
            attachmentsBox.add(new Paragraph("Save the draft first; then documents can be attached."));
            return;
        }
        Grid<WaiverAttachment> grid = new Grid<>(WaiverAttachment.class, false);
        grid.addComponentColumn(a -> new Anchor(download(a), AttachmentType.DOWNLOAD, a.fileName())).setHeader("Document").setFlexGrow(1);
        grid.addColumn(a -> kilobytes(a.sizeBytes())).setHeader("Size").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> Formats.dateTime(a.uploadedAt())).setHeader("Attached (UTC)").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(a -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                ConfirmDialog confirm = new ConfirmDialog("Remove " + a.fileName() + "?",
                        "The document is removed from this draft. Attach it again if you need it.", "Remove", ev -> {
                            waivers.removeAttachment(id, a.id());
                            Notifications.success("Removed " + a.fileName());
                            renderAttachments(waivers.get(id).attachments());
                        });
                confirm.setCancelable(true);
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove " + a.fileName());
            remove.setTooltipText("Remove");
            return remove;
        }).setHeader("Actions").setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(attachments);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText("No documents attached yet");
        grid.setAriaLabel("Attached documents");
        grid.setId("attachments");

        long max = waivers.attachmentMaxBytes();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            try {
                WaiverAttachment a = waivers.addAttachment(id, meta.fileName(), bytes);
                Notifications.success("Attached " + a.fileName());
                renderAttachments(waivers.get(id).attachments());
            } catch (BusinessRuleException e) {
                Notifications.error(e.getMessage());
            }
        }));
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
        upload.setMaxFiles(1);
        upload.setId("attachment-upload");
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        Span hint = new Span("PDF, PNG or JPEG, at most " + (max / (1024 * 1024)) + " MB; the content is checked, not only the name.");
        hint.addClassName("portal-hint");
        attachmentsBox.add(grid, upload, hint);
    }

    private DownloadHandler download(WaiverAttachment a) {
        return DownloadHandler.fromInputStream(event -> {
            var content = waivers.attachment(a.id());
            return new DownloadResponse(new ByteArrayInputStream(content.content()), content.fileName(),
                    content.contentType(), content.content().length);
        });
    }

    static String kilobytes(long bytes) {
        return bytes < 1024 ? bytes + " B" : String.format(Locale.US, "%,.0f KB", bytes / 1024.0);
    }
}
