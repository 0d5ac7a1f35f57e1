package gov.buyamerican.portal.rules.domesticcontent;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The threshold a rule compared against, and in which direction.
 *
 * @param percent    the threshold in percent, e.g. {@code 65}
 * @param comparison how the share must relate to it to pass
 */
public record AppliedThreshold(BigDecimal percent, Comparison comparison) {

    /** The direction of a threshold test. */
    public enum Comparison {
        /** The share must be strictly greater than the threshold (domestic content tests). */
        STRICTLY_GREATER_THAN(">"),
        /** The share must be strictly less than the threshold (foreign iron and steel test). */
        LESS_THAN("<");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        /** {@code ">"} or {@code "<"}. */
        public String symbol() {
            return symbol;
        }
    }

    public AppliedThreshold {
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(comparison, "comparison");
    }

    /** E.g. {@code "> 65%"}. */
    @Override
    public String toString() {
        return comparison.symbol() + " " + Formats.thresholdPercent(percent);
    }
}
