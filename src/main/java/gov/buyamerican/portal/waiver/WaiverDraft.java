package gov.buyamerican.portal.waiver;

import gov.buyamerican.portal.rules.waiver.ExpectedWaiverDuration;
import gov.buyamerican.portal.rules.waiver.ProcurementStage;
import gov.buyamerican.portal.rules.waiver.WaiverCoverage;
import gov.buyamerican.portal.rules.waiver.WaiverType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a requester fills in for a waiver request: the request itself, the foreign offer, the Made in America
 * Office fields and the unreasonable-cost evaluation inputs. A mutable bean so that a form can bind to it; the
 * service checks it again on every save and, more strictly, on submission.
 *
 * <p>Property names are the field names carried by {@link gov.buyamerican.portal.shared.BusinessRuleException#field()}.
 */
public class WaiverDraft {
    /** Waiver type requested (FAR 25.103). */
    private WaiverType type;
    /** Procurement title; the request's title. */
    private String procurementTitle;
    /** What is bought, when no catalog product is chosen. */
    private String itemDescription;
    /** Quantity. */
    private BigDecimal quantity;
    /** Unit of the quantity (each, m, kg, ...). */
    private String quantityUnit;
    /** Estimated value of the acquisition, dollars. */
    private BigDecimal estimatedValue;
    /** First day of the delivery period. */
    private LocalDate deliveryFrom;
    /** Last day of the delivery period. */
    private LocalDate deliveryTo;
    /** Expected maximum duration of the waiver. */
    private ExpectedWaiverDuration expectedDuration;
    /** Individual or multi-procurement waiver. */
    private WaiverCoverage coverage;
    /** Waiver rationale summary. */
    private String rationaleSummary;
    /** Market research notes. */
    private String marketResearchNotes;
    /** FAR 25.103(b): fully and openly competed, synopsized, no domestic offer. */
    private boolean competedNoDomesticOffer;
    /** Name of the vendor of the foreign offer. */
    private String vendorName;
    /** The vendor's SAM Unique Entity ID, if known. */
    private String vendorUei;
    /** The vendor's country (ISO 3166-1 alpha-2 or alpha-3). */
    private String vendorCountry;
    /** The vendor in the vendor registry, once linked. */
    private Long vendorId;
    /** The product in the catalog, once linked. */
    private Long productId;
    /** Countries of origin of the item (ISO 3166-1 codes). */
    private List<String> countriesOfOrigin = new ArrayList<>();
    /** Contracting office agency id (FPDS agency code). */
    private String contractingOfficeAgencyId;
    /** Contracting office agency name. */
    private String contractingOfficeAgencyName;
    /** Funding agency id. */
    private String fundingAgencyId;
    /** Funding agency name. */
    private String fundingAgencyName;
    /** NAICS code (6 digits). */
    private String naicsCode;
    /** NAICS title. */
    private String naicsTitle;
    /** Product or service code (4 characters). */
    private String pscCode;
    /** PSC name. */
    private String pscName;
    /** Pre- or post-solicitation. */
    private ProcurementStage procurementStage;
    /** Summary of the procurement. */
    private String procurementSummary;
    /** Whether a sources sought notice or RFI was issued. */
    private Boolean sourcesSoughtOrRfi;
    /** Procurement instrument identifiers. */
    private List<String> piids = new ArrayList<>();
    /** Solicitation id. */
    private String solicitationId;
    /** Whether a price preference was included. */
    private Boolean pricePreferenceIncluded;
    /** Unreasonable cost: the lowest domestic offer. */
    private BigDecimal lowestDomesticOffer;
    /** Unreasonable cost: whether the lowest domestic offer is from a small business. */
    private boolean domesticSmallBusiness;
    /** Unreasonable cost: the lowest foreign offer, duty included. */
    private BigDecimal lowestForeignOffer;

    public WaiverType getType() {
        return type;
    }

    public void setType(WaiverType type) {
        this.type = type;
    }

    public String getProcurementTitle() {
        return procurementTitle;
    }

    public void setProcurementTitle(String procurementTitle) {
        this.procurementTitle = procurementTitle;
    }

    public String getItemDescription() {
        return itemDescription;
    }

    public void setItemDescription(String itemDescription) {
        this.itemDescription = itemDescription;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public String getQuantityUnit() {
        return quantityUnit;
    }

    public void setQuantityUnit(String quantityUnit) {
        this.quantityUnit = quantityUnit;
    }

    public BigDecimal getEstimatedValue() {
        return estimatedValue;
    }

    public void setEstimatedValue(BigDecimal estimatedValue) {
        this.estimatedValue = estimatedValue;
    }

    public LocalDate getDeliveryFrom() {
        return deliveryFrom;
    }

    public void setDeliveryFrom(LocalDate deliveryFrom) {
        this.deliveryFrom = deliveryFrom;
    }

    public LocalDate getDeliveryTo() {
        return deliveryTo;
    }

    public void setDeliveryTo(LocalDate deliveryTo) {
        this.deliveryTo = deliveryTo;
    }

    public ExpectedWaiverDuration getExpectedDuration() {
        return expectedDuration;
    }

    public void setExpectedDuration(ExpectedWaiverDuration expectedDuration) {
        this.expectedDuration = expectedDuration;
    }

    public WaiverCoverage getCoverage() {
        return coverage;
    }

    public void setCoverage(WaiverCoverage coverage) {
        this.coverage = coverage;
    }

    public String getRationaleSummary() {
        return rationaleSummary;
    }

    public void setRationaleSummary(String rationaleSummary) {
        this.rationaleSummary = rationaleSummary;
    }

    public String getMarketResearchNotes() {
        return marketResearchNotes;
    }

    public void setMarketResearchNotes(String marketResearchNotes) {
        this.marketResearchNotes = marketResearchNotes;
    }

    public boolean isCompetedNoDomesticOffer() {
        return competedNoDomesticOffer;
    }

    public void setCompetedNoDomesticOffer(boolean competedNoDomesticOffer) {
        this.competedNoDomesticOffer = competedNoDomesticOffer;
    }

    public String getVendorName() {
        return vendorName;
    }

    public void setVendorName(String vendorName) {
        this.vendorName = vendorName;
    }

    public String getVendorUei() {
        return vendorUei;
    }

    public void setVendorUei(String vendorUei) {
        this.vendorUei = vendorUei;
    }

    public String getVendorCountry() {
        return vendorCountry;
    }

    public void setVendorCountry(String vendorCountry) {
        this.vendorCountry = vendorCountry;
    }

    public Long getVendorId() {
        return vendorId;
    }

    public void setVendorId(Long vendorId) {
        this.vendorId = vendorId;
    }

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    public List<String> getCountriesOfOrigin() {
        return countriesOfOrigin;
    }

    public void setCountriesOfOrigin(List<String> countriesOfOrigin) {
        this.countriesOfOrigin = countriesOfOrigin == null ? new ArrayList<>() : new ArrayList<>(countriesOfOrigin);
    }

    public String getContractingOfficeAgencyId() {
        return contractingOfficeAgencyId;
    }

    public void setContractingOfficeAgencyId(String contractingOfficeAgencyId) {
        this.contractingOfficeAgencyId = contractingOfficeAgencyId;
    }

    public String getContractingOfficeAgencyName() {
        return contractingOfficeAgencyName;
    }

    public void setContractingOfficeAgencyName(String contractingOfficeAgencyName) {
        this.contractingOfficeAgencyName = contractingOfficeAgencyName;
    }

    public String getFundingAgencyId() {
        return fundingAgencyId;
    }

    public void setFundingAgencyId(String fundingAgencyId) {
        this.fundingAgencyId = fundingAgencyId;
    }

    public String getFundingAgencyName() {
        return fundingAgencyName;
    }

    public void setFundingAgencyName(String fundingAgencyName) {
        this.fundingAgencyName = fundingAgencyName;
    }

    public String getNaicsCode() {
        return naicsCode;
    }

    public void setNaicsCode(String naicsCode) {
        this.naicsCode = naicsCode;
    }

    public String getNaicsTitle() {
        return naicsTitle;
    }

    public void setNaicsTitle(String naicsTitle) {
        this.naicsTitle = naicsTitle;
    }

    public String getPscCode() {
        return pscCode;
    }

    public void setPscCode(String pscCode) {
        this.pscCode = pscCode;
    }

    public String getPscName() {
        return pscName;
    }

    public void setPscName(String pscName) {
        this.pscName = pscName;
    }

    public ProcurementStage getProcurementStage() {
        return procurementStage;
    }

    public void setProcurementStage(ProcurementStage procurementStage) {
        this.procurementStage = procurementStage;
    }

    public String getProcurementSummary() {
        return procurementSummary;
    }

    public void setProcurementSummary(String procurementSummary) {
        this.procurementSummary = procurementSummary;
    }

    public Boolean getSourcesSoughtOrRfi() {
        return sourcesSoughtOrRfi;
    }

    public void setSourcesSoughtOrRfi(Boolean sourcesSoughtOrRfi) {
        this.sourcesSoughtOrRfi = sourcesSoughtOrRfi;
    }

    public List<String> getPiids() {
        return piids;
    }

    public void setPiids(List<String> piids) {
        this.piids = piids == null ? new ArrayList<>() : new ArrayList<>(piids);
    }

    public String getSolicitationId() {
        return solicitationId;
    }

    public void setSolicitationId(String solicitationId) {
        this.solicitationId = solicitationId;
    }

    public Boolean getPricePreferenceIncluded() {
        return pricePreferenceIncluded;
    }

    public void setPricePreferenceIncluded(Boolean pricePreferenceIncluded) {
        this.pricePreferenceIncluded = pricePreferenceIncluded;
    }

    public BigDecimal getLowestDomesticOffer() {
        return lowestDomesticOffer;
    }

    public void setLowestDomesticOffer(BigDecimal lowestDomesticOffer) {
        this.lowestDomesticOffer = lowestDomesticOffer;
    }

    public boolean isDomesticSmallBusiness() {
        return domesticSmallBusiness;
    }

    public void setDomesticSmallBusiness(boolean domesticSmallBusiness) {
        this.domesticSmallBusiness = domesticSmallBusiness;
    }

    public BigDecimal getLowestForeignOffer() {
        return lowestForeignOffer;
    }

    public void setLowestForeignOffer(BigDecimal lowestForeignOffer) {
        this.lowestForeignOffer = lowestForeignOffer;
    }
}
