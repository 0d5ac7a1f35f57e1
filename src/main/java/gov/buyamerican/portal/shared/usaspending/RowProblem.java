package gov.buyamerican.portal.shared.usaspending;

import java.util.List;

/**
 * A data row that failed one or more checks; the import reports it and goes on with the next row.
 *
 * @param line    1-based physical line on which the row starts, for the rejected-rows report
 * @param reasons every problem found in the row, each naming its column, e.g.
 *                {@code "recipient_uei: UEI cannot start with 0"}; never empty
 */
public record RowProblem(long line, List<String> reasons) implements UsaSpendingRow {

    /** @throws IllegalArgumentException if there is no reason */
    public RowProblem {
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a row problem needs at least one reason");
        }
    }
}
