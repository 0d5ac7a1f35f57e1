package gov.buyamerican.portal.rules.waiver;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MIAO list column "Expected_Maximum_Duration_Of_The_Request_Waiver". "N/A" in the list is read as
 * no value ({@code null}). The portal expires an approved waiver at the end of this duration.
 */
public enum ExpectedWaiverDuration {
    /** Only for an immediate delivery. */
    INSTANT_DELIVERY_ONLY("Instant Delivery Only", "Instant Delivery"),
    /** Up to six months. */
    UP_TO_6_MONTHS("0 - 6 months", "0 to 6 months", "Up to 6 months"),
    /** Six months to one year. */
    BETWEEN_6_MONTHS_AND_1_YEAR("Between 6 months and 1 year", "6 months - 1 year", "6 months to 1 year"),
    /** One to two years. */
    BETWEEN_1_AND_2_YEARS("Between 1 and 2 years", "1 - 2 years", "1 to 2 years"),
    /** Two to three years. */
    BETWEEN_2_AND_3_YEARS("Between 2 and 3 years", "2 - 3 years", "2 to 3 years"),
    /** Three to five years. */
    BETWEEN_3_AND_5_YEARS("Between 3 and 5 years", "3 - 5 years", "3 to 5 years"),
    /** More than five years. */
    MORE_THAN_5_YEARS("More than 5 years", "Over 5 years", "5+ years");

    private final String label;
    private final List<String> aliases;

    ExpectedWaiverDuration(String label, String... aliases) {
        this.label = label;
        this.aliases = List.of(aliases);
    }

    /** {@return the value exactly as the MIAO list spells it} */
    public String label() {
        return label;
    }

    /**
     * {@return the constant for a value read from the MIAO list, ignoring case, spacing and
     * dashes, and accepting the known variant spellings; empty when unknown}
     */
    public static Optional<ExpectedWaiverDuration> fromLabel(String raw) {
        return Labels.match(values(), e -> {
            List<String> all = new ArrayList<>(e.aliases);
            all.add(e.label);
            return all;
        }, raw);
    }

    /**
     * {@return the longest period the waiver may last, for the portal's expiry job; empty when
     * the range is open-ended (more than five years) or the waiver covers only an instant delivery
     * (it ends with the delivery, not on a date)}
     */
    public Optional<Period> upperBound() {
        return switch (this) {
            case INSTANT_DELIVERY_ONLY, MORE_THAN_5_YEARS -> Optional.empty();
            case UP_TO_6_MONTHS -> Optional.of(Period.ofMonths(6));
            case BETWEEN_6_MONTHS_AND_1_YEAR -> Optional.of(Period.ofYears(1));
            case BETWEEN_1_AND_2_YEARS -> Optional.of(Period.ofYears(2));
            case BETWEEN_2_AND_3_YEARS -> Optional.of(Period.ofYears(3));
            case BETWEEN_3_AND_5_YEARS -> Optional.of(Period.ofYears(5));
        };
    }
}
