package gov.buyamerican.portal.attestation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import gov.buyamerican.portal.attestation.AttestationService;
import gov.buyamerican.portal.attestation.InvitationLink;
import gov.buyamerican.portal.catalog.Product;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ui.FieldErrors;
import gov.buyamerican.portal.shared.ui.Formats;
import gov.buyamerican.portal.vendor.Contact;
import java.util.List;

/**
 * Invites a vendor contact to attest one product. The link is e-mailed when the portal has an SMTP server; otherwise
 * (or when the server refuses it) the dialog shows the one-time link for staff to pass on.
 */
final class InviteDialog extends Dialog {

    final Select<Contact> contact = new Select<>();
    final TextField name = new TextField("Contact name");
    final EmailField email = new EmailField("Contact e-mail");
    final Button create = new Button("Create link");
    final TextField link = new TextField("One-time link");
    final Paragraph result = new Paragraph();

    /** The portal's address as this user reached it, e.g. http://localhost:8080. */
    static String portalAddress() {
        var request = com.vaadin.flow.server.VaadinServletRequest.getCurrent();
        if (request == null) {
            return "http://localhost";
        }
        var http = request.getHttpServletRequest();
        int port = http.getServerPort();
        boolean defaultPort = ("http".equals(http.getScheme()) && port == 80) || ("https".equals(http.getScheme()) && port == 443);
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + port) + http.getContextPath();
    }

    InviteDialog(AttestationService attestations, Product product, List<Contact> contacts, Runnable done) {
        setHeaderTitle("Invite the vendor to attest " + product.label());
        setWidth("40rem");
        name.setId("invite-name");
        email.setId("invite-email");
        link.setId("invite-link");
        link.setReadOnly(true);
        link.setWidthFull();
        link.setVisible(false);
        contact.setLabel("Contact of " + product.offerorName());
        contact.setItems(contacts.stream().filter(c -> c.email() != null).toList());
        contact.setItemLabelGenerator(c -> c == null ? "Someone else" : c.name() + " <" + c.email() + ">");
        contact.setEmptySelectionAllowed(true);
        contact.setEmptySelectionCaption("Someone else");
        contact.setVisible(contacts.stream().anyMatch(c -> c.email() != null));
        contact.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                name.setValue(e.getValue().name());
                email.setValue(e.getValue().email());
            }
        });
        FormLayout form = new FormLayout(contact, name, email);
        form.setColspan(contact, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        Paragraph hint = new Paragraph("The contact gets a link to a form for this product only, valid once. It is "
                + "e-mailed when the portal has an SMTP server; otherwise it is shown here for you to pass on.");
        hint.addClassName("portal-dialog-hint");
        result.setId("invite-result");
        result.setVisible(false);
        result.addClassName("portal-dialog-effect");
        add(hint, form, result, link);
        FieldErrors errors = new FieldErrors().bind("contactName", name).bind("contactEmail", email);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("invite-create");
        Button close = new Button("Close", e -> close());
        create.addClickListener(e -> {
            errors.clear();
            try {
                InvitationLink l = attestations.invite(product.id(), name.getValue(), email.getValue(), portalAddress());
                result.setText(l.emailed()
                        ? l.mailDetail() + " The link works once, until " + Formats.dateTime(l.invitation().expiresAt()) + "."
                        : l.mailDetail() + " Copy the link below and send it to the contact yourself.");
                result.setVisible(true);
                if (!l.emailed()) {
                    link.setValue(l.url());
                    link.setHelperText("Valid once, until " + Formats.dateTime(l.invitation().expiresAt())
                            + ". This is the only time the link is shown.");
                    link.setVisible(true);
                }
                create.setEnabled(false);
                name.setReadOnly(true);
                email.setReadOnly(true);
                contact.setReadOnly(true);
                done.run();
            } catch (BusinessRuleException ex) {
                errors.show(ex);
            }
        });
        getFooter().add(close, create);
    }
}
