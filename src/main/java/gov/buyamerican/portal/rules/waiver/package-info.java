/**
 * Pure rules for Buy American waiver requests: no framework, no I/O beyond the MIAO CSV codec.
 *
 * <ul>
 *   <li>{@link gov.buyamerican.portal.rules.waiver.WaiverStateMachine}: the review workflow of a
 *       waiver request (draft, submission, review, decision, expiry).</li>
 *   <li>{@link gov.buyamerican.portal.rules.waiver.DecisionAuthority}: who may decide which kind of
 *       waiver (FAR 25.103), within which dollar limit, never on their own request.</li>
 *   <li>{@link gov.buyamerican.portal.rules.waiver.UnreasonableCostEvaluation}: the FAR 25.106
 *       price comparison that justifies an unreasonable-cost exception.</li>
 *   <li>{@link gov.buyamerican.portal.rules.waiver.BusinessDays}: business-day arithmetic over US
 *       federal holidays (5 U.S.C. 6103), e.g. the Made in America Office's 15-business-day review.</li>
 *   <li>{@link gov.buyamerican.portal.rules.waiver.MiaoCsvReader} and
 *       {@link gov.buyamerican.portal.rules.waiver.MiaoCsvWriter}: the Made in America Office public
 *       waiver list (OMB M-21-26) in its published CSV layout.</li>
 * </ul>
 *
 * <p>Every number a regulation sets (evaluation factors, value limits) is passed in from dated
 * reference data; the {@code defaults()} factories exist for seed data and tests only.
 */
package gov.buyamerican.portal.rules.waiver;
