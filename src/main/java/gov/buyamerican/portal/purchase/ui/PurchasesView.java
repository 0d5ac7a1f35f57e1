package gov.buyamerican.portal.purchase.ui;

import gov.buyamerican.portal.shared.ui.Grids;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import gov.buyamerican.portal.shared.export.ExportFormat;
import gov.buyamerican.portal.purchase.Office;
import gov.buyamerican.portal.purchase.OfficeService;
import gov.buyamerican.portal.purchase.PurchaseChannel;
import gov.buyamerican.portal.purchase.PurchaseFilter;
import gov.buyamerican.portal.purchase.PurchaseService;
import gov.buyamerican.portal.purchase.PurchaseSummary;
import gov.buyamerican.portal.reference.CountryEntry;
import gov.buyamerican.portal.reference.CountryService;
import gov.buyamerican.portal.rules.purchase.PurchaseClass;
import gov.buyamerican.portal.security.Roles;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.shared.ui.Formats;
import gov.buyamerican.portal.shared.ui.ViewToolbar;
import gov.buyamerican.portal.vendor.VendorService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The purchases grid: filters applied in the database, sort on whitelisted columns, pages of 50 rows, CSV/XLSX
 * export of what the grid shows, and "New purchase" for STAFF and ADMIN.
 *
 * <p>Contract for links from other views (the reports' drill-down): the query parameters of
 * {@link PurchaseFilter#queryParameters()} ({@code from}, {@code to}, {@code office}, {@code channel}, {@code class}
 * (repeatable), {@code country}, {@code vendor}, {@code seller}, {@code product}, {@code q}) become the filters, and the
 * address is kept up to date as the filters change, so a filtered grid can be bookmarked or shared.
 */
@Route("purchases")
@PageTitle("Purchases | Buy American Compliance Portal")
@Menu(order = 50, icon = "vaadin:cart", title = "Purchases")
@RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.APPROVER, Roles.REPORTS, Roles.AUDITOR})
public class PurchasesView extends Main implements BeforeEnterObserver {

    public static final String ROUTE = "purchases";

    private final PurchaseService purchases;
    private final VendorService vendors;
    private final Clock clock;
    private final PurchaseDialog.Services services;
    final Grid<PurchaseSummary> grid = new Grid<>(PurchaseSummary.class, false);
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final ComboBox<Office> office = new ComboBox<>("Office");
    final ComboBox<PurchaseChannel> channel = new ComboBox<>("Channel");
    final MultiSelectComboBox<PurchaseClass> classes = new MultiSelectComboBox<>("Classification");
    final ComboBox<CountryEntry> country = new ComboBox<>("Country of origin");
    final TextField search = new TextField("Search");
    final Span scope = new Span();
    final Span count = new Span();
    /** Filters that have no field of their own (from a link): vendor, seller, product. */
    private Long vendorId;
    private Long sellerId;
    private Long productId;
    private boolean applying;
    private volatile PurchaseFilter currentFilter = PurchaseFilter.NONE;
    private volatile List<PageQuery.SortOrder> currentSort = List.of();

