package gov.buyamerican.portal.purchase.internal.imports;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import gov.buyamerican.portal.purchase.MarketplaceOrderFormat.Column;
import gov.buyamerican.portal.purchase.PurchaseImportException;
import gov.buyamerican.portal.shared.identifiers.Uei;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the portal's marketplace order format ({@link gov.buyamerican.portal.purchase.MarketplaceOrderFormat}) with
 * FastCSV, streaming, and checks every row. The source key is completed on the transaction's thread, once the
 * marketplace's vendor id is known: {@code <marketplace vendor id>:<order id>:<line>}.
 */
final class MarketplaceSource {

    private final ImportInput input;
    private final Set<String> countries;
    private final Rejects rejects;
    private long rowsRead;
    private CloseableIterator<CsvRecord> records;
    private CsvReader<CsvRecord> csv;
    private Map<Column, Integer> index;
    private int headerSize;

    MarketplaceSource(ImportInput input, Set<String> countries, Rejects rejects) {
        this.input = input;
        this.countries = countries;
        this.rejects = rejects;
    }

    long rowsRead() {
        return rowsRead;
    }

    /** Reads and checks the header. */
    void open() {
        csv = CsvReader.builder().skipEmptyLines(true).allowUnclosedQuote(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(input.text());
        records = csv.iterator();
        if (!hasNext()) {
            throw new PurchaseImportException("The file is empty: expected a header row naming the marketplace order "
                    + "columns. Nothing was imported.");
        }
        CsvRecord header = records.next();
        headerSize = header.getFieldCount();
        index = new EnumMap<>(Column.class);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.getFieldCount(); i++) {
            String name = header.getField(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            if (name.chars().anyMatch(c -> c == 0xFFFD || (Character.isISOControl(c) && c != '\t'))) {
                throw new PurchaseImportException("The file is not a CSV text file: its first line contains binary "
                        + "data. Nothing was imported.");
            }
            var column = Column.byHeader(name);
            if (column.isEmpty()) {
                unknown.add(name);
            } else if (index.putIfAbsent(column.get(), i) != null) {
                throw new PurchaseImportException("The header names the column " + column.get().header()
                        + " twice. Nothing was imported.");
            }
        }
        if (headerSize == 1 && (header.getField(0).contains(";") || header.getField(0).contains("\t"))) {
            throw new PurchaseImportException("The header row is not separated by commas: save the file as "
                    + "comma-separated CSV. Nothing was imported.");
        }
        if (unknown.stream().anyMatch(u -> u.equalsIgnoreCase("contract_transaction_unique_key"))) {
            throw new PurchaseImportException("This looks like a USAspending contract transactions file, not a "
                    + "marketplace order file: choose the USAspending format. Nothing was imported.");
        }
        List<String> missing = new ArrayList<>();
        for (Column c : Column.values()) {
            if (c.required() && !index.containsKey(c)) {
                missing.add(c.header());
            }
        }
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            StringBuilder m = new StringBuilder("The header is not the marketplace order format");
            if (!missing.isEmpty()) {
                m.append(": required column").append(missing.size() == 1 ? " " : "s ").append("missing: ")
                        .append(String.join(", ", missing));
            }
            if (!unknown.isEmpty()) {
                m.append(missing.isEmpty() ? ": " : "; ").append("unknown column").append(unknown.size() == 1 ? " " : "s ")
                        .append(String.join(", ", unknown.stream().limit(10).toList()));
            }
            throw new PurchaseImportException(m.append(". Download the template for the column names. Nothing was "
                    + "imported.").toString());
        }
    }

    void read(Consumer<Candidate> out) {
        try (var closing = csv) {
            while (hasNext()) {
                CsvRecord record = records.next();
                rowsRead++;
                Candidate c = candidate(record);
                if (c != null) {
                    out.accept(c);
                }
            }
            input.sha256Hex();
        } catch (IOException e) {
            throw UsaSpendingSource.readProblem(e);
        } catch (UncheckedIOException e) {
            throw UsaSpendingSource.readProblem(e);
        }
    }

    private boolean hasNext() {
        try {
            return records.hasNext();
        } catch (CsvParseException e) {
            throw new PurchaseImportException("The file is not valid CSV (" + e.getMessage() + "), so its rows can no "
                    + "longer be told apart. Nothing was imported.");
        } catch (UncheckedIOException e) {
            throw UsaSpendingSource.readProblem(e);
        }
    }

    private String cell(CsvRecord r, Column c) {
        Integer i = index.get(c);
        if (i == null || i >= r.getFieldCount()) {
            return null;
        }
        String v = r.getField(i).strip();
        return v.isEmpty() ? null : v;
    }

