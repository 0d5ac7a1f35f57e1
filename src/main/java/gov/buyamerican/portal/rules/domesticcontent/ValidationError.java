package gov.buyamerican.portal.rules.domesticcontent;

import java.util.Objects;
import java.util.Optional;

/**
 * One input problem, fit to show next to the form field it concerns.
 *
 * @param field          the input's path, e.g. {@code "kind"} or {@code "components[2].cost"}
 *                       (index from 0, as in the list)
 * @param componentIndex the component's index in the list (from 0), or {@code null} for a product
 *                       field; messages name the line as index + 1 ("Line 3")
 * @param message        a sentence for the user
 */
public record ValidationError(String field, Integer componentIndex, String message) {

    public ValidationError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    static ValidationError ofProduct(String field, String message) {
        return new ValidationError(field, null, message);
    }

    static ValidationError ofComponent(int index, String property, String message) {
        return new ValidationError("components[" + index + "]" + (property == null ? "" : "." + property), index, message);
    }

    /** The line number as users see it (index + 1), for component errors. */
    public Optional<Integer> lineNumber() {
        return Optional.ofNullable(componentIndex).map(i -> i + 1);
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
