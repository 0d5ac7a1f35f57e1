package gov.buyamerican.portal.purchase.internal.imports;

import gov.buyamerican.portal.purchase.PurchaseImportException;
import gov.buyamerican.portal.shared.identifiers.Countries;
import gov.buyamerican.portal.shared.usaspending.RowProblem;
import gov.buyamerican.portal.shared.usaspending.TransactionRow;
import gov.buyamerican.portal.shared.usaspending.UsaSpendingCsvReader;
import gov.buyamerican.portal.shared.usaspending.UsaSpendingFormatException;
import gov.buyamerican.portal.shared.usaspending.UsaSpendingRow;
import gov.buyamerican.portal.shared.usaspending.UsaSpendingTransaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a USAspending contract transactions file with the streaming {@link UsaSpendingCsvReader} (which checks the
 * header, dates, amounts, UEIs, codes) and turns each transaction into a {@link Candidate}:
 * <ul>
 *   <li>{@code contract_transaction_unique_key} → source key; {@code action_date} → date;
 *       {@code federal_action_obligation} (may be negative) → total; {@code award_id_piid} → PIID;</li>
 *   <li>{@code recipient_uei} → the vendor (name, country from {@code recipient_name}, {@code recipient_country_code}
 *       to register it); {@code awarding_office_code}/{@code _name} → the office;</li>
 *   <li>{@code place_of_manufacture_code}, {@code country_of_product_or_service_origin_code} (alpha-3 → alpha-2),
 *       {@code naics_code}, {@code product_or_service_code} (its description → description);</li>
 *   <li>channel GSA_SCHEDULE when {@code parent_award_type_code} is C (the order is placed under a Federal Supply
 *       Schedule), else DIRECT_CONTRACT.</li>
 * </ul>
 */
final class UsaSpendingSource {

    static final String FSS_PARENT_TYPE = "C";

    private final ImportInput input;
    private final Set<String> countries;
    private final Rejects rejects;
    private long rowsRead;

    UsaSpendingSource(ImportInput input, Set<String> countries, Rejects rejects) {
        this.input = input;
        this.countries = countries;
        this.rejects = rejects;
    }

    long rowsRead() {
        return rowsRead;
    }

    /** Opens the reader (checks the header). */
    UsaSpendingCsvReader open() {
        try {
            return UsaSpendingCsvReader.open(input.bytes());
        } catch (UsaSpendingFormatException e) {
            throw problem(e);
        }
    }

    void read(UsaSpendingCsvReader reader, Consumer<Candidate> out) {
        try (reader) {
            var rows = reader.iterator();
            while (rows.hasNext()) {
                UsaSpendingRow row = rows.next();
                rowsRead++;
                switch (row) {
                    case RowProblem p -> rejects.add(p.line(), "", p.reasons());
                    case TransactionRow t -> {
                        Candidate c = candidate(t);
                        if (c != null) {
                            out.accept(c);
                        }
                    }
                }
            }
            input.sha256Hex();
        } catch (UsaSpendingFormatException e) {
            throw problem(e);
        } catch (IOException e) {
            throw readProblem(e);
        } catch (UncheckedIOException e) {
            throw readProblem(e);
        }
    }

    static PurchaseImportException problem(UsaSpendingFormatException e) {
        if (ImportInput.isEncodingProblem(e)) {
            return ImportInput.notUtf8();
        }
        String message = e.getMessage();
        if (!e.missingColumns().isEmpty() && e.missingColumns().contains("contract_transaction_unique_key")) {
            message += " (is it a marketplace order file? Then choose that format)";
        }
        return new PurchaseImportException(message + ". Nothing was imported.");
    }

    static RuntimeException readProblem(Exception e) {
        if (ImportInput.isEncodingProblem(e)) {
            return ImportInput.notUtf8();
        }
        return new UncheckedIOException(e instanceof IOException io ? io : new IOException(e));
    }

    private Candidate candidate(TransactionRow row) {
        UsaSpendingTransaction t = row.transaction();
        List<String> reasons = new ArrayList<>();
        String key = Cells.text("contract_transaction_unique_key", t.contractTransactionUniqueKey(), 200, reasons);
        String piid = Cells.text("award_id_piid", t.awardIdPiid(), 100, reasons);
        var total = Cells.checkAmount("federal_action_obligation", t.federalActionObligation(), reasons);
        String office = t.awarding().officeCode();
        if (office == null) {
            reasons.add("awarding_office_code is blank (a purchase needs its office)");
        } else {
            office = Cells.text("awarding_office_code", office, 20, reasons);
        }
        String origin = null;
        if (t.countryOfOriginCode() != null) {
            origin = Cells.country("country_of_product_or_service_origin_code", t.countryOfOriginCode(), countries,
                    reasons);
        }
        var r = t.recipient();
        String recipientCountry = r.countryCode() == null ? null
                : Countries.toAlpha2(r.countryCode()).toOptional().filter(countries::contains).orElse(null);
        if (!reasons.isEmpty()) {
            rejects.add(row.line(), t.contractTransactionUniqueKey(), reasons);
            return null;
        }
        String description = t.productOrServiceDescription() != null ? t.productOrServiceDescription()
                : t.transactionDescription();
        String channel = FSS_PARENT_TYPE.equalsIgnoreCase(t.parentAwardTypeCode()) ? "GSA_SCHEDULE" : "DIRECT_CONTRACT";
        return new Candidate(row.line(), key, t.actionDate(), total, null, null, channel, piid, null, origin,
                t.placeOfManufacture() == null ? null : t.placeOfManufacture().name(), t.naicsCode(),
                t.productOrServiceCode(), Cells.truncate(description, 500), office,
                Cells.truncate(t.awarding().officeName() == null ? office : t.awarding().officeName(), 200),
                r.uei(), r.name(), recipientCountry, null, null, null, null, null, null);
    }
}
