package gov.buyamerican.portal.rules.domesticcontent;

import java.util.List;
import java.util.stream.Collectors;

/** The input cannot be classified; {@link #errors()} lists every problem found, not just the first. */
public class CalculationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ValidationError> errors;

    public CalculationException(List<ValidationError> errors) {
        super(errors.stream().map(ValidationError::message).collect(Collectors.joining(" ")));
        this.errors = List.copyOf(errors);
    }

    /** Every problem found, in input order (product fields first, then component lines). */
    public List<ValidationError> errors() {
        return errors;
    }
}
