package gov.buyamerican.portal.vendor.ui;

import gov.buyamerican.portal.shared.ui.Grids;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import gov.buyamerican.portal.security.Roles;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.shared.ui.Formats;
import gov.buyamerican.portal.shared.ui.ViewToolbar;
import gov.buyamerican.portal.vendor.CountryChoice;
import gov.buyamerican.portal.vendor.SocioeconomicCategory;
import gov.buyamerican.portal.vendor.VendorExportFormat;
import gov.buyamerican.portal.vendor.VendorFilter;
import gov.buyamerican.portal.vendor.VendorKind;
import gov.buyamerican.portal.vendor.VendorService;
import gov.buyamerican.portal.vendor.VendorSize;
import gov.buyamerican.portal.vendor.VendorStatus;
import gov.buyamerican.portal.vendor.VendorSummary;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The vendor registry: search and filter in the database, sort on whitelisted columns, open a vendor, register,
 * import and export. Pages of 50 rows are fetched as the user scrolls; the count shown is capped.
 */
@Route("vendors")
@PageTitle("Vendors | Buy American Compliance Portal")
@Menu(order = 10, icon = "vaadin:factory", title = "Vendors")
@RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.APPROVER, Roles.REPORTS, Roles.AUDITOR})
@StyleSheet(VendorUi.STYLESHEET)
public class VendorsView extends Main {

    /** A choice of the kind filter: one of the kinds, or "not classified". */
    record KindChoice(VendorKind kind, String label) {
        static final KindChoice NOT_CLASSIFIED = new KindChoice(null, "Not classified");

        static List<KindChoice> all() {
            List<KindChoice> list = new java.util.ArrayList<>();
            for (VendorKind k : VendorKind.values()) {
                list.add(new KindChoice(k, k.label()));
            }
            list.add(NOT_CLASSIFIED);
            return list;
        }
    }

    private final VendorService vendors;
    private final Clock clock;
    private final ImportRunner importRunner;
    final Grid<VendorSummary> grid = new Grid<>(VendorSummary.class, false);
    final TextField search = new TextField();
    final ComboBox<KindChoice> kind = new ComboBox<>("Kind");
    final ComboBox<VendorStatus> status = new ComboBox<>("Status");
    final ComboBox<CountryChoice> country = new ComboBox<>("Country");
    final ComboBox<VendorSize> size = new ComboBox<>("Business size");
    final ComboBox<SocioeconomicCategory> category = new ComboBox<>("Socioeconomic category");
    final DatePicker samBefore = new DatePicker("SAM expires before");
    final Span count = new Span();
    /** The filter and sort of the grid, read by the export downloads (which run outside the UI lock). */
    private volatile VendorFilter currentFilter = VendorFilter.all();
    private volatile List<PageQuery.SortOrder> currentSort = List.of();

    public VendorsView(VendorService vendors, Clock clock, ImportRunner importRunner) {
        this.vendors = vendors;
        this.clock = clock;
        this.importRunner = importRunner;
        addClassName("portal-view");

        search.setLabel("Search");
        search.setPlaceholder("Name, UEI or CAGE code");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("18rem");
        search.setId("vendor-search");

        kind.setItems(KindChoice.all());
        kind.setItemLabelGenerator(KindChoice::label);
        status.setItems(VendorStatus.values());
        status.setItemLabelGenerator(VendorStatus::label);
        country.setItems(vendors.countryChoices());
        country.setItemLabelGenerator(CountryChoice::label);
        size.setItems(VendorSize.values());
        size.setItemLabelGenerator(VendorSize::label);
        category.setItems(SocioeconomicCategory.values());
        category.setItemLabelGenerator(c -> c.label() + " — " + c.description());
        for (ComboBox<?> c : List.of(kind, status, country, size, category)) {
            c.setClearButtonVisible(true);
            c.setPlaceholder("Any");
            c.addValueChangeListener(e -> refresh());
        }
        kind.setWidth("11rem");
        status.setWidth("9rem");
        size.setWidth("11rem");
        country.setWidth("14rem");
        category.setWidth("14rem");
        samBefore.setClearButtonVisible(true);
        samBefore.setWidth("11rem");
        samBefore.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        Button clear = new Button("Clear filters", e -> clearFilters());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Div filters = new Div(search, kind, status, country, size, category, samBefore, clear);
        filters.addClassName("portal-filters");
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", "Vendor filters");

        configureGrid();
        count.addClassName("vendor-count");
        count.setId("vendor-count");
        count.getElement().setAttribute("aria-live", "polite");

        add(new ViewToolbar("Vendors", "Manufacturers, resellers and marketplaces the agency buys from.",
                actions().toArray(com.vaadin.flow.component.Component[]::new)), filters, count, grid);
        refresh();
    }

