/**
 * The domestic content calculator: decides whether an end product is a <em>domestic end product</em>
 * under the Buy American statute as implemented by FAR subpart 25.1 and clause 52.225-1
 * (as amended by 87 FR 12780, effective 25 October 2022).
 *
 * <h2>How to use it</h2>
 * <ol>
 *   <li>Resolve the dated numbers for the delivery year: {@link
 *       gov.buyamerican.portal.rules.domesticcontent.ThresholdSchedule#resolve(int)} gives a
 *       {@link gov.buyamerican.portal.rules.domesticcontent.DomesticContentParameters}. The
 *       application builds the schedule from its reference table;
 *       {@link gov.buyamerican.portal.rules.domesticcontent.ThresholdSchedule#farDefaults()} holds
 *       the seed values with their citations.</li>
 *   <li>Describe the {@link gov.buyamerican.portal.rules.domesticcontent.EndProduct} and its
 *       {@link gov.buyamerican.portal.rules.domesticcontent.Component}s.</li>
 *   <li>Call {@link gov.buyamerican.portal.rules.domesticcontent.DomesticContentCalculator#calculate}
 *       (throws {@link gov.buyamerican.portal.rules.domesticcontent.CalculationException} listing
 *       every input error) or {@link
 *       gov.buyamerican.portal.rules.domesticcontent.DomesticContentCalculator#evaluate}
 *       (returns a {@link gov.buyamerican.portal.rules.domesticcontent.CalculationOutcome}).</li>
 * </ol>
 *
 * <h2>Exactness</h2>
 * Every pass/fail decision compares unrounded {@link java.math.BigDecimal} amounts by
 * cross-multiplication ({@code part × 100 > threshold × total}), never a rounded percentage. Rounded
 * percentages (scale 2, {@link java.math.RoundingMode#HALF_EVEN}) exist for display only.
 *
 * <p>Nothing in this package depends on a framework; no regulatory number is written as a literal
 * here except in {@code ThresholdSchedule.farDefaults()}, the documented seed of the reference table.
 */
package gov.buyamerican.portal.rules.domesticcontent;
