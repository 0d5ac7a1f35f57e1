package gov.buyamerican.portal.vendor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ui.Notifications;
import gov.buyamerican.portal.vendor.SellerLink;
import gov.buyamerican.portal.vendor.VendorFilter;
import gov.buyamerican.portal.vendor.VendorRules;
import gov.buyamerican.portal.vendor.VendorService;
import gov.buyamerican.portal.vendor.VendorSummary;
import java.util.List;
import java.util.Map;

/**
 * Adds a registered vendor to a marketplace's sellers (the vendor is found by name, UEI or CAGE code), or changes the
 * store name and seller id of an existing seller.
 */
class SellerDialog extends Dialog {

    private final VendorService vendors;
    private final VendorSummary marketplace;
    private final SellerLink link;
    private final Runnable onSaved;
    final ComboBox<VendorSummary> seller = new ComboBox<>("Vendor");
    final TextField storeName = new TextField("Store name on the marketplace");
    final TextField sellerRef = new TextField("Seller id on the marketplace");

    SellerDialog(VendorService vendors, VendorSummary marketplace, SellerLink link, Runnable onSaved) {
        this.vendors = vendors;
        this.marketplace = marketplace;
        this.link = link;
        this.onSaved = onSaved;
        setHeaderTitle(link == null ? "Add a seller to " + marketplace.legalName()
                : link.seller().legalName() + " on " + marketplace.legalName());
        setWidth("min(36rem, 95vw)");
        seller.setItems(query -> VendorUi.fetch(query.getOffset(), query.getLimit(), List.of(),
                page -> vendors.search(VendorFilter.all().withText(query.getFilter().orElse("")), page)));
        seller.setItemLabelGenerator(v -> v.legalName() + " — " + v.countryName()
                + (v.uei() == null ? "" : ", UEI " + v.uei()));
        seller.setHelperText("Type part of the name, a UEI or a CAGE code");
        seller.setRequiredIndicatorVisible(true);
        seller.setWidthFull();
        seller.setId("seller-choice");
        storeName.setMaxLength(VendorRules.NAME_MAX);
        sellerRef.setMaxLength(VendorRules.SELLER_REF_MAX);
        storeName.setId("seller-store-name");
        sellerRef.setId("seller-ref");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        if (link == null) {
            form.add(seller, 2);
        } else {
            storeName.setValue(link.storeName() == null ? "" : link.storeName());
            sellerRef.setValue(link.sellerRef() == null ? "" : link.sellerRef());
        }
        form.add(storeName, sellerRef);
        add(form);
        Button save = new Button(link == null ? "Add seller" : "Save", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-seller");
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    void save() {
        try {
            if (link == null) {
                if (seller.getValue() == null) {
                    seller.setErrorMessage("Choose the vendor who sells on " + marketplace.legalName());
                    seller.setInvalid(true);
                    return;
                }
                SellerLink added = vendors.addSeller(marketplace.id(), seller.getValue().id(), storeName.getValue(),
                        sellerRef.getValue());
                Notifications.success("Added " + added.seller().legalName() + " to the sellers");
            } else {
                vendors.updateSeller(link.id(), link.version(), storeName.getValue(), sellerRef.getValue());
                Notifications.success("Saved " + link.seller().legalName());
            }
            close();
            onSaved.run();
        } catch (BusinessRuleException e) {
            VendorUi.showError(e, Map.of("seller", seller, VendorRules.STORE_NAME, storeName,
                    VendorRules.SELLER_REF, sellerRef));
        }
    }
}