    public PurchasesView(PurchaseService purchases, OfficeService offices, VendorService vendors,
                         CountryService countries, PurchaseDialog.Services services, Clock clock) {
        this.purchases = purchases;
        this.vendors = vendors;
        this.clock = clock;
        this.services = services;
        addClassName("portal-view");

        office.setItems(offices.list());
        office.setItemLabelGenerator(Office::label);
        channel.setItems(PurchaseChannel.values());
        channel.setItemLabelGenerator(PurchaseChannel::label);
        classes.setItems(PurchaseClass.values());
        classes.setItemLabelGenerator(PurchaseClass::label);
        country.setItems(countries.search(null, PageQuery.first(PageQuery.MAX_LIMIT)));
        country.setItemLabelGenerator(c -> c.name() + " (" + c.alpha2() + ")");
        search.setPlaceholder("PIID, order number, description");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("purchase-search");
        from.setId("purchase-from");
        to.setId("purchase-to");
        office.setId("purchase-office");
        channel.setId("purchase-channel");
        classes.setId("purchase-class");
        country.setId("purchase-country");
        for (var c : List.of(office, channel, country)) {
            c.setClearButtonVisible(true);
            c.setPlaceholder("Any");
        }
        classes.setClearButtonVisible(true);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.addValueChangeListener(e -> changed());
        to.addValueChangeListener(e -> changed());
        office.addValueChangeListener(e -> changed());
        channel.addValueChangeListener(e -> changed());
        classes.addValueChangeListener(e -> changed());
        country.addValueChangeListener(e -> changed());
        search.addValueChangeListener(e -> changed());
        Button clear = new Button("Clear filters", e -> clearFilters());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.setId("purchase-clear");
        Div filters = new Div(from, to, office, channel, classes, country, search, clear);
        filters.addClassName("portal-filters");
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", "Purchase filters");
        scope.setId("purchase-scope");
        count.setId("purchase-count");
        count.getElement().setAttribute("aria-live", "polite");
        configureGrid();
        add(new ViewToolbar("Purchases", "Spend records and their Buy American classification.",
                actions().toArray(com.vaadin.flow.component.Component[]::new)), filters, scope, count, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        applyFilter(PurchaseFilter.fromQueryParameters(event.getLocation().getQueryParameters().getParameters()));
    }

    /** Puts a filter into the fields (without a refresh per field), then refreshes once. */
    void applyFilter(PurchaseFilter f) {
        applying = true;
        try {
            from.setValue(f.from());
            to.setValue(f.to());
            office.setValue(f.officeId() == null ? null : office.getListDataView().getItems()
                    .filter(o -> o.id() == f.officeId()).findFirst().orElse(null));
            channel.setValue(f.channel());
            classes.setValue(f.classes());
            country.setValue(f.country() == null ? null : country.getListDataView().getItems()
                    .filter(c -> c.alpha2().equals(f.country())).findFirst().orElse(null));
            search.setValue(f.text() == null ? "" : f.text());
            vendorId = f.vendorId();
            sellerId = f.sellerId();
            productId = f.productId();
        } finally {
            applying = false;
        }
        refresh(false);
    }

    private List<com.vaadin.flow.component.Component> actions() {
        MenuBar export = new MenuBar();
        export.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        MenuItem root = export.addItem(VaadinIcon.DOWNLOAD_ALT.create());
        root.add(new Span(" Export"));
        root.setId("purchase-export");
        root.getSubMenu().addItem(exportLink(ExportFormat.CSV, "CSV file")).setId("purchase-export-csv");
        root.getSubMenu().addItem(exportLink(ExportFormat.XLSX, "Excel workbook (XLSX)")).setId("purchase-export-xlsx");
        if (!PurchaseUi.canEdit()) {
            return List.of(export);
        }
        Button create = new Button("New purchase", VaadinIcon.PLUS.create(), e -> openNew());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-purchase");
        Button importFile = new Button("Import", VaadinIcon.UPLOAD.create(),
                e -> UI.getCurrent().navigate(PurchaseImportView.class));
        importFile.setId("purchase-import");
        if (!gov.buyamerican.portal.security.CurrentUser.hasRole(gov.buyamerican.portal.security.Role.ADMIN)) {
            return List.of(export, importFile, create);
        }
        Button reclassify = new Button("Reclassify all", VaadinIcon.REFRESH.create(), e -> reclassifyAll());
        reclassify.setId("purchase-reclassify");
        return List.of(export, reclassify, importFile, create);
    }

    private Anchor exportLink(ExportFormat format, String text) {
        DownloadHandler handler = event -> {
            event.setFileName("purchases-" + LocalDate.now(clock) + "." + format.extension());
            event.setContentType(format.contentType());
            purchases.export(currentFilter, currentSort, format, event.getOutputStream());
        };
        return new Anchor(handler, AttachmentType.DOWNLOAD, text);
    }

    private void configureGrid() {
        grid.addColumn(p -> Formats.date(p.date())).setHeader("Date").setKey("date").setSortable(true)
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(PurchaseSummary::officeName).setHeader("Office").setKey("office").setSortable(true)
                .setWidth("9rem").setResizable(true);
        grid.addColumn(p -> p.sellerName() == null ? p.vendorName() : p.vendorName() + " / " + p.sellerName())
                .setHeader("Vendor / seller").setKey("vendor").setSortable(true).setWidth("12rem").setFlexGrow(2)
                .setResizable(true).setTooltipGenerator(p -> p.sellerName() == null ? p.vendorName()
                        : p.vendorName() + " (seller: " + p.sellerName() + ")");
        grid.addColumn(p -> p.productName() != null ? p.productName() : Objects.requireNonNullElse(p.description(), ""))
                .setHeader("Product / description").setKey("product").setSortable(true).setWidth("12rem")
                .setFlexGrow(2).setResizable(true);
        grid.addColumn(p -> p.channel().label()).setHeader("Channel").setKey("channel").setSortable(true)
                .setWidth("9rem");
        grid.addColumn(p -> Formats.money(p.total())).setHeader("Total").setKey("total").setSortable(true)
                .setWidth("8rem").setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(p -> p.originCountry() == null ? "\u2014" : p.originCountry()).setHeader("Country")
                .setKey("country").setSortable(true).setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<PurchaseSummary>of(
                        "<span class=\"portal-badge portal-badge-${item.tone}\">${item.label}</span>")
                        .withProperty("label", p -> p.classification().label())
                        .withProperty("tone", p -> PurchaseUi.toneName(p.classification())))
                .setHeader("Classification").setKey("classification").setSortable(true).setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(p -> p.reason().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT))
                .setHeader("Reason").setKey("reason").setWidth("10rem").setResizable(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel("Purchases");
        grid.setEmptyStateText("No purchase matches the filters");
        grid.setPageSize(50);
        grid.setMultiSort(true, Grid.MultiSortPriority.APPEND);
        grid.setItems(query -> PurchaseUi.fetch(query.getOffset(), query.getLimit(), query.getSortOrders().stream()
                        .map(o -> new PageQuery.SortOrder(o.getSorted(), o.getDirection() == SortDirection.ASCENDING))
                        .toList(),
                page -> purchases.search(currentFilter, page)));
        grid.addSortListener(e -> currentSort = e.getSortOrder().stream()
                .map(o -> new PageQuery.SortOrder(o.getSorted().getKey(), o.getDirection() == SortDirection.ASCENDING))
                .toList());
        Grids.openOnClickOrEnter(grid, item -> PurchaseDetailView.open(item.id()));
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("date"), SortDirection.DESCENDING)));
        grid.setSizeFull();
    }

    PurchaseFilter filter() {
        return new PurchaseFilter(from.getValue(), to.getValue(), office.getValue() == null ? null : office.getValue().id(),
                channel.getValue(), classes.getValue(), vendorId, sellerId,
                country.getValue() == null ? null : country.getValue().alpha2(), productId, search.getValue());
    }

    private void changed() {
        if (!applying) {
            refresh(true);
        }
    }

    private void refresh(boolean updateUrl) {
        currentFilter = filter();
        grid.getDataProvider().refreshAll();
        int n = purchases.count(currentFilter, PurchaseService.COUNT_CAP + 1);
        count.setText(n > PurchaseService.COUNT_CAP
                ? "More than " + Formats.count(PurchaseService.COUNT_CAP) + " purchases match: narrow the filters to see a count"
                : Formats.count(n) + (n == 1 ? " purchase" : " purchases"));
        scope.removeAll();
        addScope("Vendor", vendorId, () -> vendorId = null);
        addScope("Seller", sellerId, () -> sellerId = null);
        addScope("Product", productId, () -> productId = null);
        if (updateUrl) {
            UI.getCurrent().getPage().getHistory().replaceState(null,
                    new Location(ROUTE, QueryParameters.full(currentFilter.queryParameters().entrySet().stream()
                            .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey,
                                    e -> e.getValue().toArray(String[]::new))))));
        }
    }

    private void addScope(String what, Long id, Runnable clear) {
        if (id == null) {
            return;
        }
        String name = what.equals("Product") ? "#" + id
                : vendors.summary(id).map(v -> v.legalName()).orElse("#" + id);
        Button remove = new Button(what + ": " + name, VaadinIcon.CLOSE_SMALL.create(), e -> {
            clear.run();
            refresh(true);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        remove.setIconAfterText(true);
        remove.getElement().setAttribute("aria-label", "Remove filter " + what + " " + name);
        scope.add(remove);
    }

    private void clearFilters() {
        vendorId = null;
        sellerId = null;
        productId = null;
        applyFilter(PurchaseFilter.NONE);
        refresh(true);
    }

    /** Starts the background run and shows its progress by polling every second until it ends. */
    private void reclassifyAll() {
        if (!purchases.startReclassifyAll()) {
            gov.buyamerican.portal.shared.ui.Notifications.info("A reclassification is running already.");
        }
        UI ui = UI.getCurrent();
        ui.setPollInterval(1000);
        var registration = new com.vaadin.flow.shared.Registration[1];
        registration[0] = ui.addPollListener(e -> {
            var st = purchases.reclassificationStatus();
            if (st.running()) {
                count.setText("Reclassifying: " + Formats.count(st.done()) + " of " + Formats.count(st.total())
                        + " purchases looked at, " + Formats.count(st.changed()) + " changed");
                return;
            }
            ui.setPollInterval(-1);
            registration[0].remove();
            refresh(false);
            if (st.error() != null) {
                gov.buyamerican.portal.shared.ui.Notifications.error("Reclassification stopped: " + st.error());
            } else {
                gov.buyamerican.portal.shared.ui.Notifications.success("Reclassified " + Formats.count(st.done())
                        + " purchases; " + Formats.count(st.changed()) + " changed.");
            }
        });
    }

    private void openNew() {
        new PurchaseDialog(services, null, saved -> PurchaseDetailView.open(saved.id()))
                .open();
    }
}