    private List<com.vaadin.flow.component.Component> actions() {
        MenuBar export = new MenuBar();
        export.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        export.getElement().setAttribute("aria-label", "Export");
        MenuItem root = export.addItem(VaadinIcon.DOWNLOAD_ALT.create());
        root.add(new Span(" Export"));
        root.setId("vendor-export");
        root.getSubMenu().addItem(exportLink(VendorExportFormat.CSV, "CSV file")).setId("export-csv");
        root.getSubMenu().addItem(exportLink(VendorExportFormat.XLSX, "Excel workbook (XLSX)")).setId("export-xlsx");
        if (!VendorUi.canEdit()) {
            return List.of(export);
        }
        Button importButton = new Button("Import", VaadinIcon.UPLOAD_ALT.create(), e -> openImport());
        importButton.setId("vendor-import");
        Button create = new Button("New vendor", VaadinIcon.PLUS.create(), e -> openEditor());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-vendor");
        return List.of(export, importButton, create);
    }

    /** A link that downloads the vendors of the grid's current filter and sort. */
    private Anchor exportLink(VendorExportFormat format, String text) {
        DownloadHandler handler = event -> {
            event.setFileName("vendors-" + LocalDate.now(clock) + "." + format.extension());
            event.setContentType(format.contentType());
            vendors.export(currentFilter, currentSort, format, event.getOutputStream());
        };
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, text);
        link.addClassName("vendor-menu-link");
        return link;
    }

    private void configureGrid() {
        LocalDate today = LocalDate.now(clock);
        grid.addColumn(LitRenderer.<VendorSummary>of("""
                        <div class="vendor-name-cell">\
                        <a href="vendors/${item.id}" router-link>${item.name}</a>\
                        <span class="vendor-secondary" ?hidden=${!item.dba}>${item.dba}</span></div>""")
                        .withProperty("id", VendorSummary::id)
                        .withProperty("name", VendorSummary::legalName)
                        .withProperty("dba", v -> v.dbaName() == null ? "" : "Doing business as " + v.dbaName()))
                .setHeader("Legal name").setKey("legalName").setSortable(true).setWidth("14rem").setFlexGrow(3)
                .setResizable(true).setTooltipGenerator(v -> v.dbaName() == null ? v.legalName()
                        : v.legalName() + " (" + v.dbaName() + ")");
        grid.addColumn(LitRenderer.<VendorSummary>of("<span class=\"vendor-mono\">${item.uei}</span>")
                        .withProperty("uei", v -> v.uei() == null ? "—" : v.uei()))
                .setHeader("UEI").setKey("uei").setSortable(true).setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<VendorSummary>of("<span class=\"vendor-mono\">${item.cage}</span>")
                        .withProperty("cage", v -> v.cageCode() == null ? "—" : v.cageCode()))
                .setHeader("CAGE").setKey("cageCode").setSortable(true).setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(VendorSummary::countryName).setHeader("Country").setKey("country").setSortable(true)
                .setWidth("8rem").setFlexGrow(1).setResizable(true)
                .setTooltipGenerator(v -> v.countryName() + " (" + v.countryCode() + ")");
        grid.addColumn(v -> VendorUi.kindLabel(v.kind())).setHeader("Kind").setKey("kind").setSortable(true)
                .setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<VendorSummary>of(
                        "<span class=\"portal-badge portal-badge-${item.tone}\">${item.status}</span>")
                        .withProperty("status", v -> v.status().label())
                        .withProperty("tone", v -> VendorUi.statusTone(v.status()).name().toLowerCase(java.util.Locale.ROOT)))
                .setHeader("Status").setKey("status").setSortable(true).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(v -> sizeAndPrograms(v)).setHeader("Size, programs").setKey("size").setSortable(true)
                .setWidth("8rem").setFlexGrow(1).setTooltipGenerator(VendorsView::sizeAndPrograms);
        grid.addColumn(LitRenderer.<VendorSummary>of("""
                        <div class="vendor-name-cell"><span>${item.date}</span>\
                        <span class="vendor-expired" ?hidden=${!item.expired}>Expired</span></div>""")
                        .withProperty("date", v -> Formats.date(v.samExpiryDate()))
                        .withProperty("expired", v -> v.samExpired(today)))
                .setHeader("SAM expiry").setKey("samExpiryDate").setSortable(true).setWidth("7rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel("Vendors");
        grid.setEmptyStateText("No vendor matches the search and filters");
        grid.setPageSize(50);
        grid.setMultiSort(true, Grid.MultiSortPriority.APPEND);
        grid.setItems(query -> VendorUi.fetch(query.getOffset(), query.getLimit(), VendorUi.sort(query.getSortOrders()),
                page -> vendors.search(currentFilter, page)));
        grid.addSortListener(e -> currentSort = e.getSortOrder().stream()
                .map(o -> new PageQuery.SortOrder(o.getSorted().getKey(), o.getDirection() == SortDirection.ASCENDING))
                .toList());
        Grids.openOnClickOrEnter(grid, item -> UI.getCurrent().navigate(VendorDetailView.class,
                new RouteParameters(VendorDetailView.ID, Long.toString(item.id()))));
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("legalName"), SortDirection.ASCENDING)));
        grid.setSizeFull();
    }

    /** "Small · WOSB, 8(a)". */
    static String sizeAndPrograms(VendorSummary v) {
        String size = v.size() == null ? "" : v.size() == VendorSize.SMALL ? "Small" : "Other";
        String programs = VendorUi.categories(v.categories());
        return programs.isEmpty() ? size : size.isEmpty() ? programs : size + " · " + programs;
    }

    VendorFilter filter() {
        KindChoice k = kind.getValue();
        return new VendorFilter(search.getValue(), k == null ? null : k.kind(), k == KindChoice.NOT_CLASSIFIED,
                status.getValue(), country.getValue() == null ? null : country.getValue().alpha2(), size.getValue(),
                category.getValue(), samBefore.getValue());
    }

    private void refresh() {
        currentFilter = filter();
        grid.getDataProvider().refreshAll();
        int n = vendors.count(currentFilter, VendorService.COUNT_CAP + 1);
        count.setText(n > VendorService.COUNT_CAP
                ? "More than " + Formats.count(VendorService.COUNT_CAP) + " vendors match: narrow the search to see a count"
                : Formats.count(n) + (n == 1 ? " vendor" : " vendors"));
    }

    private void clearFilters() {
        search.clear();
        kind.clear();
        status.clear();
        country.clear();
        size.clear();
        category.clear();
        samBefore.clear();
    }

    private void openEditor() {
        VendorEditorDialog.forNewVendor(vendors, clock, created -> UI.getCurrent().navigate(VendorDetailView.class,
                new RouteParameters(VendorDetailView.ID, Long.toString(created.id())))).open();
    }

    private void openImport() {
        new VendorImportDialog(vendors, importRunner::run, this::refresh).open();
    }
}
