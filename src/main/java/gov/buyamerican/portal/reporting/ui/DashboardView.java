package gov.buyamerican.portal.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadEvent;
import gov.buyamerican.portal.reporting.Channel;
import gov.buyamerican.portal.reporting.ChannelSpend;
import gov.buyamerican.portal.reporting.Dashboard;
import gov.buyamerican.portal.reporting.DashboardFilter;
import gov.buyamerican.portal.reporting.ForeignSpend;
import gov.buyamerican.portal.reporting.MonthSpend;
import gov.buyamerican.portal.reporting.OfficeChoice;
import gov.buyamerican.portal.reporting.ReportService;
import gov.buyamerican.portal.reporting.Share;
import gov.buyamerican.portal.reporting.Spend;
import gov.buyamerican.portal.reporting.WaiverStats;
import gov.buyamerican.portal.reporting.internal.DashboardTables;
import gov.buyamerican.portal.reporting.internal.ReportTable;
import gov.buyamerican.portal.rules.purchase.PurchaseClass;
import gov.buyamerican.portal.rules.waiver.WaiverStatus;
import gov.buyamerican.portal.rules.waiver.WaiverType;
import gov.buyamerican.portal.security.Roles;
import gov.buyamerican.portal.shared.export.ExportFormat;
import gov.buyamerican.portal.shared.ui.Formats;
import gov.buyamerican.portal.shared.ui.PortalChart;
import gov.buyamerican.portal.shared.ui.ViewToolbar;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The compliance dashboard (issue 6, "Reports"): key figures and seven cards drawn with Chart.js, each with its numbers
 * as a table and a drill-down to the purchase grid. The filters live in the URL
 * ({@code reports?from=2026-01&to=2026-12&office=3&channel=COMMERCIAL_PLATFORM}) so that a view can be bookmarked
 * and shared.
 */
@Route("reports")
@PageTitle("Reports | Buy American Compliance Portal")
@Menu(order = 60, icon = "vaadin:chart", title = "Reports")
@RolesAllowed({Roles.REPORTS, Roles.ADMIN, Roles.AUDITOR})
@StyleSheet(DashboardView.SHEET)
public class DashboardView extends Main implements BeforeEnterObserver {

    static final String SHEET = "context://styles/reports.css";

    private final ReportService reports;
    private final Clock clock;
    private final ComboBox<YearMonth> from = new ComboBox<>("From month");
    private final ComboBox<YearMonth> to = new ComboBox<>("To month");
    private final ComboBox<OfficeChoice> office = new ComboBox<>("Office");
    private final Select<Channel> channel = new Select<>();
    private final Div content = new Div();
    private DashboardFilter filter;
    private boolean updating;

    public DashboardView(ReportService reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
        addClassNames("portal-view", "reports-view");
        add(new ViewToolbar("Reports", "How much of the money stayed domestic, and where it leaked.", actions()));
        add(filters());
        content.addClassName("reports-content");
        add(content);
    }

    private Component[] actions() {
        Anchor exceptions = new Anchor("reports/exceptions", "Compliance exceptions");
        exceptions.setId("open-exceptions");
        exceptions.addClassName("reports-link-button");
        MenuBar export = new MenuBar();
        export.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        MenuItem root = export.addItem(VaadinIcon.DOWNLOAD_ALT.create());
        root.add(new Span(" Export"));
        root.setId("dashboard-export");
        root.getSubMenu().addItem(download("pdf", "PDF summary", this::writePdf)).setId("export-pdf");
        root.getSubMenu().addItem(download("csv", "Tables as CSV", e -> writeTables(ExportFormat.CSV, e))).setId("export-csv");
        root.getSubMenu().addItem(download("xlsx", "Tables as Excel workbook (XLSX)", e -> writeTables(ExportFormat.XLSX, e)))
                .setId("export-xlsx");
        return new Component[] {exceptions, export};
    }

