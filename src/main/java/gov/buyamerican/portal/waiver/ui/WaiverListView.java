package gov.buyamerican.portal.waiver.ui;

import gov.buyamerican.portal.shared.ui.Grids;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
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
import com.vaadin.flow.server.streams.DownloadHandler;
import gov.buyamerican.portal.security.CurrentUser;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.security.Roles;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.shared.ui.Formats;
import gov.buyamerican.portal.shared.ui.ViewToolbar;
import gov.buyamerican.portal.waiver.MiaoListService;
import gov.buyamerican.portal.waiver.WaiverFilter;
import gov.buyamerican.portal.waiver.WaiverNotificationService;
import gov.buyamerican.portal.waiver.WaiverOrigin;
import gov.buyamerican.portal.waiver.WaiverService;
import gov.buyamerican.portal.waiver.WaiverSummary;
import gov.buyamerican.portal.rules.waiver.WaiverStatus;
import gov.buyamerican.portal.rules.waiver.WaiverType;
import com.vaadin.flow.component.dependency.StyleSheet;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * All waiver records the user may see: the portal's requests and the imported Made in America Office public records.
 * Filtered, sorted and paged in the database; exported in the MIAO list layout with the same filters.
 */
@Route("waivers")
@PageTitle("Waivers | Buy American Compliance Portal")
@Menu(order = 40, icon = "vaadin:file-text-o", title = "Waivers")
@StyleSheet(WaiverStyles.SHEET)
@RolesAllowed({Roles.STAFF, Roles.APPROVER, Roles.REPORTS, Roles.AUDITOR, Roles.ADMIN})
public class WaiverListView extends Main implements BeforeEnterObserver {

    private final WaiverService waivers;
    private final Grid<WaiverSummary> grid = new Grid<>(WaiverSummary.class, false);
    private final Select<WaiverOrigin> source = new Select<>();
    private final ComboBox<WaiverStatus> status = new ComboBox<>();
    private final ComboBox<WaiverType> type = new ComboBox<>();
    private final Checkbox mine = new Checkbox("My requests");
    private final TextField search = new TextField();
    /** Read by the export download, which runs outside the UI's request; replaced whole on every filter change. */
    private volatile WaiverFilter currentFilter = WaiverFilter.portal();

