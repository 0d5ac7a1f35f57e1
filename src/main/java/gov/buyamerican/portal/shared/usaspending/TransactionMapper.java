package gov.buyamerican.portal.shared.usaspending;

import gov.buyamerican.portal.shared.identifiers.CageCode;
import gov.buyamerican.portal.shared.identifiers.NaicsCode;
import gov.buyamerican.portal.shared.identifiers.ProductServiceCode;
import gov.buyamerican.portal.shared.identifiers.Uei;
import gov.buyamerican.portal.shared.identifiers.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns the cells of one data row into a {@link UsaSpendingTransaction}, collecting every problem of the row
 * instead of stopping at the first. One instance serves one row; not thread-safe.
 */
final class TransactionMapper {

    private static final Pattern AMOUNT = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern ALPHA3 = Pattern.compile("[A-Za-z]{3}");
    private static final int ECHO_LIMIT = 40;

    private final List<String> cells;
    private final int[] indexByColumn;
    private final List<String> reasons = new ArrayList<>();

    private TransactionMapper(List<String> cells, int[] indexByColumn) {
        this.cells = cells;
        this.indexByColumn = indexByColumn;
    }

    /**
     * @param line          physical line where the row starts
     * @param cells         the row's cells, as many as the header has
     * @param indexByColumn position of each {@link Column} (by ordinal) in the row
     * @return the typed row, or every problem found in it
     */
    static UsaSpendingRow map(long line, List<String> cells, int[] indexByColumn) {
        return new TransactionMapper(cells, indexByColumn).map(line);
    }

    private UsaSpendingRow map(long line) {
        String key = required(Column.CONTRACT_TRANSACTION_UNIQUE_KEY, "it identifies the transaction");
        String piid = required(Column.AWARD_ID_PIID, "it identifies the contract");
        LocalDate actionDate = date(Column.ACTION_DATE);
        BigDecimal obligation = amount(Column.FEDERAL_ACTION_OBLIGATION);

        String uei = recipientUei();
        String parentUei = optional(Column.RECIPIENT_PARENT_UEI, Uei::validate);
        String cage = optional(Column.CAGE_CODE, CageCode::validate);
        String naics = optional(Column.NAICS_CODE, NaicsCode::validate);
        String psc = optional(Column.PRODUCT_OR_SERVICE_CODE, ProductServiceCode::validate);
        String recipientCountry = countryCode(Column.RECIPIENT_COUNTRY_CODE);
        String originCountry = countryCode(Column.COUNTRY_OF_PRODUCT_OR_SERVICE_ORIGIN_CODE);
        PlaceOfManufacture place = code(Column.PLACE_OF_MANUFACTURE_CODE, PlaceOfManufacture::fromCode, "A to L");
        DomesticOrForeignEntity entity = code(Column.DOMESTIC_OR_FOREIGN_ENTITY_CODE,
                DomesticOrForeignEntity::fromCode, "A, B, C, D or O");
        BusinessSize size = code(Column.CONTRACTING_OFFICERS_DETERMINATION_OF_BUSINESS_SIZE_CODE,
                BusinessSize::fromCode, "S or O");
        var businessTypes = new UsaSpendingTransaction.BusinessTypes(
                size,
                flag(Column.SMALL_DISADVANTAGED_BUSINESS),
                flag(Column.SELF_CERTIFIED_SMALL_DISADVANTAGED_BUSINESS),
                flag(Column.WOMEN_OWNED_SMALL_BUSINESS),
                flag(Column.SERVICE_DISABLED_VETERAN_OWNED_BUSINESS),
                flag(Column.HISTORICALLY_UNDERUTILIZED_BUSINESS_ZONE_HUBZONE_FIRM),
                flag(Column.C8A_PROGRAM_PARTICIPANT));

        if (!reasons.isEmpty()) {
            return new RowProblem(line, reasons);
        }
        var recipient = new UsaSpendingTransaction.Recipient(
                uei,
                text(Column.RECIPIENT_NAME),
                text(Column.RECIPIENT_DOING_BUSINESS_AS_NAME),
                cage,
                parentUei,
                recipientCountry,
                text(Column.RECIPIENT_COUNTRY_NAME),
                text(Column.RECIPIENT_ADDRESS_LINE_1),
                text(Column.RECIPIENT_ADDRESS_LINE_2),
                text(Column.RECIPIENT_CITY_NAME),
                text(Column.RECIPIENT_STATE_CODE),
                text(Column.RECIPIENT_ZIP_4_CODE),
                text(Column.RECIPIENT_PHONE_NUMBER),
                businessTypes);
        var awarding = new UsaSpendingTransaction.Awarding(
                text(Column.AWARDING_AGENCY_CODE),
                text(Column.AWARDING_AGENCY_NAME),
                text(Column.AWARDING_SUB_AGENCY_CODE),
                text(Column.AWARDING_SUB_AGENCY_NAME),
                text(Column.AWARDING_OFFICE_CODE),
                text(Column.AWARDING_OFFICE_NAME));
        return new TransactionRow(line, new UsaSpendingTransaction(
                key,
                piid,
                text(Column.MODIFICATION_NUMBER),
                actionDate,
                obligation,
                recipient,
                awarding,
                naics,
                text(Column.NAICS_DESCRIPTION),
                psc,
                text(Column.PRODUCT_OR_SERVICE_CODE_DESCRIPTION),
                place,
                entity,
                originCountry,
                text(Column.TRANSACTION_DESCRIPTION),
                text(Column.PARENT_AWARD_TYPE_CODE)));
    }

