package gov.buyamerican.portal.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import gov.buyamerican.portal.reporting.Channel;
import gov.buyamerican.portal.reporting.ComplianceException;
import gov.buyamerican.portal.reporting.ExceptionFilter;
import gov.buyamerican.portal.reporting.OfficeChoice;
import gov.buyamerican.portal.reporting.ReportService;
import gov.buyamerican.portal.security.Roles;
import gov.buyamerican.portal.shared.PageQuery;
import gov.buyamerican.portal.shared.export.ExportFormat;
import gov.buyamerican.portal.shared.ui.Formats;
import gov.buyamerican.portal.shared.ui.ViewToolbar;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Compliance exceptions (issue 6): FOREIGN_UNWAIVED purchases above the micro-purchase threshold in force on their
 * date, with the vendor and what is missing to clear them. Filtered, sorted and paged in the database; exported to
 * CSV or XLSX in the grid's order. {@code reports/exceptions?from=YYYY-MM-DD&to=YYYY-MM-DD} presets the dates.
 */
@Route("reports/exceptions")
@PageTitle("Compliance exceptions | Buy American Compliance Portal")
@Menu(order = 61, icon = "vaadin:warning", title = "Compliance exceptions")
@RolesAllowed({Roles.REPORTS, Roles.ADMIN, Roles.AUDITOR})
@StyleSheet(DashboardView.SHEET)
public class ExceptionsView extends Main implements BeforeEnterObserver {

    private static final int COUNT_CAP = 10_000;

    private final ReportService reports;
    private final Clock clock;
    private final Grid<ComplianceException> grid = new Grid<>();
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final ComboBox<OfficeChoice> office = new ComboBox<>("Office");
    private final Select<Channel> channel = new Select<>();
    private final Span count = new Span();
    private ExceptionFilter filter = ExceptionFilter.none();
    private List<PageQuery.SortOrder> sort = List.of();

