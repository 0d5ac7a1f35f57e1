/**
 * Reading of USAspending (FPDS) contract transaction files for the purchase import: a streaming CSV reader
 * that yields, per data row, either a typed {@link gov.buyamerican.portal.shared.usaspending.UsaSpendingTransaction}
 * or a {@link gov.buyamerican.portal.shared.usaspending.RowProblem} with every reason the row was refused,
 * and the FPDS code lists the Buy American reports need (place of manufacture, domestic or foreign entity,
 * business size). Pure Java plus FastCSV; no database, no Spring.
 */
package gov.buyamerican.portal.shared.usaspending;
