package gov.buyamerican.portal.purchase.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import gov.buyamerican.portal.audit.AuditEvent;
import gov.buyamerican.portal.purchase.Purchase;
import gov.buyamerican.portal.purchase.PurchaseService;
import gov.buyamerican.portal.security.Roles;
import gov.buyamerican.portal.shared.NotFoundException;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.shared.ui.Formats;
import gov.buyamerican.portal.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;

/**
 * One purchase: its values, its classification with the explanation and what is missing, links to the vendor, seller,
 * product, waiver and attestation, and its history from the audit trail. STAFF and ADMIN edit and delete it.
 */
@Route("purchases/:" + PurchaseDetailView.ID + "([0-9]{1,18})")
@RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.APPROVER, Roles.REPORTS, Roles.AUDITOR})
public class PurchaseDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final PurchaseService purchases;
    private final PurchaseDialog.Services services;
    private Purchase purchase;
    private String title = "Purchase | Buy American Compliance Portal";
    Grid<AuditEvent> history;

    public PurchaseDetailView(PurchaseService purchases, PurchaseDialog.Services services) {
        this.purchases = purchases;
        this.services = services;
        addClassName("portal-view");
    }

    static void open(long id) {
        UI.getCurrent().navigate(PurchaseDetailView.class, new RouteParameters(ID, Long.toString(id)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong(ID).orElse(-1L);
        try {
            purchase = purchases.get(id);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "There is no purchase " + id);
            return;
        }
        title = "Purchase #" + id + " | Buy American Compliance Portal";
        render();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void render() {
        removeAll();
        Purchase p = purchase;
        H1 heading = new H1("Purchase #" + p.id());
        heading.setId("purchase-heading");
        Anchor back = new Anchor(PurchasesView.ROUTE, "\u2190 All purchases");
        Div head = new Div(back, heading);
        head.getStyle().set("margin-bottom", "var(--lumo-space-m)");
        if (PurchaseUi.canEdit()) {
            Button edit = new Button("Edit", VaadinIcon.EDIT.create(), e -> new PurchaseDialog(services, purchase,
                    saved -> {
                        purchase = saved;
                        render();
                    }).open());
            edit.setId("purchase-edit");
            Button delete = new Button("Delete", VaadinIcon.TRASH.create(), e -> confirmDelete());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.setId("purchase-delete");
            head.add(new Div(edit, delete));
        }
        add(head);

        Div classification = new Div();
        classification.setId("purchase-classification");
        classification.add(new H2("Classification"));
        var badge = PurchaseUi.badge(p.classification());
        badge.setId("purchase-class-badge");
        classification.add(badge, new Paragraph(p.classificationNote()));
        if (p.missing() != null) {
            Paragraph missing = new Paragraph("What is missing: " + p.missing());
            missing.setId("purchase-missing");
            classification.add(missing);
        }
        classification.add(new Paragraph("Rule: " + p.reason().name() + " \u00b7 micro-purchase threshold used "
                + Formats.money(p.microPurchaseThreshold()) + " \u00b7 classified "
                + Formats.dateTime(p.classifiedAt())));
        if (p.attestationId() != null) {
            classification.add(new Div(new Anchor("attestations/" + p.attestationId(),
                    "Attestation #" + p.attestationId())));
        }
        add(classification);

        Div fields = new Div();
        fields.addClassName("portal-details");
        fields.add(new H2("Details"));
        row(fields, "Date", Formats.date(p.date()));
        row(fields, "Office", p.officeName());
        row(fields, "Vendor", new Anchor("vendors/" + p.vendorId(), p.vendorName()));
        if (p.sellerId() != null) {
            row(fields, "Marketplace seller", new Anchor("vendors/" + p.sellerId(), p.sellerName()));
        }
        if (p.productId() != null) {
            row(fields, "Product", new Anchor("products/" + p.productId(), p.productName()));
        }
        row(fields, "Description", p.description());
        row(fields, "Quantity", p.quantity() == null ? null : p.quantity().stripTrailingZeros().toPlainString());
        row(fields, "Unit price", p.unitPrice() == null ? null : Formats.money(p.unitPrice()));
        row(fields, "Total", Formats.money(p.total()));
        row(fields, "Channel", p.channel().label());
        row(fields, "PIID", p.piid());
        row(fields, "Order number", p.orderNumber());
        row(fields, "Country of origin", p.originCountry() == null ? null
                : p.originCountryName() + " (" + p.originCountry() + ")");
        row(fields, "Place of manufacture", p.placeOfManufacture() == null ? null
                : p.placeOfManufacture().name() + " \u2013 " + p.placeOfManufacture().meaning());
        row(fields, "Declared exception", p.exemption() == null ? null
                : p.exemption().label() + " (" + p.exemption().citation() + ")");
        if (p.waiverId() != null) {
            row(fields, "Waiver", new Span(new Anchor("waivers/" + p.waiverId(), p.waiverReference()),
                    new Span(p.waiverMatched() ? " (matched on the PIID)" : " (linked by staff)")));
        }
        row(fields, "NAICS / PSC", join(p.naics(), p.psc()));
        row(fields, "Source", p.source() + (p.importId() == null ? "" : " (import #" + p.importId() + ")"));
        row(fields, "Recorded", Formats.dateTime(p.createdAt()) + " by " + p.createdBy());
        add(fields);

        add(new H2("History"));
        history = new Grid<>(AuditEvent.class, false);
        history.addColumn(e -> Formats.dateTime(e.occurredAt())).setHeader("When (UTC)").setAutoWidth(true);
        history.addColumn(AuditEvent::actor).setHeader("User").setAutoWidth(true);
        history.addColumn(AuditEvent::action).setHeader("Action").setAutoWidth(true);
        history.addColumn(AuditEvent::summary).setHeader("Summary").setFlexGrow(1);
        history.setItems(purchases.history(p.id(), PageQuery.first(200)));
        history.setAllRowsVisible(true);
        history.setId("purchase-history");
        history.setAriaLabel("History of this purchase");
        add(history);
    }

    private static String join(String a, String b) {
        if (a == null && b == null) {
            return null;
        }
        return (a == null ? "\u2014" : a) + " / " + (b == null ? "\u2014" : b);
    }

    private static void row(Div target, String label, String value) {
        row(target, label, new Span(value == null || value.isBlank() ? "\u2014" : value));
    }

    private static void row(Div target, String label, Component value) {
        Span l = new Span(label);
        l.addClassName("portal-detail-label");
        l.getStyle().set("color", "var(--lumo-secondary-text-color)").set("min-width", "12rem")
                .set("display", "inline-block");
        Div r = new Div(l, value);
        r.addClassName("portal-detail-row");
        r.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("padding", "var(--lumo-space-xs) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        target.add(r);
    }

    private void confirmDelete() {
        ConfirmDialog d = new ConfirmDialog();
        d.setHeader("Delete purchase #" + purchase.id() + "?");
        d.setText("It disappears from the grid, the reports and the totals. The audit trail keeps a record of it.");
        d.setCancelable(true);
        d.setConfirmText("Delete");
        d.setConfirmButtonTheme("error primary");
        d.addConfirmListener(e -> {
            purchases.delete(purchase.id(), purchase.version());
            Notifications.success("Purchase #" + purchase.id() + " deleted");
            UI.getCurrent().navigate(PurchasesView.class);
        });
        d.open();
    }
}
