package gov.buyamerican.portal.shared.usaspending;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One contract transaction (an award or a modification of it) from a USAspending "contract transactions"
 * download, reduced to what a Buy American purchase import needs. Field comments give the source column.
 *
 * <p>Blank cells become {@code null} in the optional components; flags that are blank become {@code false}.
 * Text is trimmed; identifiers are normalized by the rules of
 * {@link gov.buyamerican.portal.shared.identifiers}.
 *
 * @param contractTransactionUniqueKey {@code contract_transaction_unique_key}: the natural key of the row,
 *                                     used to make a re-import idempotent; never null
 * @param awardIdPiid                  {@code award_id_piid}: the contract or order number; never null
 * @param modificationNumber           {@code modification_number}: {@code 0} for the base award, e.g. {@code P00001}
 * @param actionDate                   {@code action_date}; never null
 * @param federalActionObligation      {@code federal_action_obligation} in US dollars, as written in the file
 *                                     (scale kept); may be zero or negative (de-obligations); never null
 * @param recipient                    the vendor; never null
 * @param awarding                     the awarding agency and office; never null
 * @param naicsCode                    {@code naics_code}, 6 digits
 * @param naicsDescription             {@code naics_description}
 * @param productOrServiceCode         {@code product_or_service_code} (PSC), 4 characters, upper case
 * @param productOrServiceDescription  {@code product_or_service_code_description}
 * @param placeOfManufacture           {@code place_of_manufacture_code}; null when blank (common for services)
 * @param domesticOrForeignEntity      {@code domestic_or_foreign_entity_code}; null when blank
 * @param countryOfOriginCode          {@code country_of_product_or_service_origin_code}: 3 letters, upper case,
 *                                     as FPDS writes it (ISO 3166 alpha-3 in almost all cases; FPDS uses the
 *                                     GENC list, which has a few codes of its own)
 * @param transactionDescription       {@code transaction_description}
 * @param parentAwardTypeCode          {@code parent_award_type_code} when the file has that column (A GWAC, B IDC,
 *                                     C FSS, D BOA, E BPA), else null
 */
public record UsaSpendingTransaction(
        String contractTransactionUniqueKey,
        String awardIdPiid,
        String modificationNumber,
        LocalDate actionDate,
        BigDecimal federalActionObligation,
        Recipient recipient,
        Awarding awarding,
        String naicsCode,
        String naicsDescription,
        String productOrServiceCode,
        String productOrServiceDescription,
        PlaceOfManufacture placeOfManufacture,
        DomesticOrForeignEntity domesticOrForeignEntity,
        String countryOfOriginCode,
        String transactionDescription,
        String parentAwardTypeCode) {

    /** Without the optional parent award type. */
    public UsaSpendingTransaction(String contractTransactionUniqueKey, String awardIdPiid, String modificationNumber,
            LocalDate actionDate, BigDecimal federalActionObligation, Recipient recipient, Awarding awarding,
            String naicsCode, String naicsDescription, String productOrServiceCode, String productOrServiceDescription,
            PlaceOfManufacture placeOfManufacture, DomesticOrForeignEntity domesticOrForeignEntity,
            String countryOfOriginCode, String transactionDescription) {
        this(contractTransactionUniqueKey, awardIdPiid, modificationNumber, actionDate, federalActionObligation,
                recipient, awarding, naicsCode, naicsDescription, productOrServiceCode, productOrServiceDescription,
                placeOfManufacture, domesticOrForeignEntity, countryOfOriginCode, transactionDescription, null);
    }

    /** @throws NullPointerException if a component documented as never null is null */
    public UsaSpendingTransaction {
        Objects.requireNonNull(contractTransactionUniqueKey, "contractTransactionUniqueKey");
        Objects.requireNonNull(awardIdPiid, "awardIdPiid");
        Objects.requireNonNull(actionDate, "actionDate");
        Objects.requireNonNull(federalActionObligation, "federalActionObligation");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(awarding, "awarding");
    }

    /**
     * The vendor of the transaction, as registered in SAM.gov at the time of the action.
     *
     * @param uei                 {@code recipient_uei}, a valid UEI, upper case; never null
     * @param name                {@code recipient_name}
     * @param doingBusinessAsName {@code recipient_doing_business_as_name}
     * @param cageCode            {@code cage_code}, 5 characters, upper case
     * @param parentUei           {@code recipient_parent_uei}, a valid UEI, upper case
     * @param countryCode         {@code recipient_country_code}, 3 letters, upper case (e.g. {@code USA})
     * @param countryName         {@code recipient_country_name}
     * @param addressLine1        {@code recipient_address_line_1}
     * @param addressLine2        {@code recipient_address_line_2}
     * @param city                {@code recipient_city_name}
     * @param stateCode           {@code recipient_state_code}
     * @param zip                 {@code recipient_zip_4_code}, as written (5 or 9 digits, no dash)
     * @param phone               {@code recipient_phone_number}, as written
     * @param businessTypes       size and socio-economic flags; never null
     */
    public record Recipient(
            String uei,
            String name,
            String doingBusinessAsName,
            String cageCode,
            String parentUei,
            String countryCode,
            String countryName,
            String addressLine1,
            String addressLine2,
            String city,
            String stateCode,
            String zip,
            String phone,
            BusinessTypes businessTypes) {

        /** @throws NullPointerException if {@code uei} or {@code businessTypes} is null */
        public Recipient {
            Objects.requireNonNull(uei, "uei");
            Objects.requireNonNull(businessTypes, "businessTypes");
        }
    }

    /**
     * The agency and office that awarded the contract.
     *
     * @param agencyCode    {@code awarding_agency_code} (e.g. {@code 015})
     * @param agencyName    {@code awarding_agency_name}
     * @param subAgencyCode {@code awarding_sub_agency_code}
     * @param subAgencyName {@code awarding_sub_agency_name}
     * @param officeCode    {@code awarding_office_code}
     * @param officeName    {@code awarding_office_name}
     */
    public record Awarding(
            String agencyCode,
            String agencyName,
            String subAgencyCode,
            String subAgencyName,
            String officeCode,
            String officeName) {
    }

    /**
     * Size and socio-economic status of the vendor for this action, as needed by a vendor registry.
     *
     * @param size                                    {@code contracting_officers_determination_of_business_size_code};
     *                                                null when blank
     * @param smallDisadvantagedBusiness              {@code small_disadvantaged_business} (SDB)
     * @param selfCertifiedSmallDisadvantagedBusiness {@code self_certified_small_disadvantaged_business}
     * @param womenOwnedSmallBusiness                 {@code women_owned_small_business} (WOSB)
     * @param serviceDisabledVeteranOwned             {@code service_disabled_veteran_owned_business} (SDVOSB
     *                                                when the size is small)
     * @param hubZoneFirm                             {@code historically_underutilized_business_zone_hubzone_firm}
     * @param sba8aProgramParticipant                 {@code c8a_program_participant}: SBA 8(a) program
     */
    public record BusinessTypes(
            BusinessSize size,
            boolean smallDisadvantagedBusiness,
            boolean selfCertifiedSmallDisadvantagedBusiness,
            boolean womenOwnedSmallBusiness,
            boolean serviceDisabledVeteranOwned,
            boolean hubZoneFirm,
            boolean sba8aProgramParticipant) {
    }
}