    private Candidate candidate(CsvRecord r) {
        long line = r.getStartingLineNumber();
        String orderId = cell(r, Column.ORDER_ID);
        String lineNo = cell(r, Column.ORDER_LINE);
        String key = (orderId == null ? "" : orderId) + ":" + (lineNo == null ? "" : lineNo);
        List<String> reasons = new ArrayList<>();
        if (r.getFieldCount() != headerSize) {
            rejects.add(line, key, List.of("the row has " + r.getFieldCount() + " cells but the header has "
                    + headerSize + " (a cell with a comma may have lost its quotes)"));
            return null;
        }
        if (orderId == null) {
            reasons.add("order_id is blank");
        } else {
            Cells.text("order_id", orderId, 80, reasons);
        }
        Integer orderLine = null;
        if (lineNo == null) {
            reasons.add("order_line is blank");
        } else {
            try {
                orderLine = Integer.parseInt(lineNo);
                if (orderLine < 1) {
                    reasons.add("order_line " + lineNo + " is not a whole number from 1");
                }
            } catch (NumberFormatException e) {
                reasons.add("order_line " + Cells.echo(lineNo) + " is not a whole number from 1");
            }
        }
        LocalDate date = Cells.date("order_date", cell(r, Column.ORDER_DATE), reasons);
        String marketplace = cell(r, Column.MARKETPLACE);
        String marketplaceUei = null;
        if (marketplace == null) {
            reasons.add("marketplace is blank (the marketplace's UEI or legal name)");
        } else if (Uei.isValid(marketplace)) {
            marketplaceUei = Uei.validate(marketplace).toOptional().orElseThrow();
        }
        String marketplaceName = Cells.text("marketplace_name", cell(r, Column.MARKETPLACE_NAME), 200, reasons);
        String sellerRef = Cells.text("seller_id", cell(r, Column.SELLER_ID), 100, reasons);
        String sellerName = Cells.text("seller_name", cell(r, Column.SELLER_NAME), 200, reasons);
        String sellerUei = cell(r, Column.SELLER_UEI);
        if (sellerUei != null) {
            var v = Uei.validate(sellerUei);
            v.problem().ifPresent(p -> reasons.add("seller_uei: " + p));
            sellerUei = v.toOptional().orElse(null);
        }
        String sellerCountry = Cells.country("seller_country", cell(r, Column.SELLER_COUNTRY), countries, reasons);
        String product = Cells.text("product", cell(r, Column.PRODUCT), 200, reasons);
        String description = Cells.truncate(cell(r, Column.DESCRIPTION), 500);
        BigDecimal quantity = null;
        String q = cell(r, Column.QUANTITY);
        if (q == null) {
            reasons.add("quantity is blank");
        } else {
            quantity = Cells.amount("quantity", q, reasons);
            if (quantity != null && quantity.signum() <= 0) {
                reasons.add("quantity " + q + " is not above 0");
                quantity = null;
            }
        }
        BigDecimal unitPrice = Cells.amount("unit_price", cell(r, Column.UNIT_PRICE), reasons);
        if (unitPrice != null && unitPrice.signum() < 0) {
            reasons.add("unit_price " + unitPrice.toPlainString() + " is negative (a refund has a negative total)");
        }
        BigDecimal total = Cells.amount("total", cell(r, Column.TOTAL), reasons);
        if (total == null && cell(r, Column.TOTAL) == null) {
            if (unitPrice != null && quantity != null) {
                total = Cells.checkAmount("total", quantity.multiply(unitPrice).setScale(4, RoundingMode.HALF_UP)
                        .stripTrailingZeros(), reasons);
            } else if (cell(r, Column.UNIT_PRICE) == null) {
                reasons.add("total is blank and there is no unit_price to compute it");
            }
        }
        String origin = Cells.country("country_of_origin", cell(r, Column.COUNTRY_OF_ORIGIN), countries, reasons);
        String office = cell(r, Column.OFFICE_CODE);
        if (office == null) {
            reasons.add("office_code is blank");
        } else {
            office = Cells.text("office_code", office, 20, reasons);
        }
        String officeName = Cells.truncate(cell(r, Column.OFFICE_NAME), 200);
        String payment = cell(r, Column.PAYMENT_METHOD);
        String channel = "COMMERCIAL_PLATFORM";
        if (payment != null) {
            switch (payment.toUpperCase(Locale.ROOT)) {
                case "CARD", "PURCHASE_CARD", "GPC" -> channel = "PURCHASE_CARD";
                case "PO", "ACCOUNT", "INVOICE" -> channel = "COMMERCIAL_PLATFORM";
                default -> reasons.add("payment_method " + Cells.echo(payment) + " is not CARD, PO or ACCOUNT");
            }
        }
        String piid = Cells.text("po_number", cell(r, Column.PO_NUMBER), 100, reasons);
        if (!reasons.isEmpty()) {
            rejects.add(line, key, reasons);
            return null;
        }
        return new Candidate(line, orderId + ":" + orderLine, date, total, quantity, unitPrice, channel, piid, orderId,
                origin, null, null, null, description, office, officeName == null ? office : officeName,
                marketplaceUei, marketplace, "US", marketplaceName, sellerRef, sellerName, sellerUei, sellerCountry,
                product);
    }
}
