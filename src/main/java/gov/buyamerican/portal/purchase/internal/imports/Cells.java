package gov.buyamerican.portal.purchase.internal.imports;

import gov.buyamerican.portal.shared.identifiers.Countries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/** Checks of single cells shared by both formats; each adds a reason naming the column and returns null when bad. */
final class Cells {

    /** DECIMAL(19,4): up to 15 digits before the point, 4 after. */
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000000");

    private Cells() {
    }

    static String text(String column, String value, int max, List<String> reasons) {
        if (value == null) {
            return null;
        }
        if (value.length() > max) {
            reasons.add(column + ": longer than " + max + " characters");
            return null;
        }
        return value;
    }

    static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    static LocalDate date(String column, String value, List<String> reasons) {
        if (value == null) {
            reasons.add(column + " is blank (expected a date like 2026-03-02)");
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            reasons.add(column + " " + echo(value) + " is not a date like 2026-03-02");
            return null;
        }
    }

    /** A dollar amount: optional minus, digits, at most 4 decimals, within DECIMAL(19,4). */
    static BigDecimal amount(String column, String value, List<String> reasons) {
        if (value == null) {
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(value);
        } catch (NumberFormatException e) {
            reasons.add(column + " " + echo(value) + " is not an amount in dollars like 1250.00");
            return null;
        }
        return checkAmount(column, amount, reasons);
    }

    static BigDecimal checkAmount(String column, BigDecimal amount, List<String> reasons) {
        if (amount.scale() > 4 && amount.stripTrailingZeros().scale() > 4) {
            reasons.add(column + " " + amount.toPlainString() + " has more than 4 decimals");
            return null;
        }
        if (amount.abs().compareTo(LIMIT) >= 0) {
            reasons.add(column + " " + amount.toPlainString() + " is too large");
            return null;
        }
        return amount;
    }

    /** A country as ISO alpha-2 or alpha-3 (or a known name), which must be in the portal's country list. */
    static String country(String column, String value, Set<String> active, List<String> reasons) {
        if (value == null) {
            return null;
        }
        var alpha2 = Countries.toAlpha2(value).toOptional();
        if (alpha2.isEmpty() || !active.contains(alpha2.get())) {
            reasons.add(column + ": " + echo(value) + " is not a known country code");
            return null;
        }
        return alpha2.get();
    }

    static String echo(String value) {
        return "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'";
    }
}