    public WaiverListView(WaiverService waivers, MiaoListService miao, WaiverNotificationService notifications) {
        this.waivers = waivers;
        addClassName("portal-view");

        source.setItems(WaiverOrigin.values());
        source.setItemLabelGenerator(o -> o == null ? "All records" : o == WaiverOrigin.PORTAL ? "Portal requests"
                : "MIAO public list");
        source.setEmptySelectionAllowed(true);
        source.setEmptySelectionCaption("All records");
        source.setAriaLabel("Source");
        source.setValue(WaiverOrigin.PORTAL);
        status.setItems(WaiverStatus.values());
        status.setItemLabelGenerator(WaiverStatus::label);
        status.setPlaceholder("Any status");
        status.setAriaLabel("Status");
        status.setClearButtonVisible(true);
        type.setItems(WaiverType.values());
        type.setItemLabelGenerator(WaiverType::label);
        type.setPlaceholder("Any type");
        type.setAriaLabel("Type");
        type.setClearButtonVisible(true);
        type.setWidth("15rem");
        search.setPlaceholder("Number, title, vendor, agency, requester");
        search.setAriaLabel("Search waivers");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("17rem");
        source.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        mine.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        Div filters = new Div(source, status, type, mine, search);
        filters.addClassName("portal-filters");

        DownloadHandler export = event -> {
            event.setFileName("waivers-" + LocalDate.now(ZoneOffset.UTC) + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            miao.export(currentFilter, event.getOutputStream());
        };
        Anchor exportLink = new Anchor(export, AttachmentType.DOWNLOAD, "Export CSV (MIAO layout)");
        exportLink.setId("export-waivers");
        exportLink.addClassName("portal-link-button");

        List<com.vaadin.flow.component.Component> actions = new java.util.ArrayList<>();
        actions.add(new NotificationBell(notifications));
        actions.add(exportLink);
        if (CurrentUser.hasAnyRole(Role.STAFF, Role.ADMIN)) {
            Button importList = new Button("Import MIAO list", VaadinIcon.UPLOAD.create(),
                    e -> UI.getCurrent().navigate(MiaoImportView.class));
            importList.setId("import-miao");
            Button create = new Button("New request", VaadinIcon.PLUS.create(),
                    e -> UI.getCurrent().navigate(WaiverFormView.class));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-waiver");
            actions.add(importList);
            actions.add(create);
        }

        grid.addColumn(WaiverSummary::reference).setHeader("Number").setKey("reference").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0).setTooltipGenerator(WaiverSummary::reference);
        grid.addColumn(s -> s.title() == null ? "" : s.title()).setHeader("Title").setKey("title").setSortable(true)
                .setWidth("16rem").setFlexGrow(3).setTooltipGenerator(s -> s.title() == null ? "" : s.title());
        grid.addColumn(s -> s.type() == null ? "" : s.type().label()).setHeader("Type").setKey("type").setSortable(true)
                .setWidth("11rem").setFlexGrow(1).setTooltipGenerator(s -> s.type() == null ? "" : s.type().label());
        grid.addComponentColumn(WaiverListView::statusCell).setHeader("Status").setKey("status").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.origin() == WaiverOrigin.MIAO_IMPORT ? nullToEmpty(s.agencyName()) : nullToEmpty(s.requesterName()))
                .setHeader("Requester / agency").setKey("requester").setSortable(true).setWidth("10rem").setFlexGrow(1)
                .setTooltipGenerator(s -> s.origin() == WaiverOrigin.MIAO_IMPORT ? nullToEmpty(s.agencyName()) : nullToEmpty(s.requesterName()));
        grid.addColumn(s -> Formats.money(s.estimatedValue())).setHeader("Estimated value").setKey("estimatedValue")
                .setSortable(true).setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.updatedAt() == null ? "" : Formats.date(LocalDate.ofInstant(s.updatedAt(), ZoneOffset.UTC)))
                .setHeader("Updated").setKey("updatedAt").setSortable(true).setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(s -> Formats.dateTime(s.updatedAt()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Waivers");
        grid.setEmptyStateText("No waiver matches the filters");
        Grids.openOnClickOrEnter(grid, item -> UI.getCurrent().navigate(WaiverDetailView.class, new com.vaadin.flow.router.RouteParameters(
                "id", String.valueOf(item.id()))));
        grid.setItems(query -> waivers.list(currentFilter, new PageQuery(query.getOffset(), Math.min(query.getLimit(), PageQuery.MAX_LIMIT),
                query.getSortOrders().stream().map(o -> new PageQuery.SortOrder(o.getSorted(),
                        o.getDirection() == SortDirection.ASCENDING)).toList())).stream());
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("updatedAt"), SortDirection.DESCENDING)));
        grid.setSizeFull();

        add(new ViewToolbar("Waivers", "Waiver requests under FAR 25.103 and the public Made in America Office list.",
                actions.toArray(com.vaadin.flow.component.Component[]::new)), filters, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("source").ifPresent(s -> {
            switch (s) {
                case "miao" -> source.setValue(WaiverOrigin.MIAO_IMPORT);
                case "all" -> source.clear();
                default -> source.setValue(WaiverOrigin.PORTAL);
            }
        });
    }

    private void refresh() {
        boolean publicList = source.getValue() == WaiverOrigin.MIAO_IMPORT;
        // the public list has no portal status, type or requester
        status.setVisible(!publicList);
        type.setVisible(!publicList);
        mine.setVisible(!publicList);
        currentFilter = new WaiverFilter(source.getValue(), publicList ? null : status.getValue(),
                publicList ? null : type.getValue(), !publicList && mine.getValue(), search.getValue());
        grid.getDataProvider().refreshAll();
    }

    private static com.vaadin.flow.component.Component statusCell(WaiverSummary s) {
        if (!s.suspectedTestRecord()) {
            return WaiverLabels.status(s);
        }
        Div both = new Div(WaiverLabels.status(s), new gov.buyamerican.portal.shared.ui.Badge("Test entry?",
                gov.buyamerican.portal.shared.ui.Badge.Tone.WARNING));
        both.addClassName("waiver-badges");
        return both;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
