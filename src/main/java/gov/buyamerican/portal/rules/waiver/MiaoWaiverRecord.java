package gov.buyamerican.portal.rules.waiver;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the Made in America Office public waiver list (EO 14005, OMB M-21-26), with the
 * fields the list publishes, typed. The portal's own waiver records map to this record for export
 * in the same shape ({@link MiaoCsvWriter}).
 *
 * <p>Conventions: a value that is absent, blank or "N/A" in the list is {@code null}; texts are
 * cleaned (see {@link MiaoCsvReader}); lists are never null, possibly empty.
 *
 * @param id                         "_id": the list's record id (24 hex digits in the published list)
 * @param state                      "state": the list entry's editing state
 * @param created                    "created": when the entry was created (UTC)
 * @param modified                   "modified": when the entry was last changed (UTC)
 * @param contractingOfficeAgencyId  "Contracting_Office_Agency_Id" (FPDS agency code, e.g. "1341", "97CG")
 * @param contractingOfficeAgencyName "Contracting_Office_Agency_Name"
 * @param fundingAgencyId            "Funding_Agency_Id"
 * @param fundingAgencyName          "Funding_Agency_Name"
 * @param naicsCode                  "NAICS_Code" (6 digits)
 * @param naicsTitle                 "NAICS_Title"
 * @param pscId                      "Psc_Id": the list's internal number for the PSC
 * @param pscCode                    "Psc_Code": product or service code
 * @param pscName                    "Psc_Name"
 * @param procurementStage           "Procurement_Stage"
 * @param procurementTitle           "Procurement_Title"
 * @param summaryOfProcurement       "Summary_of_Procurement" (line breaks kept)
 * @param sourcesSoughtOrRfiIssued   "Sources_Sought_or_RfiIssued": Yes/No
 * @param piids                      "Piids": procurement instrument identifiers
 * @param pricePreferenceIncluded    "Is_Price_Preference_Included": Yes/No
 * @param waiverCoverage             "Waiver_Coverage"
 * @param waiverRationaleSummary     "Waiver_Rationale_Summary" (line breaks kept)
 * @param expectedMaximumDuration    "Expected_Maximum_Duration_Of_The_Request_Waiver"
 * @param requestStatus              "Request_Status"
 * @param ombDetermination           "OMB_Determination"
 * @param solicitationId             "Solicitation_Id"
 * @param countriesOfOrigin          "Countries_Of_Origin_And_USContent"
 */
public record MiaoWaiverRecord(
        String id,
        MiaoEntryState state,
        Instant created,
        Instant modified,
        String contractingOfficeAgencyId,
        String contractingOfficeAgencyName,
        String fundingAgencyId,
        String fundingAgencyName,
        String naicsCode,
        String naicsTitle,
        String pscId,
        String pscCode,
        String pscName,
        ProcurementStage procurementStage,
        String procurementTitle,
        String summaryOfProcurement,
        Boolean sourcesSoughtOrRfiIssued,
        List<String> piids,
        Boolean pricePreferenceIncluded,
        WaiverCoverage waiverCoverage,
        String waiverRationaleSummary,
        ExpectedWaiverDuration expectedMaximumDuration,
        MiaoRequestStatus requestStatus,
        OmbDetermination ombDetermination,
        String solicitationId,
        List<CountryOfOrigin> countriesOfOrigin) {

    /** Validates the id and copies the lists (null lists become empty; null elements are refused). */
    public MiaoWaiverRecord {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("A MIAO waiver record needs an _id.");
        }
        piids = piids == null ? List.of() : List.copyOf(piids);
        if (piids.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("A PIID cannot be blank; leave it out instead.");
        }
        countriesOfOrigin = countriesOfOrigin == null ? List.of() : List.copyOf(countriesOfOrigin);
    }
}
