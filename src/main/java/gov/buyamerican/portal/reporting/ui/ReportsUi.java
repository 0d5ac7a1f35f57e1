package gov.buyamerican.portal.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.QueryParameters;
import gov.buyamerican.portal.reporting.DashboardFilter;
import gov.buyamerican.portal.reporting.internal.DashboardPdf;
import gov.buyamerican.portal.reporting.internal.ReportTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Helpers of the report views: drill-down links to the purchase grid, chart JSON, tables of the numbers. */
final class ReportsUi {

    /** The purchase grid's route (purchase module); its query parameters are the drill-down contract. */
    static final String PURCHASES = "purchases";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private ReportsUi() {
    }

    /**
     * The purchase grid's query parameters for the dashboard's filter and a card's element:
     * {@code from=YYYY-MM-DD&to=YYYY-MM-DD&office=ID&channel=NAME&class=NAME...&country=XX&vendor=ID}.
     */
    static QueryParameters drill(DashboardFilter f, Map<String, List<String>> extra) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put("from", List.of(f.firstDay().toString()));
        p.put("to", List.of(f.lastDay().toString()));
        if (f.officeId() != null) {
            p.put("office", List.of(f.officeId().toString()));
        }
        if (f.channel() != null) {
            p.put("channel", List.of(f.channel().name()));
        }
        if (extra != null) {
            p.putAll(extra);
        }
        return new QueryParameters(p);
    }

    static String drillHref(DashboardFilter f, Map<String, List<String>> extra) {
        return PURCHASES + "?" + drill(f, extra).getQueryString();
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /**
     * The numbers of a card as a grid that screen readers and keyboards reach; with a "View purchases" link per row
     * when the table has drill-downs.
     */
    static Grid<Integer> table(ReportTable t, DashboardFilter filter, String id) {
        Grid<Integer> grid = new Grid<>();
        for (int c = 0; c < t.columns().size(); c++) {
            int col = c;
            ReportTable.Column column = t.columns().get(c);
            var gc = grid.addColumn(row -> DashboardPdf.format(column.kind(), t.rows().get(row).get(col)))
                    .setHeader(column.header()).setAutoWidth(true).setResizable(true);
            if (column.kind() != ReportTable.Kind.TEXT) {
                gc.setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
            }
        }
        if (!t.drill().isEmpty()) {
            grid.addColumn(new ComponentRenderer<Component, Integer>(row -> {
                Anchor a = new Anchor(drillHref(filter, t.drillOf(row)), "View purchases");
                a.getElement().setAttribute("router-link", true);
                return a;
            })).setHeader("Purchases").setAutoWidth(true);
        }
        grid.setItems(java.util.stream.IntStream.range(0, t.rows().size()).boxed().toList());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(t.title());
        grid.setEmptyStateText("No data for this period");
        grid.setId(id);
        return grid;
    }
}
