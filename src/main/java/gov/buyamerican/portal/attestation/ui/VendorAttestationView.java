package gov.buyamerican.portal.attestation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import gov.buyamerican.portal.attestation.AttestationForm;
import gov.buyamerican.portal.attestation.AttestationService;
import gov.buyamerican.portal.attestation.InvitationLink;
import gov.buyamerican.portal.attestation.InvitationRefusedException;
import gov.buyamerican.portal.attestation.InvitedProduct;
import gov.buyamerican.portal.catalog.ProductKinds;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ui.Formats;
import gov.buyamerican.portal.shared.ui.Notifications;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The public form a vendor contact opens from a one-time invitation link: the one product of the invitation, the
 * attestation form with the live result, and the signature. No account and no portal navigation.
 */
@Route(value = InvitationLink.ROUTE + "/:token", autoLayout = false)
@PageTitle("Origin attestation | Buy American Compliance Portal")
@AnonymousAllowed
public class VendorAttestationView extends Main implements BeforeEnterObserver {

    private final AttestationService attestations;
    private final Clock clock;
    private String token;
    private String address;
    AttestationFormPanel form;
    final Button submit = new Button("Sign and submit", VaadinIcon.PAPERPLANE.create());

    public VendorAttestationView(AttestationService attestations, Clock clock) {
        this.attestations = attestations;
        this.clock = clock;
        addClassNames("portal-view", "attestation-public");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        VaadinRequest request = VaadinRequest.getCurrent();
        address = request == null ? "unknown" : request.getRemoteAddr();
        removeAll();
        H1 heading = new H1("Origin attestation");
        heading.addClassName("portal-toolbar-title");
        add(heading);
        try {
            InvitedProduct product = attestations.openInvitation(token, address);
            showForm(product);
        } catch (InvitationRefusedException e) {
            Paragraph p = new Paragraph(e.getMessage());
            p.setId("invitation-refused");
            add(p);
        }
    }

    private void showForm(InvitedProduct product) {
        Div facts = new Div(
                ProductDetailView.fact("Product", new Span(product.productName())),
                ProductDetailView.fact("Part number", new Span(product.partNumber())),
                ProductDetailView.fact("Kind", new Span(ProductKinds.label(product.kind()))),
                ProductDetailView.fact("Offered by", new Span(product.offerorName())),
                ProductDetailView.fact("Manufacturer", new Span(product.manufacturerName())));
        facts.addClassName("attestation-facts");
        Div box = new Div(new Paragraph("Dear " + product.contactName() + ", the agency asks you to state where this"
                + " product is manufactured and where its components come from. The result of the Buy American test"
                + " (FAR 25.101) is computed as you fill in the form. This link works once, until "
                + Formats.dateTime(product.expiresAt()) + "."), facts);
        box.addClassName("portal-section");
        box.setId("invited-product");
        form = new AttestationFormPanel(f -> attestations.calculateForInvitation(token, address, f), true);
        form.setForm(AttestationForm.empty(LocalDate.now(clock.withZone(ZoneOffset.UTC)).getYear()));
        form.signerEmail.setValue(product.contactEmail());
        form.signerName.setValue(product.contactName());
        submit.setId("vendor-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            try {
                attestations.submitFromInvitation(token, address, product.productId(), form.getForm());
                removeAll();
                H1 heading = new H1("Thank you");
                heading.addClassName("portal-toolbar-title");
                Paragraph done = new Paragraph("Your attestation for " + product.productName() + " ("
                        + product.partNumber() + ") was submitted. The agency will verify it. This link cannot be used"
                        + " again.");
                done.setId("vendor-done");
                add(heading, done);
            } catch (BusinessRuleException ex) {
                form.showError(ex);
                Notifications.error(ex.getMessage());
            } catch (InvitationRefusedException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        Div actions = new Div(submit);
        actions.addClassName("portal-toolbar-actions");
        add(box, form, actions);
    }
}
