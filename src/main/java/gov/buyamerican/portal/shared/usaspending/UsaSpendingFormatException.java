package gov.buyamerican.portal.shared.usaspending;

import java.io.Serial;
import java.util.List;

/**
 * The file as a whole cannot be read as a USAspending contract transactions CSV file: it is empty, binary, a
 * ZIP archive, lacks required columns, or breaks the CSV syntax so that rows can no longer be told apart.
 *
 * <p>The message is written for the person who uploaded the file. Thrown by
 * {@link UsaSpendingCsvReader#open(java.io.InputStream)} for header problems, and while iterating for a CSV
 * syntax error further down (rows before it have been yielded already; an all-or-nothing import discards
 * them).
 */
public final class UsaSpendingFormatException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long line;
    @SuppressWarnings("serial") // always a List.copyOf result, which is serializable
    private final List<String> missingColumns;

    UsaSpendingFormatException(String message, long line, List<String> missingColumns, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.missingColumns = List.copyOf(missingColumns);
    }

    UsaSpendingFormatException(String message) {
        this(message, 0, List.of(), null);
    }

    /** @return the 1-based line where the problem was found, or 0 if it concerns the whole file */
    public long line() {
        return line;
    }

    /** @return the required columns absent from the header, in the reader's order; empty for other problems */
    public List<String> missingColumns() {
        return missingColumns;
    }
}
