package gov.buyamerican.portal.vendor.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ui.Notifications;
import gov.buyamerican.portal.vendor.Contact;
import gov.buyamerican.portal.vendor.ContactForm;
import gov.buyamerican.portal.vendor.VendorRules;
import gov.buyamerican.portal.vendor.VendorService;
import java.util.Map;

/** Adds a contact to a vendor, or changes one. */
class ContactDialog extends Dialog {

    private final VendorService vendors;
    private final long vendorId;
    private final Contact contact;
    private final Runnable onSaved;
    private final Binder<ContactDraft> binder = new Binder<>();
    final TextField name = new TextField("Name");
    final TextField title = new TextField("Title");
    final TextField email = new TextField("E-mail");
    final TextField phone = new TextField("Phone");

    static final class ContactDraft {
        String name = "";
        String title = "";
        String email = "";
        String phone = "";
    }

    ContactDialog(VendorService vendors, long vendorId, Contact contact, Runnable onSaved) {
        this.vendors = vendors;
        this.vendorId = vendorId;
        this.contact = contact;
        this.onSaved = onSaved;
        setHeaderTitle(contact == null ? "New contact" : "Edit " + contact.name());
        setWidth("min(36rem, 95vw)");
        name.setRequiredIndicatorVisible(true);
        name.setId("contact-name");
        title.setId("contact-title");
        email.setId("contact-email");
        phone.setId("contact-phone");
        email.setHelperText("An e-mail address or a phone number is needed");
        binder.forField(name).withValidator((v, c) -> VendorRules.legalName(v).isValid() ? ValidationResult.ok()
                : ValidationResult.error("Enter the contact's name")).bind(d -> d.name, (d, v) -> d.name = v);
        binder.forField(title).withValidator((v, c) -> VendorRules.text(v, "Title", VendorRules.NAME_MAX)
                .fold(ok -> ValidationResult.ok(), ValidationResult::error)).bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(email).withValidator((v, c) -> VendorRules.email(v)
                .fold(ok -> ValidationResult.ok(), ValidationResult::error)).bind(d -> d.email, (d, v) -> d.email = v);
        binder.forField(phone).withValidator((v, c) -> VendorRules.phone(v)
                .fold(ok -> ValidationResult.ok(), ValidationResult::error)).bind(d -> d.phone, (d, v) -> d.phone = v);
        ContactDraft draft = new ContactDraft();
        if (contact != null) {
            draft.name = contact.name();
            draft.title = contact.title() == null ? "" : contact.title();
            draft.email = contact.email() == null ? "" : contact.email();
            draft.phone = contact.phone() == null ? "" : contact.phone();
        }
        binder.readBean(draft);
        FormLayout form = new FormLayout(name, title, email, phone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        add(form);
        Button save = new Button(contact == null ? "Add contact" : "Save contact", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setId("save-contact");
        getFooter().add(new Button("Cancel", e -> close()), save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                name.focus();
            }
        });
    }

    void save() {
        ContactDraft d = new ContactDraft();
        if (!binder.writeBeanIfValid(d)) {
            return;
        }
        ContactForm form = new ContactForm(d.name, d.title, d.email, d.phone);
        try {
            if (contact == null) {
                vendors.addContact(vendorId, form);
                Notifications.success("Added " + form.name().strip());
            } else {
                vendors.updateContact(contact.id(), contact.version(), form);
                Notifications.success("Saved " + form.name().strip());
            }
            close();
            onSaved.run();
        } catch (BusinessRuleException e) {
            VendorUi.showError(e, Map.of(VendorRules.CONTACT_NAME, name, VendorRules.CONTACT_TITLE, title,
                    VendorRules.CONTACT_EMAIL, email, VendorRules.CONTACT_PHONE, phone));
        }
    }
}