    private interface Writer {
        void write(DownloadEvent event) throws IOException;
    }

    private Anchor download(String extension, String text, Writer writer) {
        DownloadHandler handler = event -> {
            event.setFileName("buy-american-dashboard-" + filter.from() + "-to-" + filter.to() + "." + extension);
            writer.write(event);
        };
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, text);
        link.addClassName("reports-menu-link");
        return link;
    }

    private void writePdf(DownloadEvent event) {
        event.setContentType("application/pdf");
        reports.dashboardPdf(filter, event.getOutputStream());
    }

    private void writeTables(ExportFormat format, DownloadEvent event) {
        event.setContentType(format.contentType());
        reports.exportDashboard(filter, format, event.getOutputStream());
    }

    private Component filters() {
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = now.plusMonths(12); !m.isBefore(now.minusYears(10)); m = m.minusMonths(1)) {
            months.add(m);
        }
        for (ComboBox<YearMonth> c : List.of(from, to)) {
            c.setItems(months);
            c.setItemLabelGenerator(YearMonth::toString);
            c.setAllowCustomValue(false);
            c.setWidth("9rem");
        }
        from.setId("filter-from");
        to.setId("filter-to");
        office.setItems(reports.offices());
        office.setItemLabelGenerator(OfficeChoice::label);
        office.setClearButtonVisible(true);
        office.setPlaceholder("All offices");
        office.setId("filter-office");
        office.setWidth("16rem");
        channel.setLabel("Channel");
        channel.setItems(Channel.values());
        channel.setEmptySelectionAllowed(true);
        channel.setEmptySelectionCaption("All channels");
        channel.setItemLabelGenerator(c -> c == null ? "All channels" : c.label());
        channel.setId("filter-channel");
        from.addValueChangeListener(e -> filterChanged());
        to.addValueChangeListener(e -> filterChanged());
        office.addValueChangeListener(e -> filterChanged());
        channel.addValueChangeListener(e -> filterChanged());
        Paragraph hint = new Paragraph("Figures are kept per calendar month, so the period is whole months. Office and "
                + "channel apply to purchases; waivers and attestations are counted for the whole agency.");
        hint.addClassName("reports-hint");
        Div filters = new Div(from, to, office, channel, hint);
        filters.addClassNames("portal-filters", "reports-filters");
        return filters;
    }

    private void filterChanged() {
        if (updating) {
            return;
        }
        YearMonth f = from.getValue();
        YearMonth t = to.getValue();
        if (f == null || t == null) {
            return;
        }
        if (t.isBefore(f)) {
            to.setInvalid(true);
            to.setErrorMessage("The last month is before the first");
            return;
        }
        to.setInvalid(false);
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put("from", List.of(f.toString()));
        p.put("to", List.of(t.toString()));
        if (office.getValue() != null) {
            p.put("office", List.of(Long.toString(office.getValue().id())));
        }
        if (channel.getValue() != null) {
            p.put("channel", List.of(channel.getValue().name()));
        }
        UI.getCurrent().navigate(DashboardView.class, new QueryParameters(p));
    }

    /**
     * PortalChart reads the Lumo colours when it draws. The shell applies the user's colour scheme after the page has
     * attached, and the user may switch it at any time: re-draw the charts whenever the scheme attribute changes (the
     * component re-renders when its {@code config} is set again). Registered once per page, for every chart.
     */
    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        super.onAttach(event);
        event.getUI().getPage().executeJs("if (!window.__portalChartSchemeObserver) {"
                + " window.__portalChartSchemeObserver = new MutationObserver(() => requestAnimationFrame(() =>"
                + " document.querySelectorAll('portal-chart').forEach(c => { if (c.config) { c.config = c.config; } })));"
                + " window.__portalChartSchemeObserver.observe(document.documentElement,"
                + " {attributes: true, attributeFilter: ['theme', 'style']}); }");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = parse(event.getLocation().getQueryParameters());
        updating = true;
        try {
            from.setValue(filter.from());
            to.setValue(filter.to());
            office.setValue(filter.officeId() == null ? null : office.getListDataView().getItems()
                    .filter(o -> o.id() == filter.officeId()).findFirst().orElse(null));
            channel.setValue(filter.channel());
        } finally {
            updating = false;
        }
        render(reports.dashboard(filter));
    }

    /** The filter from the URL; anything unreadable falls back to the last twelve months, all offices and channels. */
    DashboardFilter parse(QueryParameters q) {
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        YearMonth t = month(q, "to").orElse(now);
        YearMonth f = month(q, "from").orElse(t.minusMonths(11));
        if (t.isBefore(f)) {
            f = t.minusMonths(11);
        }
        if (f.plusMonths(DashboardFilter.MAX_MONTHS - 1).isBefore(t)) {
            f = t.minusMonths(DashboardFilter.MAX_MONTHS - 1);
        }
        Long officeId = q.getSingleParameter("office").flatMap(s -> {
            try {
                return Optional.of(Long.parseLong(s));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }).orElse(null);
        Channel c = q.getSingleParameter("channel").flatMap(s -> {
            try {
                return Optional.of(Channel.valueOf(s));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }).orElse(null);
        return new DashboardFilter(f, t, officeId, c);
    }

    private static Optional<YearMonth> month(QueryParameters q, String name) {
        return q.getSingleParameter(name).flatMap(s -> {
            try {
                return Optional.of(YearMonth.parse(s));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    // ------------------------------------------------------------------------------------------ rendering

    private void render(Dashboard d) {
        content.removeAll();
        content.add(kpis(d));
        List<ReportTable> tables = DashboardTables.of(d);
        Div grid = new Div(
                trend(d, tables.get(0)),
                classes(d, tables.get(1)),
                channels(d, tables.get(2)),
                foreign("countries", "Top countries of origin, foreign spend", d.topCountries(), tables.get(3), "country"),
                foreign("vendors", "Top vendors by foreign spend", d.topVendors(), tables.get(4), "vendor"),
                waivers(d.waivers(), tables.get(5), tables.get(6)),
                attestations(d, tables.get(7)));
        grid.addClassName("reports-grid");
        content.add(grid);
    }

    private Component kpis(Dashboard d) {
        Spend total = d.total();
        Spend unwaived = d.foreignUnwaived();
        WaiverStats w = d.waivers();
        Div cards = new Div(
                kpi("kpi-total", "Total spend", Formats.money(total.amount()), Formats.count(total.count()) + " purchases", null),
                kpi("kpi-domestic", "Domestic share", percent(d.domesticShare()),
                        percent(d.domesticShareOfCovered()) + " of covered (non-exempt) spend", null),
                kpi("kpi-unwaived", "Foreign, no waiver", Formats.money(unwaived.amount()),
                        Formats.count(unwaived.count()) + " purchases: compliance exceptions when above the micro-purchase threshold",
                        ReportsUi.drillHref(filter, Map.of("class", List.of(PurchaseClass.FOREIGN_UNWAIVED.name())))),
                kpi("kpi-exempt", "Exempt spend", Formats.money(d.exempt().amount()),
                        Formats.count(d.exempt().count()) + " micro-purchases and other exceptions", null),
                kpi("kpi-waivers", "Waiver requests", Formats.count(w.total()),
                        "median " + days(w.medianBusinessDays()) + " to decision", null),
                kpi("kpi-attestations", "Attestations expiring", Formats.count(d.attestations().total()),
                        Formats.count(d.attestations().within30()) + " within 30 days", null));
        cards.addClassNames("portal-cards", "reports-kpis");
        return cards;
    }

    private static Component kpi(String id, String label, String value, String detail, String href) {
        Span l = new Span(label);
        l.addClassName("portal-card-label");
        Span v = new Span(value);
        v.addClassName("portal-card-value");
        Paragraph p = new Paragraph(detail);
        p.addClassName("portal-card-detail");
        Div card = new Div(l, v, p);
        if (href != null) {
            Anchor a = new Anchor(href, "View purchases");
            a.getElement().setAttribute("router-link", true);
            a.addClassName("reports-card-link");
            card.add(a);
        }
        card.addClassNames("portal-card", "reports-kpi");
        card.setId(id);
        return card;
    }

    private Component trend(Dashboard d, ReportTable table) {
        List<String> labels = d.months().stream().map(m -> m.month().toString()).toList();
        List<BigDecimal> share = d.months().stream().map(MonthSpend::domesticShare).toList();
        List<BigDecimal> covered = d.months().stream().map(MonthSpend::domesticShareOfCovered).toList();
        Map<String, Object> config = chart("line", labels, List.of(
                dataset("Domestic share of all spend (%)", share, Map.of("tension", 0.25, "spanGaps", true)),
                dataset("Domestic share of covered spend (%)", covered,
                        Map.of("tension", 0.25, "spanGaps", true, "borderDash", List.of(6, 4)))),
                Map.of("scales", Map.of("y", Map.of("min", 0, "max", 100, "title", Map.of("display", true, "text", "%"))),
                        "plugins", legendBottom()));
        PortalChart chart = chart("chart-trend", "Domestic share of spend by month, line chart", config);
        chart.addChartClickListener(e -> go(table.drillOf(e.index())));
        return card("card-trend", "Domestic share of spend by month",
                "Domestic spend ÷ total spend of each month; the dashed line leaves out exempt purchases.", chart, table,
                null);
    }

    private Component classes(Dashboard d, ReportTable table) {
        // slice order picks the theme colours: domestic primary, foreign with no waiver red, micro-purchase green,
        // other exemption yellow, unknown grey, foreign waived light primary
        List<PurchaseClass> order = List.of(PurchaseClass.DOMESTIC, PurchaseClass.FOREIGN_UNWAIVED,
                PurchaseClass.EXEMPT_MICRO_PURCHASE, PurchaseClass.EXEMPT_OTHER, PurchaseClass.UNKNOWN,
                PurchaseClass.FOREIGN_WAIVED);
        Map<PurchaseClass, Spend> byClass = d.byClass();
        Map<String, Object> config = chart("doughnut", order.stream().map(PurchaseClass::label).toList(),
                List.of(dataset("Spend (USD)", order.stream().map(c -> byClass.get(c).amount().max(BigDecimal.ZERO)).toList(),
                        Map.of())),
                Map.of("plugins", Map.of("legend", Map.of("position", "right"))));
        PortalChart chart = chart("chart-classes", "Spend by classification, doughnut chart", config);
        chart.addChartClickListener(e -> go(Map.of("class", List.of(order.get(e.index()).name()))));
        return card("card-classes", "Spend by classification",
                "Where each dollar stands under the Buy American statute.", chart, table, null);
    }

    private Component channels(Dashboard d, ReportTable table) {
        List<PurchaseClass> classes = List.of(PurchaseClass.values());
        List<Map<String, Object>> datasets = new ArrayList<>();
        List<Channel> shown = new ArrayList<>();
        for (Channel c : Channel.values()) {
            List<ChannelSpend> of = d.channels().stream().filter(x -> x.channel() == c).toList();
            BigDecimal total = of.stream().map(x -> x.spend().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.signum() == 0) {
                continue;
            }
            shown.add(c);
            datasets.add(dataset(c.label(), classes.stream().map(pc -> of.stream().filter(x -> x.classification() == pc)
                    .findFirst().map(x -> Share.percent(x.spend().amount(), total)).orElse(null)).toList(), Map.of()));
        }
        Map<String, Object> config = chart("bar", classes.stream().map(PurchaseClass::label).toList(), datasets,
                Map.of("scales", Map.of("y", Map.of("min", 0, "max", 100, "title",
                        Map.of("display", true, "text", "% of the channel's spend"))), "plugins", legendBottom()));
        PortalChart chart = chart("chart-channels", "Marketplace and direct channels by classification, grouped bar chart",
                config);
        chart.addChartClickListener(e -> go(Map.of("channel", List.of(shown.get(e.datasetIndex()).name()),
                "class", List.of(classes.get(e.index()).name()))));
        return card("card-channels", "Marketplace vs direct channels",
                "Each channel's spend by classification, as a share of that channel's spend, side by side.", chart,
                table, null);
    }

    private Component foreign(String key, String title, List<ForeignSpend> list, ReportTable table, String param) {
        List<String> labels = list.stream().map(ForeignSpend::name).toList();
        Map<String, Object> config = chart("bar", labels, List.of(
                        dataset("Foreign, waived", list.stream().map(f -> f.waived().amount()).toList(), Map.of()),
                        dataset("Foreign, no waiver", list.stream().map(f -> f.unwaived().amount()).toList(), Map.of())),
                Map.of("indexAxis", "y", "scales", Map.of("x", Map.of("stacked", true, "title",
                                Map.of("display", true, "text", "USD")), "y", Map.of("stacked", true)),
                        "plugins", legendBottom()));
        PortalChart chart = chart("chart-" + key, title + ", horizontal bar chart", config);
        chart.addChartClickListener(e -> {
            ForeignSpend f = list.get(e.index());
            PurchaseClass c = e.datasetIndex() == 0 ? PurchaseClass.FOREIGN_WAIVED : PurchaseClass.FOREIGN_UNWAIVED;
            go(f.key().isEmpty() ? Map.of("class", List.of(c.name()))
                    : Map.of(param, List.of(f.key()), "class", List.of(c.name())));
        });
        chart.setHeight(Math.max(14, 4 + list.size() * 2.2) + "rem");
        Component card = card("card-" + key, title, "Foreign spend = foreign, waived + foreign, no waiver (exempt "
                + "purchases are not foreign spend under the statute).", chart, table, null);
        return list.isEmpty() ? empty(card, chart, "No foreign spend in this period.") : card;
    }

    private Component waivers(WaiverStats w, ReportTable counts, ReportTable times) {
        List<WaiverType> types = w.counts().stream().map(WaiverStats.TypeStatusCount::type).distinct().toList();
        Set<WaiverStatus> statuses = EnumSet.noneOf(WaiverStatus.class);
        w.counts().forEach(c -> statuses.add(c.status()));
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (WaiverStatus s : statuses) {
            datasets.add(dataset(s.label(), types.stream().map(t -> w.counts().stream()
                    .filter(c -> c.type() == t && c.status() == s).mapToLong(WaiverStats.TypeStatusCount::count).sum())
                    .toList(), Map.of()));
        }
        Map<String, Object> config = chart("bar", types.stream().map(WaiverType::label).toList(), datasets,
                Map.of("scales", Map.of("x", Map.of("stacked", true), "y", Map.of("stacked", true, "beginAtZero", true,
                        "ticks", Map.of("precision", 0))), "plugins", legendBottom()));
        PortalChart chart = chart("chart-waivers", "Waiver requests by type and status, stacked bar chart", config);
        chart.addChartClickListener(e -> UI.getCurrent().navigate("waivers"));
        Span median = new Span("Median time to decision: " + days(w.medianBusinessDays()) + " (" + w.decided()
                + " decided; first submission to approval or rejection, US federal business days)");
        median.addClassName("reports-figure");
        median.setId("waiver-median");
        Component c = card("card-waivers", "Waivers by type and status",
                "Portal requests first submitted in the period.", chart, counts, median);
        ((Div) c).add(numbers(times, "table-decision-times", "Show decision times as a table"));
        return w.counts().isEmpty() ? empty(c, chart, "No waiver requests were first submitted in this period.") : c;
    }

    private Component attestations(Dashboard d, ReportTable table) {
        var a = d.attestations();
        Map<String, Object> config = chart("bar", List.of("Within 30 days", "31-60 days", "61-90 days"),
                List.of(dataset("Verified attestations", List.of(a.within30(), a.within60(), a.within90()),
                        Map.of())),
                Map.of("plugins", Map.of("legend", Map.of("display", false)),
                        "scales", Map.of("y", Map.of("beginAtZero", true, "ticks", Map.of("precision", 0)))));
        PortalChart chart = chart("chart-attestations", "Verified attestations expiring in the next 90 days, bar chart",
                config);
        chart.addChartClickListener(e -> UI.getCurrent().navigate("attestations"));
        Component card = card("card-attestations", "Attestations expiring soon",
                "Verified attestations whose validity ends in the next 30, 60 and 90 days (from today).", chart, table,
                null);
        return a.total() == 0 ? empty(card, chart, "No verified attestation ends in the next 90 days.") : card;
    }

    // ------------------------------------------------------------------------------------------ building blocks

    private void go(Map<String, List<String>> extra) {
        UI.getCurrent().navigate(ReportsUi.PURCHASES, ReportsUi.drill(filter, extra));
    }

    private Component card(String id, String title, String description, PortalChart chart, ReportTable table,
                           Component extra) {
        H2 h = new H2(title); // under the view's h1; sized as a card title in reports.css
        Paragraph p = new Paragraph(description);
        p.addClassName("reports-card-description");
        Div card = new Div(h, p, chart);
        if (extra != null) {
            card.add(extra);
        }
        card.add(numbers(table, "table-" + id.substring("card-".length()), "Show as table"));
        card.addClassNames("portal-section", "reports-card");
        card.setId(id);
        return card;
    }

    /** A card without data: its message instead of an empty chart (the numbers table stays, showing no rows). */
    private static Component empty(Component card, PortalChart chart, String message) {
        Div div = (Div) card;
        int at = div.indexOf(chart);
        div.remove(chart);
        Paragraph p = new Paragraph(message);
        p.addClassName("reports-empty");
        div.addComponentAtIndex(at, p);
        return card;
    }

    /** The numbers behind a card; the grid is built when the section is first opened, to keep sessions small. */
    private Details numbers(ReportTable table, String id, String summary) {
        Details details = new Details(summary);
        details.addClassName("reports-numbers");
        DashboardFilter shown = filter;
        details.addOpenedChangeListener(e -> {
            if (e.isOpened() && details.getContent().findAny().isEmpty()) {
                details.add(ReportsUi.table(table, shown, id));
                if (table.note() != null) {
                    Paragraph note = new Paragraph(table.note());
                    note.addClassName("reports-card-description");
                    details.add(note);
                }
            }
        });
        return details;
    }

    private static PortalChart chart(String id, String accessibleName, Map<String, Object> config) {
        PortalChart chart = new PortalChart(accessibleName);
        chart.setId(id);
        chart.setWidthFull();
        chart.setHeight("16rem");
        chart.setConfiguration(ReportsUi.json(config));
        return chart;
    }

    private static Map<String, Object> chart(String type, List<String> labels, List<Map<String, Object>> datasets,
                                             Map<String, Object> options) {
        return Map.of("type", type, "data", Map.of("labels", labels, "datasets", datasets), "options", options);
    }

    private static Map<String, Object> dataset(String label, List<?> data, Map<String, Object> extra) {
        Map<String, Object> ds = new LinkedHashMap<>(extra);
        ds.put("label", label);
        ds.put("data", data);
        return ds;
    }

    private static Map<String, Object> legendBottom() {
        return Map.of("legend", Map.of("position", "bottom"));
    }

    private static String percent(BigDecimal v) {
        return v == null ? "—" : v.toPlainString() + " %";
    }

    private static String days(BigDecimal v) {
        return v == null ? "—" : v.stripTrailingZeros().toPlainString() + " business days";
    }
}
