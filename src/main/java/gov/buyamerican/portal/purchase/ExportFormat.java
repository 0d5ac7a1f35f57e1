package gov.buyamerican.portal.purchase;

/** File formats of the purchases export. */
public enum ExportFormat {
    CSV, XLSX
}