    public ExceptionsView(ReportService reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
        addClassNames("portal-view", "reports-view");
        setHeightFull();
        getStyle().set("display", "flex").set("flex-direction", "column");
        add(new ViewToolbar("Compliance exceptions",
                "Foreign purchases above the micro-purchase threshold with no waiver or exception, and what would clear them.",
                exportMenu()));
        add(filters());
        configureGrid();
        count.setId("exceptions-count");
        count.addClassName("reports-card-description");
        add(count, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var q = event.getLocation().getQueryParameters();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        from.setValue(q.getSingleParameter("from").map(this::date).orElse(today.withDayOfMonth(1).minusMonths(11)));
        to.setValue(q.getSingleParameter("to").map(this::date).orElse(null));
        refresh();
    }

    private LocalDate date(String s) {
        try {
            return LocalDate.parse(s);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Component filters() {
        DatePicker.DatePickerI18n iso = new DatePicker.DatePickerI18n();
        iso.setDateFormat("yyyy-MM-dd");
        from.setPlaceholder("YYYY-MM-DD");
        to.setPlaceholder("YYYY-MM-DD");
        from.setI18n(iso);
        to.setI18n(iso);
        from.setId("exceptions-from");
        to.setId("exceptions-to");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        office.setItems(reports.offices());
        office.setItemLabelGenerator(OfficeChoice::label);
        office.setClearButtonVisible(true);
        office.setPlaceholder("All offices");
        office.setId("exceptions-office");
        channel.setLabel("Channel");
        channel.setItems(Channel.values());
        channel.setEmptySelectionAllowed(true);
        channel.setEmptySelectionCaption("All channels");
        channel.setItemLabelGenerator(c -> c == null ? "All channels" : c.label());
        channel.setId("exceptions-channel");
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        office.addValueChangeListener(e -> refresh());
        channel.addValueChangeListener(e -> refresh());
        Div filters = new Div(from, to, office, channel);
        filters.addClassNames("portal-filters", "reports-filters");
        return filters;
    }

    private void refresh() {
        filter = new ExceptionFilter(from.getValue(), to.getValue(),
                office.getValue() == null ? null : office.getValue().id(), channel.getValue(), null);
        int n = reports.countExceptions(filter, COUNT_CAP);
        count.setText(n >= COUNT_CAP ? "More than " + Formats.count(COUNT_CAP - 1) + " exceptions"
                : Formats.count(n) + (n == 1 ? " exception" : " exceptions"));
        grid.getDataProvider().refreshAll();
    }

    private void configureGrid() {
        grid.addColumn(e -> Formats.date(e.purchaseDate())).setHeader("Date").setKey("date").setSortable(true)
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(ComplianceException::vendorName).setHeader("Vendor").setKey("vendor").setSortable(true)
                .setWidth("10rem").setFlexGrow(2).setResizable(true).setTooltipGenerator(ComplianceException::vendorName);
        grid.addColumn(e -> Formats.money(e.amount())).setHeader("Amount").setKey("amount").setSortable(true)
                .setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0)
                .setTooltipGenerator(e -> "Micro-purchase threshold on the date: " + Formats.money(e.microPurchaseThreshold()));
        grid.addColumn(e -> e.originCountry() == null ? "—" : e.originCountry()).setHeader("Origin").setKey("country")
                .setSortable(true).setWidth("5rem").setFlexGrow(0);
        grid.addColumn(e -> e.channel().label()).setHeader("Channel").setKey("channel").setSortable(true)
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(ComplianceException::officeName).setHeader("Office").setKey("office").setSortable(true)
                .setWidth("8rem").setFlexGrow(1).setResizable(true);
        grid.addColumn(e -> e.reference() == null ? "" : e.reference()).setHeader("PIID / order").setWidth("6rem")
                .setFlexGrow(0);
        grid.addComponentColumn(e -> {
            Span s = new Span(e.missing());
            s.addClassName("reports-missing");
            return s;
        }).setHeader("What is missing").setWidth("14rem").setFlexGrow(3).setTooltipGenerator(ComplianceException::note);
        grid.setItems(query -> {
            List<PageQuery.SortOrder> orders = query.getSortOrders().stream()
                    .map(o -> new PageQuery.SortOrder(o.getSorted(), o.getDirection() == SortDirection.ASCENDING))
                    .toList();
            sort = orders;
            int limit = Math.min(query.getLimit(), PageQuery.MAX_LIMIT);
            return reports.exceptions(filter, new PageQuery(query.getOffset(), limit, orders)).stream();
        });
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Compliance exceptions");
        grid.setEmptyStateText("No compliance exception for these filters");
        grid.addClassName("reports-exceptions-grid");
        grid.setId("exceptions-grid");
        grid.sort(GridSortOrder.desc(grid.getColumnByKey("date")).build());
    }

    private Component exportMenu() {
        MenuBar export = new MenuBar();
        export.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        MenuItem root = export.addItem(VaadinIcon.DOWNLOAD_ALT.create());
        root.add(new Span(" Export"));
        root.setId("exceptions-export");
        root.getSubMenu().addItem(link(ExportFormat.CSV, "CSV file")).setId("exceptions-export-csv");
        root.getSubMenu().addItem(link(ExportFormat.XLSX, "Excel workbook (XLSX)")).setId("exceptions-export-xlsx");
        return export;
    }

    private Anchor link(ExportFormat format, String text) {
        DownloadHandler handler = event -> {
            event.setFileName("compliance-exceptions-" + LocalDate.now(clock.withZone(ZoneOffset.UTC)) + "."
                    + format.extension());
            event.setContentType(format.contentType());
            reports.exportExceptions(filter, sort, format, event.getOutputStream());
        };
        Anchor a = new Anchor(handler, AttachmentType.DOWNLOAD, text);
        a.addClassName("reports-menu-link");
        return a;
    }
}
