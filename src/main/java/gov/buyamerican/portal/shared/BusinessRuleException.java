package gov.buyamerican.portal.shared;

/**
 * A request that breaks a business rule (e.g. a duplicate UEI, a forbidden state change). Its message is written for
 * the user and is shown as it is.
 */
public class BusinessRuleException extends RuntimeException {
    private final String field;

    public BusinessRuleException(String message) {
        this(null, message);
    }

    /** @param field the form field the message belongs next to, or null */
    public BusinessRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
