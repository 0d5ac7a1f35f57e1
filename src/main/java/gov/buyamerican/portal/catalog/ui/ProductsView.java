package gov.buyamerican.portal.catalog.ui;

import gov.buyamerican.portal.shared.ui.Grids;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gov.buyamerican.portal.rules.domesticcontent.ProductKind;
import gov.buyamerican.portal.catalog.Product;
import gov.buyamerican.portal.catalog.ProductFilter;
import gov.buyamerican.portal.catalog.ProductKinds;
import gov.buyamerican.portal.catalog.ProductService;
import gov.buyamerican.portal.security.CurrentUser;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.security.Roles;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.shared.ui.Formats;
import gov.buyamerican.portal.shared.ui.ViewToolbar;
import gov.buyamerican.portal.vendor.VendorService;
import gov.buyamerican.portal.vendor.VendorSummary;
import jakarta.annotation.security.RolesAllowed;

/** The product catalog: search and filter, paged in the database; a click opens the product with its attestations. */
@Route("products")
@PageTitle("Products | Buy American Compliance Portal")
@Menu(order = 20, icon = "vaadin:package", title = "Products")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.APPROVER, Roles.REPORTS, Roles.AUDITOR})
public class ProductsView extends Main implements BeforeEnterObserver {

    /** The route of a product's detail view (in the attestation module, which shows its attestations). */
    public static String detailRoute(long productId) {
        return "products/" + productId;
    }

    private final ProductService products;
    private final VendorService vendors;
    final Grid<Product> grid = new Grid<>(Product.class, false);
    final TextField search = new TextField();
    final Select<ProductKind> kind = new Select<>();
    final VendorPicker vendor;

    public ProductsView(ProductService products, VendorService vendors) {
        this.products = products;
        this.vendors = vendors;
        addClassName("portal-view");
        vendor = new VendorPicker(null, vendors);
        vendor.setAriaLabel("Vendor");
        vendor.setPlaceholder("Any vendor");
        vendor.setWidth("18rem");

        search.setPlaceholder("Name, part number, PSC, NAICS or vendor");
        search.setAriaLabel("Search products");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("22rem");
        kind.setAriaLabel("Kind");
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption("Any kind");
        kind.setItems(ProductKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "Any kind" : ProductKinds.label(k));
        search.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        vendor.addValueChangeListener(e -> refresh());

        Button create = new Button("New product", VaadinIcon.PLUS.create(),
                e -> new ProductDialog(products, vendors, null, p -> UI.getCurrent().navigate(detailRoute(p.id()))).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-product");
        create.setVisible(CurrentUser.hasAnyRole(Role.STAFF, Role.ADMIN));

        grid.addColumn(Product::name).setHeader("Name").setKey("name").setSortable(true).setWidth("16rem").setFlexGrow(3);
        grid.addColumn(Product::partNumber).setHeader("Part number").setKey("partNumber").setSortable(true).setAutoWidth(true);
        grid.addColumn(p -> ProductKinds.label(p.kind())).setHeader("Kind").setKey("kind").setSortable(true).setAutoWidth(true);
        grid.addColumn(Product::offerorName).setHeader("Offered by").setKey("offeror").setSortable(true).setWidth("12rem").setFlexGrow(2);
        grid.addColumn(Product::manufacturerName).setHeader("Manufacturer").setKey("manufacturer").setSortable(true).setWidth("12rem").setFlexGrow(2);
        grid.addColumn(Product::psc).setHeader("PSC").setKey("psc").setSortable(true).setAutoWidth(true);
        grid.addColumn(Product::naics).setHeader("NAICS").setKey("naics").setSortable(true).setAutoWidth(true);
        grid.addColumn(p -> Formats.date(p.updatedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate())).setHeader("Changed").setKey("updatedAt").setSortable(true).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Products");
        grid.setEmptyStateText("No product matches the filters");
        Grids.openOnClickOrEnter(grid, item -> UI.getCurrent().navigate(detailRoute(item.id())));
        grid.setItems(query -> products.search(filter(), new PageQuery(query.getOffset(), query.getLimit(),
                        query.getSortOrders().stream().map(o -> new PageQuery.SortOrder(o.getSorted(),
                                o.getDirection() == SortDirection.ASCENDING)).toList())).stream(),
                query -> products.count(filter(), 100_000));
        grid.setSizeFull();

        Div filters = new Div(search, kind, vendor);
        filters.addClassName("portal-filters");
        add(new ViewToolbar("Products", "End products offered by vendors, with their manufacturer. Open one to see"
                + " its origin attestations.", create), filters, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("vendor").ifPresent(v -> {
            try {
                vendors.summary(Long.parseLong(v)).ifPresent(vendor::setValue);
            } catch (NumberFormatException ignored) {
                // a hand-edited address: show all products
            }
        });
        event.getLocation().getQueryParameters().getSingleParameter("edit").ifPresent(v -> {
            if (!CurrentUser.hasAnyRole(Role.STAFF, Role.ADMIN)) {
                return;
            }
            try {
                products.find(Long.parseLong(v)).ifPresent(p -> new ProductDialog(products, vendors, p,
                        saved -> UI.getCurrent().navigate(detailRoute(saved.id()))).open());
            } catch (NumberFormatException ignored) {
                // a hand-edited address: no dialog
            }
        });
    }

    private ProductFilter filter() {
        VendorSummary v = vendor.getValue();
        return new ProductFilter(search.getValue(), kind.getValue(), v == null ? null : v.id());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
