package gov.buyamerican.portal.shared.usaspending;

import java.util.Objects;

/**
 * A data row that passed every check.
 *
 * @param line        1-based physical line on which the row starts
 * @param transaction the typed row
 */
public record TransactionRow(long line, UsaSpendingTransaction transaction) implements UsaSpendingRow {

    /** @throws NullPointerException if {@code transaction} is null */
    public TransactionRow {
        Objects.requireNonNull(transaction, "transaction");
    }
}
