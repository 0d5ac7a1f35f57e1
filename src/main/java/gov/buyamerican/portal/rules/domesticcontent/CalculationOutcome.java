package gov.buyamerican.portal.rules.domesticcontent;

import java.util.List;
import java.util.Objects;

/**
 * Either a result or the list of input problems, for callers (forms) that prefer a value to an
 * exception:
 *
 * <pre>{@code
 * switch (calculator.evaluate(product, parameters)) {
 *     case CalculationOutcome.Calculated(var result) -> show(result);
 *     case CalculationOutcome.Refused(var errors) -> markFields(errors);
 * }
 * }</pre>
 */
public sealed interface CalculationOutcome {

    /** The product was classified. */
    record Calculated(DomesticContentResult result) implements CalculationOutcome {
        public Calculated {
            Objects.requireNonNull(result, "result");
        }
    }

    /** The input was refused; nothing was classified. */
    record Refused(List<ValidationError> errors) implements CalculationOutcome {
        public Refused {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs at least one error");
            }
        }
    }
}
