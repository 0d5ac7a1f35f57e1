package gov.buyamerican.portal.waiver;

import gov.buyamerican.portal.rules.waiver.CountryOfOrigin;
import gov.buyamerican.portal.rules.waiver.MiaoWaiverRecord;
import gov.buyamerican.portal.rules.waiver.UnreasonableCostEvaluation;
import gov.buyamerican.portal.rules.waiver.WaiverStatus;
import gov.buyamerican.portal.rules.waiver.WaiverType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything about one waiver record: the request, the Made in America Office fields (in the public list's shape,
 * {@link MiaoWaiverRecord}, whose id is the waiver number for a portal request), the cost evaluation, the MIAO review,
 * the workflow, the timeline, comments and attachments.
 *
 * @param version         for optimistic locking: pass it back with the next action
 * @param miao            the MIAO list fields
 * @param cost            the unreasonable-cost evaluation inputs and, when complete, its stored result
 */
public record WaiverDetails(
        long id, WaiverOrigin origin, String number, WaiverType type, WaiverStatus status, int version,
        MiaoWaiverRecord miao, String ombConditions,
        String itemDescription, BigDecimal quantity, String quantityUnit, BigDecimal estimatedValue,
        LocalDate deliveryFrom, LocalDate deliveryTo, String marketResearchNotes, boolean competedNoDomesticOffer,
        String vendorName, String vendorUei, String vendorCountry, Long vendorId, Long productId,
        Cost cost,
        MiaoReview miaoReview, Workflow workflow, ImportInfo imported,
        Instant createdAt, Instant updatedAt,
        List<WaiverTimelineEntry> timeline, List<WaiverComment> comments, List<WaiverAttachment> attachments) {

    public WaiverDetails {
        timeline = List.copyOf(timeline);
        comments = List.copyOf(comments);
        attachments = List.copyOf(attachments);
    }

    /**
     * The unreasonable-cost evaluation (FAR 25.106).
     *
     * @param evaluation the result computed when the request was saved, re-stated with its arithmetic; null until
     *                   both offers are entered
     */
    public record Cost(BigDecimal lowestDomesticOffer, boolean domesticSmallBusiness, BigDecimal lowestForeignOffer,
                       UnreasonableCostEvaluation evaluation, LocalDate evaluatedOn) {
    }

    /** The Made in America Office review of a nonavailability request (OMB M-21-26). */
    public record MiaoReview(LocalDate sentOn, LocalDate dueOn, Integer businessDays, LocalDate determinedOn) {
    }

    /** Who asked, who reviews, who decided. */
    public record Workflow(String requester, String requesterName, String reviewer, String reviewerName,
                           Instant reviewStartedAt, Instant submittedAt, Instant firstSubmittedAt, String decidedBy,
                           String decidedByName, Instant decidedAt, String decisionRationale, LocalDate expiresOn) {
    }

    /** For a public record imported from the MIAO list. */
    public record ImportInfo(Instant importedAt, String importedBy, String notes, boolean suspectedTestRecord) {
    }

    /** {@return the title shown in lists and headings} */
    public String title() {
        return miao.procurementTitle() == null ? "(untitled)" : miao.procurementTitle();
    }

    /** {@return the number, or "MIAO" and the list id for an imported record} */
    public String reference() {
        return number != null ? number : "MIAO " + miao.id();
    }

    /** {@return a form bean holding this request's editable content} */
    public WaiverDraft toDraft() {
        WaiverDraft d = new WaiverDraft();
        d.setType(type);
        d.setProcurementTitle(miao.procurementTitle());
        d.setItemDescription(itemDescription);
        d.setQuantity(quantity);
        d.setQuantityUnit(quantityUnit);
        d.setEstimatedValue(estimatedValue);
        d.setDeliveryFrom(deliveryFrom);
        d.setDeliveryTo(deliveryTo);
        d.setExpectedDuration(miao.expectedMaximumDuration());
        d.setCoverage(miao.waiverCoverage());
        d.setRationaleSummary(miao.waiverRationaleSummary());
        d.setMarketResearchNotes(marketResearchNotes);
        d.setCompetedNoDomesticOffer(competedNoDomesticOffer);
        d.setVendorName(vendorName);
        d.setVendorUei(vendorUei);
        d.setVendorCountry(vendorCountry);
        d.setVendorId(vendorId);
        d.setProductId(productId);
        List<String> countries = new ArrayList<>();
        for (CountryOfOrigin c : miao.countriesOfOrigin()) {
            countries.add(c.alpha2() != null ? c.alpha2() : c.alpha3());
        }
        d.setCountriesOfOrigin(countries);
        d.setContractingOfficeAgencyId(miao.contractingOfficeAgencyId());
        d.setContractingOfficeAgencyName(miao.contractingOfficeAgencyName());
        d.setFundingAgencyId(miao.fundingAgencyId());
        d.setFundingAgencyName(miao.fundingAgencyName());
        d.setNaicsCode(miao.naicsCode());
        d.setNaicsTitle(miao.naicsTitle());
        d.setPscCode(miao.pscCode());
        d.setPscName(miao.pscName());
        d.setProcurementStage(miao.procurementStage());
        d.setProcurementSummary(miao.summaryOfProcurement());
        d.setSourcesSoughtOrRfi(miao.sourcesSoughtOrRfiIssued());
        d.setPiids(miao.piids());
        d.setSolicitationId(miao.solicitationId());
        d.setPricePreferenceIncluded(miao.pricePreferenceIncluded());
        d.setLowestDomesticOffer(cost.lowestDomesticOffer());
        d.setDomesticSmallBusiness(cost.domesticSmallBusiness());
        d.setLowestForeignOffer(cost.lowestForeignOffer());
        return d;
    }
}
