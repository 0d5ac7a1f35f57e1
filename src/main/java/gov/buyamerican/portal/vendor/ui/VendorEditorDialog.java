package gov.buyamerican.portal.vendor.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import gov.buyamerican.portal.audit.AuditEvent;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ConcurrentEditException;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.shared.identifiers.Uei;
import gov.buyamerican.portal.shared.identifiers.Validation;
import gov.buyamerican.portal.shared.ui.Formats;
import gov.buyamerican.portal.shared.ui.Notifications;
import gov.buyamerican.portal.vendor.CountryChoice;
import gov.buyamerican.portal.vendor.DuplicateVendorException;
import gov.buyamerican.portal.vendor.SellerLink;
import gov.buyamerican.portal.vendor.SocioeconomicCategory;
import gov.buyamerican.portal.vendor.Vendor;
import gov.buyamerican.portal.vendor.VendorForm;
import gov.buyamerican.portal.vendor.VendorKind;
import gov.buyamerican.portal.vendor.VendorRules;
import gov.buyamerican.portal.vendor.VendorService;
import gov.buyamerican.portal.vendor.VendorSize;
import gov.buyamerican.portal.vendor.VendorSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Registers a vendor, changes one, or registers a new third-party seller of a marketplace. Each field is checked as
 * the user leaves it, with the same rules the service enforces ({@link VendorRules}); a UEI or CAGE code that another
 * vendor holds is refused next to the field, with a link to that vendor. A save that collides with someone else's
 * save shows what they changed and lets the user choose: keep editing, take their version, or save over it.
 */
class VendorEditorDialog extends Dialog {

    /** The form's values while being edited. */
    static final class Draft {
        String legalName = "";
        String dbaName = "";
        String uei = "";
        String cageCode = "";
        CountryChoice country;
        String addressLine1 = "";
        String addressLine2 = "";
        String city = "";
        String stateRegion = "";
        String postalCode = "";
        String phone = "";
        String website = "";
        VendorKind kind;
        VendorSize size;
        Set<SocioeconomicCategory> categories = EnumSet.noneOf(SocioeconomicCategory.class);
        LocalDate samExpiryDate;
        String storeName = "";
        String sellerRef = "";

        VendorForm toForm() {
            return new VendorForm(legalName, dbaName, uei, cageCode, country == null ? null : country.alpha2(),
                    addressLine1, addressLine2, city, stateRegion, postalCode, phone, website, kind, size, categories,
                    samExpiryDate);
        }
    }

    private final VendorService vendors;
    private final Clock clock;
    private final Vendor existing;
    private final VendorSummary marketplace;
    private final Consumer<Long> onSaved;
    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();
    private Binder.Binding<Draft, String> stateBinding;
    private Binder.Binding<Draft, String> postalBinding;

    final TextField legalName = new TextField("Legal name");
    final TextField dbaName = new TextField("Doing business as");
    final TextField uei = new TextField("UEI (SAM.gov Unique Entity ID)");
    final TextField cageCode = new TextField("CAGE code");
    final RadioButtonGroup<VendorKind> kind = new RadioButtonGroup<>("Kind of vendor");
    final ComboBox<CountryChoice> country = new ComboBox<>("Country");
    final TextField addressLine1 = new TextField("Street address");
    final TextField addressLine2 = new TextField("Suite, building, floor");
    final TextField city = new TextField("City");
    final TextField stateRegion = new TextField("State or region");
    final TextField postalCode = new TextField("ZIP or postal code");
    final TextField phone = new TextField("Phone");
    final TextField website = new TextField("Website");
    final Select<VendorSize> size = new Select<>();
    final CheckboxGroup<SocioeconomicCategory> categories = new CheckboxGroup<>("Socioeconomic categories");
    final DatePicker samExpiry = new DatePicker("SAM registration expires");
    final TextField storeName = new TextField("Store name on the marketplace");
    final TextField sellerRef = new TextField("Seller id on the marketplace");
    final Div duplicates = new Div();
    final Button save = new Button();
    private final Map<String, VendorSummary> duplicateOf = new LinkedHashMap<>();
    /** A marketplace seller may have no UEI (many are not registered in SAM.gov); every other vendor needs one. */
    private final boolean ueiRequired;

