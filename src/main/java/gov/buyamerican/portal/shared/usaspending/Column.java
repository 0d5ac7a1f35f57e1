package gov.buyamerican.portal.shared.usaspending;

import java.util.Locale;

/**
 * The columns of a USAspending contract transactions file that the reader maps; all but the few marked optional
 * are required in the header. The header name is the constant's name in lower case.
 */
enum Column {
    CONTRACT_TRANSACTION_UNIQUE_KEY,
    AWARD_ID_PIID,
    MODIFICATION_NUMBER,
    ACTION_DATE,
    FEDERAL_ACTION_OBLIGATION,

    RECIPIENT_UEI,
    RECIPIENT_NAME,
    RECIPIENT_DOING_BUSINESS_AS_NAME,
    CAGE_CODE,
    RECIPIENT_PARENT_UEI,
    RECIPIENT_COUNTRY_CODE,
    RECIPIENT_COUNTRY_NAME,
    RECIPIENT_ADDRESS_LINE_1,
    RECIPIENT_ADDRESS_LINE_2,
    RECIPIENT_CITY_NAME,
    RECIPIENT_STATE_CODE,
    RECIPIENT_ZIP_4_CODE,
    RECIPIENT_PHONE_NUMBER,

    AWARDING_AGENCY_CODE,
    AWARDING_AGENCY_NAME,
    AWARDING_SUB_AGENCY_CODE,
    AWARDING_SUB_AGENCY_NAME,
    AWARDING_OFFICE_CODE,
    AWARDING_OFFICE_NAME,

    NAICS_CODE,
    NAICS_DESCRIPTION,
    PRODUCT_OR_SERVICE_CODE,
    PRODUCT_OR_SERVICE_CODE_DESCRIPTION,
    PLACE_OF_MANUFACTURE_CODE,
    DOMESTIC_OR_FOREIGN_ENTITY_CODE,
    COUNTRY_OF_PRODUCT_OR_SERVICE_ORIGIN_CODE,
    TRANSACTION_DESCRIPTION,

    CONTRACTING_OFFICERS_DETERMINATION_OF_BUSINESS_SIZE_CODE,
    SMALL_DISADVANTAGED_BUSINESS,
    SELF_CERTIFIED_SMALL_DISADVANTAGED_BUSINESS,
    WOMEN_OWNED_SMALL_BUSINESS,
    SERVICE_DISABLED_VETERAN_OWNED_BUSINESS,
    HISTORICALLY_UNDERUTILIZED_BUSINESS_ZONE_HUBZONE_FIRM,
    C8A_PROGRAM_PARTICIPANT,

    /** Optional: the type of the parent award (IDV) of an order, e.g. C for a Federal Supply Schedule. */
    PARENT_AWARD_TYPE_CODE(false);

    private final String header = name().toLowerCase(Locale.ROOT);
    private final boolean required;

    Column() {
        this(true);
    }

    Column(boolean required) {
        this.required = required;
    }

    /** @return false for a column read when present, whose absence is not an error */
    boolean required() {
        return required;
    }

    /** @return the column name as it appears in the header row */
    String header() {
        return header;
    }
}
