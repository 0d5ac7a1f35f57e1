/**
 * Purchases (spend records) and their Buy American classification: recording, editing, searching and exporting
 * purchases, offices, reclassification when attestations or waivers change, and the month rollups the reports read.
 * Public API: {@code PurchaseService}, {@code OfficeService} and their records. {@code internal} holds the jOOQ access,
 * the classification inputs, the rollups and the reclassification jobs; {@code ui} the views.
 * Depends on vendor, catalog, attestation, waiver, reference, audit, rules and shared.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Purchases")
package gov.buyamerican.portal.purchase;