    private VendorEditorDialog(VendorService vendors, Clock clock, Vendor existing, VendorSummary marketplace,
                               Consumer<Long> onSaved) {
        this.vendors = vendors;
        this.clock = clock;
        this.existing = existing;
        this.marketplace = marketplace;
        this.onSaved = onSaved;
        this.ueiRequired = marketplace == null && (existing == null || vendors.marketplacesOf(existing.id()).isEmpty());
        setHeaderTitle(marketplace != null ? "New seller on " + marketplace.legalName()
                : existing == null ? "New vendor" : "Edit " + existing.legalName());
        setWidth("min(56rem, 96vw)");
        setCloseOnOutsideClick(false);
        buildFields();
        bind();
        layout();
        List<CountryChoice> countries = vendors.countryChoices();
        country.setItems(countries);
        if (existing != null) {
            fill(existing);
        } else {
            // most vendors are American; a marketplace's third-party sellers are often not, so no default for them
            draft.country = marketplace != null ? null
                    : countries.stream().filter(c -> c.alpha2().equals("US")).findFirst().orElse(null);
            binder.readBean(draft);
        }
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                legalName.focus();
            }
        });
    }

    static VendorEditorDialog forNewVendor(VendorService vendors, Clock clock, Consumer<Vendor> onCreated) {
        return new VendorEditorDialog(vendors, clock, null, null, id -> onCreated.accept(vendors.get(id)));
    }

    static VendorEditorDialog forEdit(VendorService vendors, Clock clock, Vendor vendor, Consumer<Long> onSaved) {
        return new VendorEditorDialog(vendors, clock, vendor, null, onSaved);
    }

    static VendorEditorDialog forNewSeller(VendorService vendors, Clock clock, VendorSummary marketplace,
                                           Consumer<Long> onSaved) {
        return new VendorEditorDialog(vendors, clock, null, marketplace, onSaved);
    }

    private void buildFields() {
        legalName.setRequiredIndicatorVisible(true);
        legalName.setMaxLength(VendorRules.NAME_MAX);
        dbaName.setMaxLength(VendorRules.NAME_MAX);
        uei.setRequiredIndicatorVisible(ueiRequired);
        uei.setMaxLength(40);
        uei.setHelperText(ueiRequired ? "12 letters and digits, as on SAM.gov"
                : "Leave empty if the seller is not registered in SAM.gov");
        cageCode.setMaxLength(20);
        cageCode.setHelperText("5 letters and digits");
        kind.setItems(VendorKind.values());
        kind.setItemLabelGenerator(k -> k.label() + " — " + k.description());
        kind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        kind.setRequiredIndicatorVisible(true);
        country.setItemLabelGenerator(CountryChoice::label);
        country.setRequiredIndicatorVisible(true);
        country.setHelperText("Where the vendor is registered (ISO 3166)");
        country.addValueChangeListener(e -> revalidateAddress());
        stateRegion.setHelperText("In the US the 2-letter code, such as VA");
        phone.setHelperText("US numbers are stored as +1 and 10 digits");
        website.setHelperText("https:// is added when left out");
        website.setMaxLength(VendorRules.WEBSITE_MAX);
        size.setLabel("Business size");
        size.setItems(VendorSize.values());
        size.setItemLabelGenerator(s -> s == null ? "Not stated" : s.label());
        size.setEmptySelectionAllowed(true);
        size.setEmptySelectionCaption("Not stated");
        categories.setItems(SocioeconomicCategory.values());
        categories.setItemLabelGenerator(c -> c.label() + " — " + c.description());
        categories.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        samExpiry.setHelperText("From the vendor's SAM.gov entity registration");
        samExpiry.setClearButtonVisible(true);
        samExpiry.setMin(VendorRules.EARLIEST_SAM_EXPIRY);
        samExpiry.setMax(VendorRules.latestSamExpiry(LocalDate.now(clock)));
        samExpiry.setI18n(new DatePicker.DatePickerI18n()
                .setDateFormat("yyyy-MM-dd")
                .setBadInputErrorMessage("Enter a date such as 2026-06-30")
                .setMinErrorMessage("Enter a date from " + VendorRules.EARLIEST_SAM_EXPIRY + " on")
                .setMaxErrorMessage("Enter a date no later than " + VendorRules.latestSamExpiry(LocalDate.now(clock))
                        + " (a SAM.gov registration lasts one year)"));
        storeName.setHelperText("The seller's storefront name, if it differs");
        sellerRef.setHelperText("The marketplace's own id for the seller");
        duplicates.addClassName("vendor-duplicate");
        duplicates.setVisible(false);
        duplicates.setId("duplicate-notice");
        duplicates.getElement().setAttribute("role", "alert");
        for (TextField f : List.of(legalName, dbaName, uei, cageCode, addressLine1, addressLine2, city, stateRegion,
                postalCode, phone, website, storeName, sellerRef)) {
            f.setWidthFull();
        }
        legalName.setId("vendor-legal-name");
        uei.setId("vendor-uei");
        cageCode.setId("vendor-cage");
        country.setId("vendor-country");
        kind.setId("vendor-kind");
    }

    private static <T> Validator<String> rule(Function<String, Validation<T>> rule) {
        return (value, context) -> rule.apply(value).fold(ok -> ValidationResult.ok(), ValidationResult::error);
    }

    private void bind() {
        binder.forField(legalName).withValidator(rule(VendorRules::legalName))
                .bind(d -> d.legalName, (d, v) -> d.legalName = v);
        binder.forField(dbaName).withValidator(rule(VendorRules::dbaName)).bind(d -> d.dbaName, (d, v) -> d.dbaName = v);
        binder.forField(uei).withValidator((value, context) -> {
            Validation<?> format = ueiRequired ? Uei.validate(value) : Validation.optional(value, Uei::validate);
            if (format.problem().isPresent()) {
                noDuplicate(VendorRules.UEI);
                return ValidationResult.error(format.problem().get());
            }
            return duplicateCheck(VendorRules.UEI, value, vendors::findByUei, "UEI");
        }).bind(d -> d.uei, (d, v) -> d.uei = v);
        binder.forField(cageCode).withValidator((value, context) -> {
            var format = VendorRules.cageCode(value);
            if (format.problem().isPresent()) {
                noDuplicate(VendorRules.CAGE_CODE);
                return ValidationResult.error(format.problem().get());
            }
            return duplicateCheck(VendorRules.CAGE_CODE, value, vendors::findByCage, "CAGE code");
        }).bind(d -> d.cageCode, (d, v) -> d.cageCode = v);
        binder.forField(kind).asRequired("Choose what kind of vendor this is").bind(d -> d.kind, (d, v) -> d.kind = v);
        binder.forField(country).asRequired("Choose the country").bind(d -> d.country, (d, v) -> d.country = v);
        binder.forField(addressLine1).withValidator(rule(v -> VendorRules.text(v, "Street address", VendorRules.ADDRESS_MAX)))
                .bind(d -> d.addressLine1, (d, v) -> d.addressLine1 = v);
        binder.forField(addressLine2).withValidator(rule(v -> VendorRules.text(v, "Address line", VendorRules.ADDRESS_MAX)))
                .bind(d -> d.addressLine2, (d, v) -> d.addressLine2 = v);
        binder.forField(city).withValidator(rule(v -> VendorRules.text(v, "City", VendorRules.CITY_MAX)))
                .bind(d -> d.city, (d, v) -> d.city = v);
        stateBinding = binder.forField(stateRegion).withValidator(rule(v -> VendorRules.stateRegion(v, countryCode())))
                .bind(d -> d.stateRegion, (d, v) -> d.stateRegion = v);
        postalBinding = binder.forField(postalCode).withValidator(rule(v -> VendorRules.postalCode(v, countryCode())))
                .bind(d -> d.postalCode, (d, v) -> d.postalCode = v);
        binder.forField(phone).withValidator(rule(VendorRules::phone)).bind(d -> d.phone, (d, v) -> d.phone = v);
        binder.forField(website).withValidator(rule(VendorRules::website)).bind(d -> d.website, (d, v) -> d.website = v);
        binder.forField(size).bind(d -> d.size, (d, v) -> d.size = v);
        binder.forField(categories).bind(d -> d.categories, (d, v) -> d.categories = v);
        binder.forField(samExpiry).withValidator((value, context) -> VendorRules.samExpiryDate(value, LocalDate.now(clock))
                        .map(ValidationResult::error).orElse(ValidationResult.ok()))
                .bind(d -> d.samExpiryDate, (d, v) -> d.samExpiryDate = v);
        binder.forField(storeName).withValidator(rule(v -> VendorRules.text(v, "Store name", VendorRules.NAME_MAX)))
                .bind(d -> d.storeName, (d, v) -> d.storeName = v);
        binder.forField(sellerRef).withValidator(rule(v -> VendorRules.text(v, "Seller id", VendorRules.SELLER_REF_MAX)))
                .bind(d -> d.sellerRef, (d, v) -> d.sellerRef = v);
    }

    private String countryCode() {
        return country.getValue() == null ? null : country.getValue().alpha2();
    }

    private void revalidateAddress() {
        if (!stateRegion.isEmpty()) {
            stateBinding.validate();
        }
        if (!postalCode.isEmpty()) {
            postalBinding.validate();
        }
    }

    private ValidationResult duplicateCheck(String field, String value, Function<String, Optional<VendorSummary>> find,
                                            String what) {
        Optional<VendorSummary> holder = value == null || value.isBlank() ? Optional.empty()
                : find.apply(value).filter(v -> existing == null || v.id() != existing.id());
        if (holder.isEmpty()) {
            noDuplicate(field);
            return ValidationResult.ok();
        }
        duplicateOf.put(field, holder.get());
        showDuplicates();
        return ValidationResult.error("This " + what + " is already registered for " + holder.get().legalName());
    }

    private void noDuplicate(String field) {
        if (duplicateOf.remove(field) != null) {
            showDuplicates();
        }
    }

    /** The links to the vendors that already hold the UEI or CAGE code typed. */
    private void showDuplicates() {
        duplicates.removeAll();
        duplicates.setVisible(!duplicateOf.isEmpty());
        for (var e : duplicateOf.entrySet()) {
            VendorSummary v = e.getValue();
            String what = e.getKey().equals(VendorRules.UEI) ? "UEI" : "CAGE code";
            Anchor link = new Anchor("vendors/" + v.id(), v.legalName(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener");
            link.setId("duplicate-link-" + e.getKey());
            Span text = new Span("This " + what + " is already registered:");
            Span hint = new Span("(opens in a new tab)");
            duplicates.add(new Div(text, new Span(" "), link, new Span(" "), hint));
        }
    }

    private void layout() {
        FormLayout identity = form();
        identity.add(legalName, 2);
        identity.add(dbaName, uei, cageCode);
        identity.add(kind, 2);
        FormLayout location = form();
        location.add(country, phone, addressLine1, addressLine2, city, stateRegion, postalCode, website);
        FormLayout classification = form();
        classification.add(size, samExpiry);
        classification.add(categories, 2);
        add(section("Identity"), duplicates, identity, section("Address and contact"), location,
                section("Size, programs and SAM.gov"), classification);
        if (marketplace != null) {
            FormLayout seller = form();
            seller.add(storeName, sellerRef);
            add(section("On " + marketplace.legalName()), seller);
        }
        save.setText(marketplace != null ? "Register seller" : existing == null ? "Register vendor" : "Save changes");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-vendor");
        save.addClickListener(e -> save());
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
    }

    private static FormLayout form() {
        FormLayout f = new FormLayout();
        f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        return f;
    }

    private static H3 section(String text) {
        H3 h = new H3(text);
        h.addClassName("vendor-form-section");
        return h;
    }

    private void fill(Vendor v) {
        draft.legalName = v.legalName();
        draft.dbaName = Objects.toString(v.dbaName(), "");
        draft.uei = Objects.toString(v.uei(), "");
        draft.cageCode = Objects.toString(v.cageCode(), "");
        draft.country = vendors.countryChoices().stream().filter(c -> c.alpha2().equals(v.countryCode())).findFirst()
                .orElse(null);
        draft.addressLine1 = Objects.toString(v.addressLine1(), "");
        draft.addressLine2 = Objects.toString(v.addressLine2(), "");
        draft.city = Objects.toString(v.city(), "");
        draft.stateRegion = Objects.toString(v.stateRegion(), "");
        draft.postalCode = Objects.toString(v.postalCode(), "");
        draft.phone = Objects.toString(v.phone(), "");
        draft.website = Objects.toString(v.website(), "");
        draft.kind = v.kind();
        draft.size = v.size();
        draft.categories = v.categories().isEmpty() ? EnumSet.noneOf(SocioeconomicCategory.class)
                : EnumSet.copyOf(v.categories());
        draft.samExpiryDate = v.samExpiryDate();
        binder.readBean(draft);
    }

    void save() {
        var status = binder.validate();
        if (!status.isOk() || !binder.writeBeanIfValid(draft)) {
            status.getFieldValidationErrors().stream().findFirst().ifPresent(err -> {
                if (err.getField() instanceof com.vaadin.flow.component.Focusable<?> f) {
                    f.focus();
                }
            });
            return;
        }
        VendorForm form = draft.toForm();
        try {
            long id;
            if (marketplace != null) {
                SellerLink link = vendors.registerSeller(marketplace.id(), form, draft.storeName, draft.sellerRef);
                id = link.seller().id();
                Notifications.success("Registered " + link.seller().legalName() + " as a seller on "
                        + marketplace.legalName());
            } else if (existing == null) {
                Vendor created = vendors.create(form);
                id = created.id();
                Notifications.success("Registered " + created.legalName());
            } else {
                Vendor saved = vendors.update(existing.id(), existing.version(), form);
                id = saved.id();
                Notifications.success("Saved " + saved.legalName());
            }
            close();
            onSaved.accept(id);
        } catch (DuplicateVendorException ex) {
            duplicateOf.put(ex.field(), vendors.summary(ex.existingId()).orElseThrow());
            showDuplicates();
            VendorUi.showError(ex, fieldsByName());
        } catch (ConcurrentEditException ex) {
            conflict(form);
        } catch (BusinessRuleException ex) {
            VendorUi.showError(ex, fieldsByName());
        }
    }

    private Map<String, HasValidation> fieldsByName() {
        Map<String, HasValidation> m = new LinkedHashMap<>();
        m.put(VendorRules.LEGAL_NAME, legalName);
        m.put(VendorRules.DBA_NAME, dbaName);
        m.put(VendorRules.UEI, uei);
        m.put(VendorRules.CAGE_CODE, cageCode);
        m.put(VendorRules.COUNTRY, country);
        m.put(VendorRules.ADDRESS_LINE_1, addressLine1);
        m.put(VendorRules.ADDRESS_LINE_2, addressLine2);
        m.put(VendorRules.CITY, city);
        m.put(VendorRules.STATE, stateRegion);
        m.put(VendorRules.POSTAL_CODE, postalCode);
        m.put(VendorRules.PHONE, phone);
        m.put(VendorRules.WEBSITE, website);
        m.put(VendorRules.SAM_EXPIRY, samExpiry);
        m.put("kind", kind);
        m.put(VendorRules.STORE_NAME, storeName);
        m.put(VendorRules.SELLER_REF, sellerRef);
        return m;
    }

    /**
     * Someone else saved this vendor after the form was opened: say who and what, keep the user's values, and let
     * them choose.
     */
    private void conflict(VendorForm mine) {
        Vendor theirs = vendors.get(existing.id());
        List<String> changed = changedFields(existing.toForm(), theirs.toForm());
        if (theirs.status() != existing.status()) {
            changed.add("status");
        }
        Optional<AuditEvent> last = vendors.history(existing.id(), PageQuery.first(1)).stream().findFirst();
        String who = last.map(e -> e.actor() + " (" + Formats.dateTime(e.occurredAt()) + ")").orElse("Someone");
        ConfirmDialog d = new ConfirmDialog();
        d.setHeader("Someone else changed this vendor");
        d.setText(who + " saved " + (changed.isEmpty() ? "this vendor" : String.join(", ", changed))
                + " after you opened the form. Your changes have not been saved; they are still in the form.");
        d.setCancelable(true);
        d.setCancelText("Keep editing");
        d.setRejectable(true);
        d.setRejectText("Discard mine, show theirs");
        d.addRejectListener(e -> {
            close();
            onSaved.accept(existing.id());
        });
        d.setConfirmText("Save mine over theirs");
        d.setConfirmButtonTheme("error primary");
        d.addConfirmListener(e -> {
            try {
                Vendor saved = vendors.update(theirs.id(), theirs.version(), mine);
                Notifications.success("Saved " + saved.legalName() + " over the other change");
                close();
                onSaved.accept(saved.id());
            } catch (ConcurrentEditException again) {
                conflict(mine);
            } catch (BusinessRuleException ex) {
                VendorUi.showError(ex, fieldsByName());
            }
        });
        d.setId("conflict-dialog");
        d.open();
    }

    static List<String> changedFields(VendorForm a, VendorForm b) {
        List<String> changed = new ArrayList<>();
        add(changed, "legal name", a.legalName(), b.legalName());
        add(changed, "doing-business-as name", a.dbaName(), b.dbaName());
        add(changed, "UEI", a.uei(), b.uei());
        add(changed, "CAGE code", a.cageCode(), b.cageCode());
        add(changed, "country", a.countryCode(), b.countryCode());
        add(changed, "address", List.of(Objects.toString(a.addressLine1()), Objects.toString(a.addressLine2()),
                Objects.toString(a.city()), Objects.toString(a.stateRegion()), Objects.toString(a.postalCode())),
                List.of(Objects.toString(b.addressLine1()), Objects.toString(b.addressLine2()),
                        Objects.toString(b.city()), Objects.toString(b.stateRegion()), Objects.toString(b.postalCode())));
        add(changed, "phone", a.phone(), b.phone());
        add(changed, "website", a.website(), b.website());
        add(changed, "kind", a.kind(), b.kind());
        add(changed, "business size", a.size(), b.size());
        add(changed, "socioeconomic categories", a.categories(), b.categories());
        add(changed, "SAM expiry date", a.samExpiryDate(), b.samExpiryDate());
        return changed;
    }

    private static void add(List<String> changed, String label, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            changed.add(label);
        }
    }
}
