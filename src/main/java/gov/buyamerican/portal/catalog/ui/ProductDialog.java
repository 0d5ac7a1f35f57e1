package gov.buyamerican.portal.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import gov.buyamerican.portal.rules.domesticcontent.ProductKind;
import gov.buyamerican.portal.catalog.Product;
import gov.buyamerican.portal.catalog.ProductForm;
import gov.buyamerican.portal.catalog.ProductKinds;
import gov.buyamerican.portal.catalog.ProductService;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ConcurrentEditException;
import gov.buyamerican.portal.shared.ui.FieldErrors;
import gov.buyamerican.portal.shared.ui.Notifications;
import gov.buyamerican.portal.vendor.VendorService;
import java.util.function.Consumer;

/** Registers a product or changes one. */
final class ProductDialog extends Dialog {

    final TextField name = new TextField("Name");
    final TextField partNumber = new TextField("Part number / SKU");
    final TextArea description = new TextArea("Description");
    final TextField psc = new TextField("PSC");
    final TextField naics = new TextField("NAICS");
    final VendorPicker offeror;
    final VendorPicker manufacturer;
    final Select<ProductKind> kind = new Select<>();
    final Button save = new Button("Save");

    ProductDialog(ProductService products, VendorService vendors, Product existing, Consumer<Product> saved) {
        setHeaderTitle(existing == null ? "New product" : "Change " + existing.label());
        offeror = new VendorPicker("Offered by", vendors);
        manufacturer = new VendorPicker("Manufacturer", vendors);
        name.setId("product-name");
        partNumber.setId("product-part-number");
        offeror.setId("product-offeror");
        manufacturer.setId("product-manufacturer");
        kind.setId("product-kind");
        psc.setMaxLength(4);
        psc.setHelperText("4 characters, e.g. 7110");
        naics.setMaxLength(6);
        naics.setHelperText("6 digits, e.g. 337214");
        kind.setLabel("Kind");
        kind.setItems(ProductKind.values());
        kind.setItemLabelGenerator(ProductKinds::label);
        description.setMaxLength(2000);
        FormLayout form = new FormLayout(name, partNumber, offeror, manufacturer, kind, psc, naics, description);
        form.setColspan(description, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        add(form);
        setWidth("44rem");

        FieldErrors errors = new FieldErrors().bind("name", name).bind("partNumber", partNumber)
                .bind("description", description).bind("psc", psc).bind("naics", naics).bind("offerorId", offeror)
                .bind("manufacturerId", manufacturer).bind("kind", kind);
        if (existing != null) {
            name.setValue(existing.name());
            partNumber.setValue(existing.partNumber());
            description.setValue(existing.description() == null ? "" : existing.description());
            psc.setValue(existing.psc() == null ? "" : existing.psc());
            naics.setValue(existing.naics() == null ? "" : existing.naics());
            vendors.summary(existing.offerorId()).ifPresent(offeror::setValue);
            vendors.summary(existing.manufacturerId()).ifPresent(manufacturer::setValue);
            kind.setValue(existing.kind());
        }
        offeror.addValueChangeListener(e -> {
            if (e.isFromClient() && manufacturer.getValue() == null) {
                manufacturer.setValue(e.getValue());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("product-save");
        save.addClickListener(e -> {
            errors.clear();
            ProductForm f = new ProductForm(name.getValue(), partNumber.getValue(), description.getValue(),
                    psc.getValue(), naics.getValue(), offeror.getValue() == null ? null : offeror.getValue().id(),
                    manufacturer.getValue() == null ? null : manufacturer.getValue().id(), kind.getValue());
            try {
                Product p = existing == null ? products.create(f) : products.update(existing.id(), existing.version(), f);
                Notifications.success("Saved " + p.label());
                close();
                saved.accept(p);
            } catch (BusinessRuleException ex) {
                errors.show(ex);
            } catch (ConcurrentEditException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
    }
}
