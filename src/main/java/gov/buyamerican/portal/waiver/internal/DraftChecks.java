package gov.buyamerican.portal.waiver.internal;

import gov.buyamerican.portal.shared.identifiers.Countries;
import gov.buyamerican.portal.shared.identifiers.NaicsCode;
import gov.buyamerican.portal.shared.identifiers.ProductServiceCode;
import gov.buyamerican.portal.shared.identifiers.Uei;
import gov.buyamerican.portal.shared.identifiers.Validation;
import gov.buyamerican.portal.waiver.FieldProblem;
import gov.buyamerican.portal.waiver.WaiverDraft;
import gov.buyamerican.portal.rules.waiver.EvaluationFactors;
import gov.buyamerican.portal.rules.waiver.UnreasonableCostEvaluation;
import gov.buyamerican.portal.rules.waiver.WaiverType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The checks on what a requester enters. Two levels: a draft must be well formed (codes, amounts, lengths) and have a
 * type and a title; a request sent for decision must also be complete for its type (DOMAIN.md section 3): the Made in
 * America Office fields for an individual nonavailability waiver, market research for a listed-class one, an
 * evaluation showing an unreasonable domestic price for an unreasonable-cost one.
 *
 * <p>{@link #normalize} trims texts, turns blanks into null, upper-cases codes and converts country codes to
 * alpha-2, so that what is stored is what was checked.
 */
public final class DraftChecks {

    static final int TEXT_MAX = 10_000;
    /** DECIMAL(19,4): 15 digits before the point. */
    private static final int MONEY_INTEGER_DIGITS = 15;

    private DraftChecks() {
    }

    /** Normalizes the draft in place (see the class comment); invalid codes are left as typed for the checks to report. */
    public static void normalize(WaiverDraft d) {
        d.setProcurementTitle(clean(d.getProcurementTitle()));
        d.setItemDescription(clean(d.getItemDescription()));
        d.setQuantityUnit(clean(d.getQuantityUnit()));
        d.setRationaleSummary(clean(d.getRationaleSummary()));
        d.setMarketResearchNotes(clean(d.getMarketResearchNotes()));
        d.setVendorName(clean(d.getVendorName()));
        String uei = clean(d.getVendorUei());
        d.setVendorUei(uei == null ? null : Uei.validate(uei).toOptional().orElse(uei));
        String country = clean(d.getVendorCountry());
        d.setVendorCountry(country == null ? null : Countries.toAlpha2(country).toOptional().orElse(country));
        List<String> countries = new ArrayList<>();
        for (String c : d.getCountriesOfOrigin()) {
            String cc = clean(c);
            if (cc != null) {
                countries.add(Countries.toAlpha2(cc).toOptional().orElse(cc));
            }
        }
        d.setCountriesOfOrigin(countries);
        d.setContractingOfficeAgencyId(upper(clean(d.getContractingOfficeAgencyId())));
        d.setContractingOfficeAgencyName(clean(d.getContractingOfficeAgencyName()));
        d.setFundingAgencyId(upper(clean(d.getFundingAgencyId())));
        d.setFundingAgencyName(clean(d.getFundingAgencyName()));
        d.setNaicsCode(clean(d.getNaicsCode()));
        d.setNaicsTitle(clean(d.getNaicsTitle()));
        d.setPscCode(upper(clean(d.getPscCode())));
        d.setPscName(clean(d.getPscName()));
        d.setProcurementSummary(clean(d.getProcurementSummary()));
        List<String> piids = new ArrayList<>();
        for (String p : d.getPiids()) {
            String pp = upper(clean(p));
            if (pp != null && !piids.contains(pp)) {
                piids.add(pp);
            }
        }
        d.setPiids(piids);
        d.setSolicitationId(upper(clean(d.getSolicitationId())));
    }

    /** Problems that prevent saving even a draft. */
    public static List<FieldProblem> draftProblems(WaiverDraft d) {
        List<FieldProblem> p = new ArrayList<>();
        if (d.getType() == null) {
            p.add(new FieldProblem("type", "Choose the type of waiver."));
        }
        if (d.getProcurementTitle() == null) {
            p.add(new FieldProblem("procurementTitle", "Enter a title for the procurement."));
        }
        length(p, "procurementTitle", "The title", d.getProcurementTitle(), 500);
        length(p, "itemDescription", "The item description", d.getItemDescription(), TEXT_MAX);
        if (d.getQuantity() != null && d.getQuantity().signum() <= 0) {
            p.add(new FieldProblem("quantity", "The quantity must be greater than zero."));
        } else {
            decimal(p, "quantity", "The quantity", d.getQuantity());
        }
        length(p, "quantityUnit", "The unit", d.getQuantityUnit(), 40);
        if (d.getEstimatedValue() != null && d.getEstimatedValue().signum() < 0) {
            p.add(new FieldProblem("estimatedValue", "The estimated value cannot be negative."));
        } else {
            decimal(p, "estimatedValue", "The estimated value", d.getEstimatedValue());
        }
        if (d.getDeliveryFrom() != null && d.getDeliveryTo() != null && d.getDeliveryTo().isBefore(d.getDeliveryFrom())) {
            p.add(new FieldProblem("deliveryTo", "The delivery period cannot end before it starts."));
        }
        length(p, "rationaleSummary", "The rationale", d.getRationaleSummary(), TEXT_MAX);
        length(p, "marketResearchNotes", "The market research notes", d.getMarketResearchNotes(), TEXT_MAX);
        length(p, "vendorName", "The vendor name", d.getVendorName(), 300);
        if (d.getVendorUei() != null) {
            Uei.validate(d.getVendorUei()).problem().ifPresent(m -> p.add(new FieldProblem("vendorUei", m + ".")));
        }
        if (d.getVendorCountry() != null) {
            Countries.validate(d.getVendorCountry()).problem().ifPresent(m -> p.add(new FieldProblem("vendorCountry", m + ".")));
        }
        Set<String> seen = new HashSet<>();
        for (String c : d.getCountriesOfOrigin()) {
            Validation<String> v = Countries.toAlpha2(c);
            if (!v.isValid()) {
                p.add(new FieldProblem("countriesOfOrigin", v.problem().orElseThrow() + "."));
            } else if (!seen.add(v.toOptional().orElseThrow())) {
                p.add(new FieldProblem("countriesOfOrigin", "The country " + c + " is listed twice."));
            }
        }
        length(p, "contractingOfficeAgencyId", "The agency id", d.getContractingOfficeAgencyId(), 20);
        length(p, "contractingOfficeAgencyName", "The agency name", d.getContractingOfficeAgencyName(), 300);
        length(p, "fundingAgencyId", "The agency id", d.getFundingAgencyId(), 20);
        length(p, "fundingAgencyName", "The agency name", d.getFundingAgencyName(), 300);
        if (d.getNaicsCode() != null) {
            NaicsCode.validate(d.getNaicsCode()).problem().ifPresent(m -> p.add(new FieldProblem("naicsCode", m + ".")));
        }
        length(p, "naicsTitle", "The NAICS title", d.getNaicsTitle(), 500);
        if (d.getPscCode() != null) {
            ProductServiceCode.validate(d.getPscCode()).problem().ifPresent(m -> p.add(new FieldProblem("pscCode", m + ".")));
        }
        length(p, "pscName", "The PSC name", d.getPscName(), 500);
        length(p, "procurementSummary", "The summary", d.getProcurementSummary(), TEXT_MAX);
        for (String piid : d.getPiids()) {
            if (piid.length() > 50) {
                p.add(new FieldProblem("piids", "A PIID has at most 50 characters (\"" + piid.substring(0, 20) + "...\")."));
            }
        }
        if (d.getPiids().size() > 50) {
            p.add(new FieldProblem("piids", "At most 50 PIIDs can be listed."));
        }
        length(p, "solicitationId", "The solicitation id", d.getSolicitationId(), 200);
        positive(p, "lowestDomesticOffer", "The lowest domestic offer", d.getLowestDomesticOffer());
        positive(p, "lowestForeignOffer", "The lowest foreign offer", d.getLowestForeignOffer());
        return p;
    }

    /**
     * Problems that prevent sending the request for decision: the draft problems plus completeness for its type.
     *
     * @param factors the evaluation factors in force, for an unreasonable-cost request (supplied lazily)
     */
    public static List<FieldProblem> submissionProblems(WaiverDraft d, Supplier<EvaluationFactors> factors) {
        List<FieldProblem> p = new ArrayList<>(draftProblems(d));
        required(p, "itemDescription", d.getItemDescription(), "Describe the item to be bought.");
        if (d.getEstimatedValue() == null || d.getEstimatedValue().signum() == 0) {
            p.add(new FieldProblem("estimatedValue", "Enter the estimated value of the acquisition."));
        }
        required(p, "vendorName", d.getVendorName(), "Name the vendor of the foreign offer.");
        required(p, "vendorCountry", d.getVendorCountry(), "Give the vendor's country.");
        if (d.getCountriesOfOrigin().isEmpty()) {
            p.add(new FieldProblem("countriesOfOrigin", "List the countries of origin of the item."));
        }
        required(p, "expectedDuration", d.getExpectedDuration(), "Choose the expected maximum duration of the waiver.");
        required(p, "rationaleSummary", d.getRationaleSummary(), "Summarize why the waiver is needed.");
        WaiverType type = d.getType();
        if (type == WaiverType.UNREASONABLE_COST) {
            required(p, "lowestDomesticOffer", d.getLowestDomesticOffer(), "Enter the lowest domestic offer for the cost evaluation.");
            required(p, "lowestForeignOffer", d.getLowestForeignOffer(), "Enter the lowest foreign offer, duty included, for the cost evaluation.");
            if (d.getLowestDomesticOffer() != null && d.getLowestForeignOffer() != null
                    && d.getLowestDomesticOffer().signum() > 0 && d.getLowestForeignOffer().signum() > 0) {
                UnreasonableCostEvaluation e = UnreasonableCostEvaluation.evaluate(d.getLowestDomesticOffer(),
                        d.isDomesticSmallBusiness(), d.getLowestForeignOffer(), factors.get());
                if (!e.domesticUnreasonable()) {
                    p.add(new FieldProblem("lowestDomesticOffer", "The evaluation shows that the domestic offer's cost is "
                            + "reasonable, so the unreasonable-cost exception does not apply (FAR 25.106)."));
                }
            }
        }
        if (type == WaiverType.NONAVAILABILITY_LISTED_CLASS || type == WaiverType.NONAVAILABILITY_INDIVIDUAL) {
            required(p, "marketResearchNotes", d.getMarketResearchNotes(),
                    "Record the market research (still needed for a nonavailability waiver).");
        }
        if (type != null && type.requiresMadeInAmericaOfficeReview()) {
            String why = " (needed for the Made in America Office review).";
            required(p, "contractingOfficeAgencyId", d.getContractingOfficeAgencyId(), "Enter the contracting office agency id" + why);
            required(p, "contractingOfficeAgencyName", d.getContractingOfficeAgencyName(), "Enter the contracting office agency name" + why);
            required(p, "fundingAgencyId", d.getFundingAgencyId(), "Enter the funding agency id" + why);
            required(p, "fundingAgencyName", d.getFundingAgencyName(), "Enter the funding agency name" + why);
            required(p, "naicsCode", d.getNaicsCode(), "Enter the NAICS code" + why);
            required(p, "naicsTitle", d.getNaicsTitle(), "Enter the NAICS title" + why);
            required(p, "pscCode", d.getPscCode(), "Enter the product or service code" + why);
            required(p, "pscName", d.getPscName(), "Enter the PSC name" + why);
            required(p, "procurementStage", d.getProcurementStage(), "Choose the procurement stage" + why);
            required(p, "procurementSummary", d.getProcurementSummary(), "Summarize the procurement" + why);
            required(p, "sourcesSoughtOrRfi", d.getSourcesSoughtOrRfi(), "Say whether a sources sought notice or RFI was issued" + why);
            required(p, "pricePreferenceIncluded", d.getPricePreferenceIncluded(), "Say whether a price preference was included" + why);
            required(p, "coverage", d.getCoverage(), "Choose the waiver coverage" + why);
        }
        return p;
    }

    private static void required(List<FieldProblem> p, String field, Object value, String message) {
        if (value == null && p.stream().noneMatch(x -> x.field().equals(field))) {
            p.add(new FieldProblem(field, message));
        }
    }

    private static void length(List<FieldProblem> p, String field, String what, String value, int max) {
        if (value != null && value.length() > max) {
            p.add(new FieldProblem(field, what + " has " + value.length() + " characters; at most " + max + " fit."));
        }
    }

    private static void positive(List<FieldProblem> p, String field, String what, BigDecimal value) {
        if (value != null && value.signum() <= 0) {
            p.add(new FieldProblem(field, what + " must be greater than zero."));
        } else {
            decimal(p, field, what, value);
        }
    }

    private static void decimal(List<FieldProblem> p, String field, String what, BigDecimal value) {
        if (value == null) {
            return;
        }
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() > 4) {
            p.add(new FieldProblem(field, what + " can have at most 4 decimals."));
        } else if (v.precision() - v.scale() > MONEY_INTEGER_DIGITS) {
            p.add(new FieldProblem(field, what + " is too large."));
        }
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }
}
