package gov.buyamerican.portal.reporting.internal;

import gov.buyamerican.portal.shared.export.TableExport;
import java.util.List;

/**
 * One table of a report: typed columns (so that the PDF can format and align them) and rows of values (String,
 * Long, BigDecimal, LocalDate or null). The same tables feed the CSV/XLSX export and the PDF summary.
 */
public record ReportTable(String title, List<Column> columns, List<List<Object>> rows, String note) {

    public enum Kind { TEXT, COUNT, MONEY, PERCENT, DAYS, DATE }

    public record Column(String header, Kind kind) {
    }

    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public TableExport.Table export() {
        return new TableExport.Table(title, columns.stream().map(Column::header).toList(), rows);
    }
}
