package gov.buyamerican.portal.rules.waiver;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The 26 columns of the Made in America Office public waiver list export, in the order of the
 * published file, with their header names exactly as published.
 */
public enum MiaoColumn {
    ID("_id"),
    STATE("state"),
    CREATED("created"),
    MODIFIED("modified"),
    CONTRACTING_OFFICE_AGENCY_ID("Contracting_Office_Agency_Id"),
    CONTRACTING_OFFICE_AGENCY_NAME("Contracting_Office_Agency_Name"),
    FUNDING_AGENCY_ID("Funding_Agency_Id"),
    FUNDING_AGENCY_NAME("Funding_Agency_Name"),
    NAICS_CODE("NAICS_Code"),
    NAICS_TITLE("NAICS_Title"),
    PSC_ID("Psc_Id"),
    PSC_CODE("Psc_Code"),
    PSC_NAME("Psc_Name"),
    PROCUREMENT_STAGE("Procurement_Stage"),
    PROCUREMENT_TITLE("Procurement_Title"),
    SUMMARY_OF_PROCUREMENT("Summary_of_Procurement"),
    SOURCES_SOUGHT_OR_RFI_ISSUED("Sources_Sought_or_RfiIssued"),
    PIIDS("Piids"),
    IS_PRICE_PREFERENCE_INCLUDED("Is_Price_Preference_Included"),
    WAIVER_COVERAGE("Waiver_Coverage"),
    WAIVER_RATIONALE_SUMMARY("Waiver_Rationale_Summary"),
    EXPECTED_MAXIMUM_DURATION("Expected_Maximum_Duration_Of_The_Request_Waiver"),
    REQUEST_STATUS("Request_Status"),
    OMB_DETERMINATION("OMB_Determination"),
    SOLICITATION_ID("Solicitation_Id"),
    COUNTRIES_OF_ORIGIN("Countries_Of_Origin_And_USContent");

    private final String header;

    MiaoColumn(String header) {
        this.header = header;
    }

    /** {@return the column name in the file's header row} */
    public String header() {
        return header;
    }

    /** {@return true for the free-text columns whose line breaks are kept} */
    public boolean isMultiLine() {
        return this == SUMMARY_OF_PROCUREMENT || this == WAIVER_RATIONALE_SUMMARY;
    }

    /** {@return the header row, in file order} */
    public static List<String> headers() {
        return Arrays.stream(values()).map(MiaoColumn::header).toList();
    }

    /** {@return the column with this header name, ignoring case and surrounding blanks} */
    public static Optional<MiaoColumn> fromHeader(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip();
        for (MiaoColumn c : values()) {
            if (c.header.equalsIgnoreCase(n)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
