package gov.buyamerican.portal.attestation.ui;

import gov.buyamerican.portal.shared.ui.Grids;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import gov.buyamerican.portal.attestation.AttestationForm;
import gov.buyamerican.portal.attestation.AttestationService;
import gov.buyamerican.portal.attestation.AttestationSummary;
import gov.buyamerican.portal.attestation.Invitation;
import gov.buyamerican.portal.attestation.ProductOrigin;
import gov.buyamerican.portal.catalog.Product;
import gov.buyamerican.portal.catalog.ProductKinds;
import gov.buyamerican.portal.catalog.ProductService;
import gov.buyamerican.portal.security.Roles;
import gov.buyamerican.portal.shared.BusinessRuleException;
import gov.buyamerican.portal.shared.ui.Formats;
import gov.buyamerican.portal.shared.ui.Notifications;
import gov.buyamerican.portal.shared.ui.ViewToolbar;
import gov.buyamerican.portal.vendor.VendorService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** One product: its facts, current origin status, attestation history and invitations. */
@Route("products/:productId([0-9]{1,18})")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.APPROVER, Roles.REPORTS, Roles.AUDITOR})
public class ProductDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ProductService products;
    private final AttestationService attestations;
    private final VendorService vendors;
    private final Clock clock;
    private String title = "Product | Buy American Compliance Portal";
    final Grid<AttestationSummary> history = new Grid<>(AttestationSummary.class, false);

    public ProductDetailView(ProductService products, AttestationService attestations, VendorService vendors, Clock clock) {
        this.products = products;
        this.attestations = attestations;
        this.vendors = vendors;
        this.clock = clock;
        addClassName("portal-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("productId").orElseThrow());
        var product = products.find(id);
        if (product.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No product " + id);
            return;
        }
        render(product.get());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void render(Product p) {
        removeAll();
        title = p.name() + " | Buy American Compliance Portal";
        ProductOrigin origin = attestations.originOf(p.id());

        Button attest = new Button("New attestation", VaadinIcon.PLUS.create(), e -> {
            try {
                var draft = attestations.createDraft(p.id(), AttestationForm.empty(LocalDate.now(clock.withZone(ZoneOffset.UTC)).getYear()));
                UI.getCurrent().navigate(AttestationUi.route(draft.id()));
            } catch (BusinessRuleException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        attest.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        attest.setId("new-attestation");
        Button invite = new Button("Invite vendor", VaadinIcon.ENVELOPE.create(),
                e -> new InviteDialog(attestations, p, vendors.contacts(p.offerorId()), () -> render(p)).open());
        invite.setId("invite-vendor");
        Button edit = new Button("Change", VaadinIcon.EDIT.create(), e -> UI.getCurrent().navigate("products",
                com.vaadin.flow.router.QueryParameters.of("edit", String.valueOf(p.id()))));
        for (Button b : List.of(attest, invite, edit)) {
            b.setVisible(AttestationUi.canWrite());
        }

        Span status = new Span(AttestationUi.originBadge(origin));
        status.setId("origin-status");
        Div facts = new Div(
                fact("Current origin", status),
                fact("Part number", new Span(p.partNumber())),
                fact("Kind", new Span(ProductKinds.label(p.kind()))),
                fact("Offered by", new Span(p.offerorName())),
                fact("Manufacturer", new Span(p.manufacturerName())),
                fact("PSC", new Span(p.psc() == null ? "not given" : p.psc())),
                fact("NAICS", new Span(p.naics() == null ? "not given" : p.naics())));
        facts.addClassName("attestation-facts");
        Div factBox = new Div(facts);
        if (p.description() != null) {
            factBox.add(new Paragraph(p.description()));
        }
        factBox.addClassName("portal-section");

        history.addComponentColumn(a -> new Span("v" + a.versionNo())).setHeader("Version").setAutoWidth(true);
        history.addComponentColumn(a -> AttestationUi.statusBadge(a.status())).setHeader("Status").setAutoWidth(true);
        history.addComponentColumn(a -> AttestationUi.classificationBadge(a.classification())).setHeader("Result").setAutoWidth(true);
        history.addColumn(AttestationUi::share).setHeader("Domestic share").setAutoWidth(true);
        history.addColumn(a -> a.signerName() == null ? "" : a.signerName()).setHeader("Signed by").setFlexGrow(1);
        history.addColumn(a -> Formats.dateTime(a.signedAt())).setHeader("Signed").setAutoWidth(true);
        history.addColumn(a -> Formats.date(a.validUntil())).setHeader("Valid until").setAutoWidth(true);
        history.addColumn(a -> a.source() == gov.buyamerican.portal.attestation.Attestation.Source.VENDOR
                ? "Vendor (link)" : a.enteredBy()).setHeader("Entered by").setAutoWidth(true);
        history.setItems(attestations.forProduct(p.id()));
        Grids.openOnClickOrEnter(history, item -> UI.getCurrent().navigate(AttestationUi.route(item.id())));
        history.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        history.setAllRowsVisible(true);
        history.setEmptyStateText("No attestation yet");
        history.setAriaLabel("Attestation history");
        history.setId("attestation-history");

        List<Invitation> invitations = attestations.invitations(p.id());
        Div invBox = new Div(new H2("Invitations"));
        invBox.addClassName("portal-section");
        if (invitations.isEmpty()) {
            invBox.add(new Paragraph("No vendor contact has been invited to attest this product."));
        }
        for (Invitation i : invitations) {
            String state = i.usedAt() != null ? "used " + Formats.dateTime(i.usedAt())
                    : i.openOn(clock.instant()) ? "open until " + Formats.dateTime(i.expiresAt())
                    : "expired " + Formats.dateTime(i.expiresAt());
            invBox.add(new Paragraph(i.contactName() + " <" + i.contactEmail() + ">, sent by " + i.createdBy() + " on "
                    + Formats.dateTime(i.createdAt()) + ": " + state));
        }

        Div historyBox = new Div(new H2("Attestations"), history);
        historyBox.addClassName("portal-section");
        add(new ViewToolbar(p.name(), p.partNumber() + " \u00b7 offered by " + p.offerorName(), edit, invite, attest),
                factBox, historyBox, invBox);
    }

    static Div fact(String label, com.vaadin.flow.component.Component value) {
        Span l = new Span(label);
        l.addClassName("attestation-fact-label");
        value.addClassName("attestation-fact-value");
        Div d = new Div(l, value);
        d.addClassName("attestation-fact");
        return d;
    }
}
