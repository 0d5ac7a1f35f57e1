package gov.buyamerican.portal.reporting.internal;

import gov.buyamerican.portal.shared.export.TableExport;
import java.util.List;
import java.util.Map;

/**
 * One table of a report: typed columns (so that the PDF can format and align them) and rows of values (String,
 * Long, BigDecimal, LocalDate or null). The same tables feed the CSV/XLSX export and the PDF summary, and the
 * dashboard's "show as table" grids, where {@code drill} gives each row's link to the purchases behind it.
 */
public record ReportTable(String title, List<Column> columns, List<List<Object>> rows, String note,
                          List<Map<String, List<String>>> drill) {

    public enum Kind { TEXT, COUNT, MONEY, PERCENT, DAYS, DATE }

    public record Column(String header, Kind kind) {
    }

    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        drill = List.copyOf(drill);
    }

    public ReportTable(String title, List<Column> columns, List<List<Object>> rows, String note) {
        this(title, columns, rows, note, List.of());
    }

    /** The purchase grid's query parameters of a row's drill-down (beyond the period, office and channel), or null. */
    public Map<String, List<String>> drillOf(int row) {
        return row < drill.size() ? drill.get(row) : null;
    }

    public TableExport.Table export() {
        return new TableExport.Table(title, columns.stream().map(Column::header).toList(), rows);
    }
}