    /** The trimmed cell, or null when blank. */
    private String text(Column column) {
        int index = indexByColumn[column.ordinal()];
        if (index < 0) {
            return null;
        }
        String value = cells.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    private String required(Column column, String why) {
        String value = text(column);
        if (value == null) {
            reasons.add(column.header() + " is blank (" + why + ")");
        }
        return value;
    }

    private String recipientUei() {
        String value = text(Column.RECIPIENT_UEI);
        if (value == null) {
            reasons.add(Column.RECIPIENT_UEI.header() + " is blank (a purchase needs the vendor's UEI)");
            return null;
        }
        return validated(Column.RECIPIENT_UEI, Uei.validate(value));
    }

    private String optional(Column column, Function<String, Validation<String>> rule) {
        String value = text(column);
        return value == null ? null : validated(column, rule.apply(value));
    }

    private String validated(Column column, Validation<String> validation) {
        validation.problem().ifPresent(message -> reasons.add(column.header() + ": " + message));
        return validation.toOptional().orElse(null);
    }

    private LocalDate date(Column column) {
        String value = required(column, "expected a date like 2024-09-30");
        if (value == null) {
            return null;
        }
        // USAspending writes dates as YYYY-MM-DD; some date columns carry a " 00:00:00" time, tolerated here.
        String datePart = value.length() > 10 && (value.charAt(10) == ' ' || value.charAt(10) == 'T')
                ? value.substring(0, 10) : value;
        try {
            return LocalDate.parse(datePart);
        } catch (DateTimeParseException e) {
            reasons.add(column.header() + " " + echo(value) + " is not a date like 2024-09-30");
            return null;
        }
    }

    private BigDecimal amount(Column column) {
        String value = required(column, "expected an amount in dollars like -1250.00");
        if (value == null) {
            return null;
        }
        if (!AMOUNT.matcher(value).matches()) {
            reasons.add(column.header() + " " + echo(value) + " is not an amount in dollars like -1250.00");
            return null;
        }
        return new BigDecimal(value);
    }

    private String countryCode(Column column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        if (!ALPHA3.matcher(value).matches()) {
            reasons.add(column.header() + " " + echo(value) + " is not a 3-letter country code like USA");
            return null;
        }
        return value.toUpperCase(Locale.ROOT);
    }

    private <E> E code(Column column, Function<String, Optional<E>> lookup, String known) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        Optional<E> constant = lookup.apply(value);
        if (constant.isEmpty()) {
            reasons.add(column.header() + " " + echo(value) + " is not a known code (" + known + ")");
        }
        return constant.orElse(null);
    }

    /** USAspending writes t and f; true, false and blank (false) are accepted too. */
    private boolean flag(Column column) {
        String value = text(column);
        if (value == null) {
            return false;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "t", "true" -> {
                return true;
            }
            case "f", "false" -> {
                return false;
            }
            default -> {
                reasons.add(column.header() + " " + echo(value) + " is not t or f");
                return false;
            }
        }
    }

    private static String echo(String value) {
        String shown = value.length() > ECHO_LIMIT ? value.substring(0, ECHO_LIMIT) + "…" : value;
        return "'" + shown + "'";
    }
}
