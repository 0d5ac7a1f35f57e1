package gov.buyamerican.portal.attestation;

import gov.buyamerican.portal.rules.domesticcontent.AppliedRule;
import gov.buyamerican.portal.rules.domesticcontent.Classification;
import java.math.BigDecimal;

/**
 * The result the portal computed when an attestation was submitted, with the numbers it used, kept so that a reader
 * can check it later even after the thresholds change.
 *
 * @param thresholdPercent      the threshold the rule compared against, or null (unmanufactured, COTS exception)
 * @param thresholdComparison   "&gt;" or "&lt;", or null
 * @param domesticSharePercent  display value (2 decimals), null without components
 * @param parameters            the resolved numbers for the delivery year, as text
 */
public record StoredResult(Classification classification, AppliedRule rule, BigDecimal thresholdPercent,
                           String thresholdComparison, BigDecimal totalCost, BigDecimal domesticCost,
                           BigDecimal domesticSharePercent, BigDecimal foreignIronSteelSharePercent, String explanation,
                           String parameters) {
}
