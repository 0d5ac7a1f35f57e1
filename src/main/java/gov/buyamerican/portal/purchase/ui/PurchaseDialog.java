package gov.buyamerican.portal.purchase.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import gov.buyamerican.portal.catalog.Product;
import gov.buyamerican.portal.catalog.ProductFilter;
import gov.buyamerican.portal.catalog.ProductService;
import gov.buyamerican.portal.purchase.Office;
import gov.buyamerican.portal.purchase.Purchase;
import gov.buyamerican.portal.purchase.PurchaseChannel;
import gov.buyamerican.portal.purchase.PurchaseForm;
import gov.buyamerican.portal.purchase.PurchaseService;
import gov.buyamerican.portal.reference.CountryEntry;
import gov.buyamerican.portal.reference.CountryService;
import gov.buyamerican.portal.rules.purchase.Exemption;
import gov.buyamerican.portal.rules.purchase.PlaceOfManufacture;
import gov.buyamerican.portal.rules.waiver.WaiverStatus;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.shared.ui.FieldErrors;
import gov.buyamerican.portal.shared.ui.Notifications;
import gov.buyamerican.portal.vendor.SellerLink;
import gov.buyamerican.portal.vendor.VendorFilter;
import gov.buyamerican.portal.vendor.VendorService;
import gov.buyamerican.portal.vendor.VendorSummary;
import gov.buyamerican.portal.waiver.WaiverFilter;
import gov.buyamerican.portal.waiver.WaiverService;
import gov.buyamerican.portal.waiver.WaiverSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Records a new purchase or edits one. The service checks everything; its message is shown next to the field it
 * names. The total is computed from quantity × unit price (rounded to the cent) when both are given.
 */
public class PurchaseDialog extends Dialog {

    /** The services the dialog needs, injected once. */
    @Component
    public static class Services {
        final PurchaseService purchases;
        final VendorService vendors;
        final ProductService products;
        final WaiverService waivers;
        final CountryService countries;
        final Clock clock;

        Services(PurchaseService purchases, VendorService vendors, ProductService products, WaiverService waivers,
                 CountryService countries, Clock clock) {
            this.purchases = purchases;
            this.vendors = vendors;
            this.products = products;
            this.waivers = waivers;
            this.countries = countries;
            this.clock = clock;
        }
    }

    private final Services s;
    private final Purchase editing;
    private final Consumer<Purchase> onSaved;
    final DatePicker date = new DatePicker("Purchase date");
    final ComboBox<Office> office = new ComboBox<>("Office");
    final ComboBox<VendorSummary> vendor = new ComboBox<>("Vendor (contractor or marketplace)");
    final ComboBox<SellerLink> seller = new ComboBox<>("Marketplace seller");
    final ComboBox<Product> product = new ComboBox<>("Product");
    final TextField description = new TextField("Description");
    final BigDecimalField quantity = new BigDecimalField("Quantity");
    final BigDecimalField unitPrice = new BigDecimalField("Unit price (USD)");
    final BigDecimalField total = new BigDecimalField("Total (USD)");
    final ComboBox<PurchaseChannel> channel = new ComboBox<>("Channel");
    final TextField piid = new TextField("PIID");
    final TextField orderNumber = new TextField("Order number");
    final ComboBox<CountryEntry> country = new ComboBox<>("Country of origin");
    final ComboBox<PlaceOfManufacture> pom = new ComboBox<>("Place of manufacture (FPDS)");
    final ComboBox<Exemption> exemption = new ComboBox<>("Declared exception");
    final ComboBox<WaiverSummary> waiver = new ComboBox<>("Waiver");
    final Button save = new Button("Save");
    private final FieldErrors errors = new FieldErrors();

