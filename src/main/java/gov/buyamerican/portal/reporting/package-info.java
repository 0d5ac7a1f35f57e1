/**
 * Reporting (issue 6): the compliance dashboard, the compliance exceptions list, their CSV/XLSX exports and the PDF
 * summary. Read-only: it reads the purchase rollups maintained on write by the purchase module, and the waiver,
 * attestation, vendor, office and country tables, and writes nothing. See docs/reports.md.
 */
package gov.buyamerican.portal.reporting;
