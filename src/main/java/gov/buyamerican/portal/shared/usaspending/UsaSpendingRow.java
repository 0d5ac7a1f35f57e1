package gov.buyamerican.portal.shared.usaspending;

/**
 * What {@link UsaSpendingCsvReader} yields for each data row of a file: a {@link TransactionRow} or a
 * {@link RowProblem}.
 *
 * <pre>{@code
 * switch (row) {
 *     case TransactionRow(long line, UsaSpendingTransaction transaction) -> ...
 *     case RowProblem(long line, List<String> reasons) -> ...
 * }
 * }</pre>
 */
public sealed interface UsaSpendingRow permits TransactionRow, RowProblem {

    /**
     * @return the 1-based physical line on which the row starts in the file (the header is line 1; a cell
     *         with line breaks inside quotes makes later rows start further down)
     */
    long line();
}