    public PurchaseDialog(Services services, Purchase editing, Consumer<Purchase> onSaved) {
        this.s = services;
        this.editing = editing;
        this.onSaved = onSaved;
        setHeaderTitle(editing == null ? "New purchase" : "Edit purchase #" + editing.id());
        setWidth("min(56rem, 95vw)");

        date.setMax(LocalDate.now(s.clock));
        office.setItems(s.purchases.activeOffices());
        office.setItemLabelGenerator(Office::label);
        vendor.setItems(q -> s.vendors.search(new VendorFilter(q.getFilter().orElse(null), null, false, null, null,
                null, null, null), new PageQuery(q.getOffset(), Math.min(q.getLimit(), PageQuery.MAX_LIMIT),
                List.of())).stream());
        vendor.setItemLabelGenerator(v -> v.legalName() + (v.uei() == null ? "" : " (" + v.uei() + ")"));
        vendor.addValueChangeListener(e -> loadSellers());
        seller.setItemLabelGenerator(l -> l.seller().legalName() + (l.storeName() == null ? "" : " \u2013 " + l.storeName()));
        seller.setEnabled(false);
        seller.setHelperText("For a marketplace: the third-party seller");
        product.setItems(q -> s.products.search(new ProductFilter(q.getFilter().orElse(null), null, null),
                new PageQuery(q.getOffset(), Math.min(q.getLimit(), PageQuery.MAX_LIMIT), List.of())).stream());
        product.setItemLabelGenerator(p -> p.name() + (p.partNumber() == null ? "" : " (" + p.partNumber() + ")"));
        channel.setItems(PurchaseChannel.values());
        channel.setItemLabelGenerator(PurchaseChannel::label);
        country.setItems(s.countries.search(null, PageQuery.first(PageQuery.MAX_LIMIT)).stream()
                .filter(CountryEntry::active).toList());
        country.setItemLabelGenerator(c -> c.name() + " (" + c.alpha2() + ")");
        pom.setItems(PlaceOfManufacture.values());
        pom.setItemLabelGenerator(p -> p.name() + " \u2013 " + p.meaning());
        exemption.setItems(Exemption.values());
        exemption.setItemLabelGenerator(x -> x.label() + " (" + x.citation() + ")");
        waiver.setItems(s.waivers.list(new WaiverFilter(null, WaiverStatus.APPROVED, null, false, null),
                PageQuery.first(PageQuery.MAX_LIMIT)));
        waiver.setItemLabelGenerator(w -> w.reference() + (w.title() == null ? "" : " \u2013 " + w.title()));
        waiver.setHelperText("Leave empty: an approved waiver naming the PIID is matched automatically");
        total.setHelperText("Computed from quantity \u00d7 unit price when both are given");
        quantity.addValueChangeListener(e -> computeTotal());
        unitPrice.addValueChangeListener(e -> computeTotal());
        for (var c : List.of(office, vendor, seller, product, channel, country, pom, exemption, waiver)) {
            c.setClearButtonVisible(true);
        }

        errors.bind(PurchaseForm.DATE, date).bind(PurchaseForm.OFFICE, office).bind(PurchaseForm.VENDOR, vendor)
                .bind(PurchaseForm.SELLER, seller).bind(PurchaseForm.PRODUCT, product)
                .bind(PurchaseForm.DESCRIPTION, description).bind(PurchaseForm.QUANTITY, quantity)
                .bind(PurchaseForm.UNIT_PRICE, unitPrice).bind(PurchaseForm.TOTAL, total)
                .bind(PurchaseForm.CHANNEL, channel).bind(PurchaseForm.PIID, piid)
                .bind(PurchaseForm.ORDER_NUMBER, orderNumber).bind(PurchaseForm.COUNTRY, country)
                .bind(PurchaseForm.PLACE_OF_MANUFACTURE, pom).bind(PurchaseForm.EXEMPTION, exemption)
                .bind(PurchaseForm.WAIVER, waiver);
        date.setId("purchase-date");
        office.setId("purchase-form-office");
        vendor.setId("purchase-vendor");
        product.setId("purchase-product");
        total.setId("purchase-total");
        channel.setId("purchase-form-channel");
        country.setId("purchase-form-country");
        piid.setId("purchase-piid");
        quantity.setId("purchase-quantity");
        unitPrice.setId("purchase-unit-price");
        save.setId("purchase-save");

        FormLayout form = new FormLayout(date, office, vendor, seller, product, description, quantity, unitPrice, total,
                channel, piid, orderNumber, country, pom, exemption, waiver);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(description, 2);
        add(new Span("The classification is computed from these values when you save."), form);

        if (editing != null) {
            fill(editing);
        } else {
            date.setValue(LocalDate.now(s.clock));
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
    }

    private void loadSellers() {
        VendorSummary v = vendor.getValue();
        seller.clear();
        if (v == null) {
            seller.setEnabled(false);
            return;
        }
        List<SellerLink> links = s.vendors.sellers(v.id(), null, PageQuery.first(PageQuery.MAX_LIMIT));
        seller.setItems(links);
        seller.setEnabled(!links.isEmpty());
    }

    private void computeTotal() {
        if (quantity.getValue() != null && unitPrice.getValue() != null) {
            total.setValue(quantity.getValue().multiply(unitPrice.getValue()).setScale(2, RoundingMode.HALF_UP));
            total.setReadOnly(true);
        } else {
            total.setReadOnly(false);
        }
    }

    private void fill(Purchase p) {
        date.setValue(p.date());
        office.getListDataView().getItems().filter(o -> o.id() == p.officeId()).findFirst().ifPresent(office::setValue);
        s.vendors.summary(p.vendorId()).ifPresent(vendor::setValue);
        if (p.sellerId() != null) {
            seller.getListDataView().getItems().filter(l -> l.seller().id() == p.sellerId()).findFirst()
                    .ifPresent(seller::setValue);
        }
        if (p.productId() != null) {
            s.products.find(p.productId()).ifPresent(product::setValue);
        }
        description.setValue(p.description() == null ? "" : p.description());
        quantity.setValue(p.quantity());
        unitPrice.setValue(p.unitPrice());
        total.setValue(p.total());
        channel.setValue(p.channel());
        piid.setValue(p.piid() == null ? "" : p.piid());
        orderNumber.setValue(p.orderNumber() == null ? "" : p.orderNumber());
        if (p.originCountry() != null) {
            country.getListDataView().getItems().filter(c -> c.alpha2().equals(p.originCountry())).findFirst()
                    .ifPresent(country::setValue);
        }
        pom.setValue(p.placeOfManufacture());
        exemption.setValue(p.exemption());
        if (p.waiverId() != null && !p.waiverMatched()) {
            waiver.getListDataView().getItems().filter(w -> w.id() == p.waiverId()).findFirst()
                    .ifPresent(waiver::setValue);
        }
    }

    PurchaseForm form() {
        BigDecimal q = quantity.getValue();
        BigDecimal u = unitPrice.getValue();
        return new PurchaseForm(date.getValue(), office.getValue() == null ? null : office.getValue().id(),
                vendor.getValue() == null ? null : vendor.getValue().id(),
                seller.getValue() == null ? null : seller.getValue().seller().id(),
                product.getValue() == null ? null : product.getValue().id(), description.getValue(), q, u,
                q != null && u != null ? null : total.getValue(), channel.getValue(), piid.getValue(),
                orderNumber.getValue(), country.getValue() == null ? null : country.getValue().alpha2(),
                pom.getValue(), exemption.getValue(), waiver.getValue() == null ? null : waiver.getValue().id());
    }

    void save() {
        errors.clear();
        try {
            Purchase saved = editing == null ? s.purchases.record(form())
                    : s.purchases.update(editing.id(), editing.version(), form());
            close();
            Notifications.success("Purchase #" + saved.id() + " saved: " + saved.classification().label());
            onSaved.accept(saved);
        } catch (BusinessRuleException ex) {
            errors.show(ex);
        }
    }
}
