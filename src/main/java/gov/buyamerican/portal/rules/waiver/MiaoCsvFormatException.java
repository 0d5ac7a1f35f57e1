package gov.buyamerican.portal.rules.waiver;

import java.io.Serial;

/**
 * The file as a whole cannot be read as a MIAO waiver list: it is empty, its header is not the
 * MIAO header, or its CSV structure is broken in the middle of the file. Nothing from such a file
 * should be imported.
 */
public final class MiaoCsvFormatException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, for the person running the import */
    public MiaoCsvFormatException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong
     * @param cause   the underlying parser error
     */
    public MiaoCsvFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
