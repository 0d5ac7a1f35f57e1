package gov.buyamerican.portal.attestation.ui;

import gov.buyamerican.portal.shared.ui.Grids;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gov.buyamerican.portal.attestation.AttestationFilter;
import gov.buyamerican.portal.attestation.AttestationService;
import gov.buyamerican.portal.attestation.AttestationStatus;
import gov.buyamerican.portal.attestation.AttestationSummary;
import gov.buyamerican.portal.attestation.ProductWithoutAttestation;
import gov.buyamerican.portal.attestation.VendorOriginShare;
import gov.buyamerican.portal.security.Roles;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.shared.ui.Formats;
import gov.buyamerican.portal.shared.ui.ViewToolbar;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Attestations: all of them (searchable, paged in the database), those expiring soon, products without a valid
 * attestation, and vendors whose attested products are mostly foreign.
 */
@Route("attestations")
@PageTitle("Attestations | Buy American Compliance Portal")
@Menu(order = 30, icon = "vaadin:diploma-scroll", title = "Attestations")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.APPROVER, Roles.REPORTS, Roles.AUDITOR})
public class AttestationsView extends Main {

    private final AttestationService attestations;
    final Grid<AttestationSummary> all = summaryGrid("All attestations");
    final Grid<AttestationSummary> expiring = summaryGrid("Attestations expiring soon");
    final Grid<ProductWithoutAttestation> missing = new Grid<>(ProductWithoutAttestation.class, false);
    final Grid<VendorOriginShare> foreign = new Grid<>(VendorOriginShare.class, false);
    final TextField search = new TextField();
    final Select<AttestationStatus> status = new Select<>();
    final Select<Integer> within = new Select<>();

    public AttestationsView(AttestationService attestations) {
        this.attestations = attestations;
        addClassName("portal-view");

        search.setPlaceholder("Product, part number or signer");
        search.setAriaLabel("Search attestations");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("20rem");
        status.setAriaLabel("Status");
        status.setItems(AttestationStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        search.addValueChangeListener(e -> all.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> all.getDataProvider().refreshAll());
        all.setItems(q -> attestations.search(filter(), new PageQuery(q.getOffset(), q.getLimit(),
                        q.getSortOrders().stream().map(o -> new PageQuery.SortOrder(o.getSorted(),
                                o.getDirection() == SortDirection.ASCENDING)).toList())).stream(),
                q -> attestations.count(filter(), 100_000));
        Div allFilters = new Div(search, status);
        allFilters.addClassName("portal-filters");
        Div allTab = tab(allFilters, all);

        within.setLabel("Expiring within");
        within.setItems(30, 60, 90);
        within.setItemLabelGenerator(d -> d + " days");
        within.setValue(30);
        within.setId("expiring-within");
        expiring.setItems(q -> attestations.expiringWithin(within.getValue(), new PageQuery(q.getOffset(), q.getLimit(),
                List.of())).stream());
        within.addValueChangeListener(e -> expiring.getDataProvider().refreshAll());
        Div expiringFilters = new Div(within);
        expiringFilters.addClassName("portal-filters");

        missing.addColumn(ProductWithoutAttestation::productName).setHeader("Product").setFlexGrow(2);
        missing.addColumn(ProductWithoutAttestation::partNumber).setHeader("Part number").setAutoWidth(true);
        missing.addColumn(ProductWithoutAttestation::offerorName).setHeader("Offered by").setFlexGrow(2);
        missing.addComponentColumn(m -> m.latestStatus() == null
                        ? new gov.buyamerican.portal.shared.ui.Badge("Never attested", gov.buyamerican.portal.shared.ui.Badge.Tone.NEUTRAL)
                        : AttestationUi.statusBadge(m.latestStatus())).setHeader("Latest attestation").setAutoWidth(true);
        missing.setItems(q -> attestations.productsWithoutValidAttestation(new PageQuery(q.getOffset(), q.getLimit(),
                List.of())).stream());
        Grids.openOnClickOrEnter(missing, item -> UI.getCurrent().navigate("products/" + item.productId()));
        missing.setEmptyStateText("Every product has a valid attestation");
        missing.setAriaLabel("Products without a valid attestation");
        missing.setSizeFull();

        foreign.addColumn(VendorOriginShare::vendorName).setHeader("Vendor").setFlexGrow(2);
        foreign.addColumn(VendorOriginShare::attested).setHeader("Attested products").setAutoWidth(true);
        foreign.addColumn(VendorOriginShare::foreign).setHeader("Foreign").setAutoWidth(true);
        foreign.addColumn(v -> v.foreignPercent() + "%").setHeader("Foreign share").setAutoWidth(true);
        foreign.setItems(q -> attestations.vendorsMostlyForeign(new PageQuery(q.getOffset(), q.getLimit(), List.of())).stream());
        Grids.openOnClickOrEnter(foreign, item -> UI.getCurrent().navigate("vendors/" + item.vendorId()));
        foreign.setEmptyStateText("No vendor has mostly foreign products");
        foreign.setAriaLabel("Vendors whose products are mostly foreign");
        foreign.setSizeFull();

        TabSheet sheet = new TabSheet();
        sheet.add("All", allTab);
        sheet.add("Expiring soon", tab(expiringFilters, expiring));
        sheet.add("Products without a valid attestation", tab(new Paragraph("Products with no verified attestation"
                + " that is still valid today."), missing));
        sheet.add("Vendors mostly foreign", tab(new Paragraph("Vendors more than half of whose products with a valid"
                + " attestation are foreign end products."), foreign));
        sheet.setSizeFull();
        add(new ViewToolbar("Attestations", "Signed origin statements and their FAR 25 domestic content result."), sheet);
    }

    private AttestationFilter filter() {
        return new AttestationFilter(search.getValue(), status.getValue());
    }

    private static Div tab(com.vaadin.flow.component.Component top, com.vaadin.flow.component.Component grid) {
        Div d = new Div(top, grid);
        d.addClassName("attestation-tab");
        return d;
    }

    private static Grid<AttestationSummary> summaryGrid(String label) {
        Grid<AttestationSummary> g = new Grid<>(AttestationSummary.class, false);
        g.addColumn(AttestationSummary::productName).setHeader("Product").setKey("product").setSortable(true).setWidth("16rem").setFlexGrow(3);
        g.addColumn(a -> "v" + a.versionNo()).setHeader("Version").setAutoWidth(true);
        g.addColumn(AttestationSummary::offerorName).setHeader("Offered by").setWidth("12rem").setFlexGrow(2);
        g.addComponentColumn(a -> AttestationUi.statusBadge(a.status())).setHeader("Status").setKey("status")
                .setSortable(true).setAutoWidth(true);
        g.addComponentColumn(a -> AttestationUi.classificationBadge(a.classification())).setHeader("Result")
                .setKey("classification").setSortable(true).setAutoWidth(true);
        g.addColumn(AttestationUi::share).setHeader("Domestic share").setAutoWidth(true);
        g.addColumn(a -> a.signedAt() == null ? "" : Formats.date(a.signedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate())).setHeader("Signed").setKey("signedAt").setSortable(true).setAutoWidth(true);
        g.addColumn(a -> Formats.date(a.validUntil())).setHeader("Valid until").setKey("validUntil").setSortable(true).setAutoWidth(true);
        g.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        Grids.openOnClickOrEnter(g, item -> UI.getCurrent().navigate(AttestationUi.route(item.id())));
        g.setEmptyStateText("No attestation");
        g.setAriaLabel(label);
        g.setSizeFull();
        return g;
    }
}
