package gov.buyamerican.portal.rules.waiver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MIAO list column "OMB_Determination": the outcome of the Made in America Office review. "N/A"
 * (not reviewed yet) is read as no value ({@code null}).
 */
public enum OmbDetermination {
    /** The waiver is consistent with policy. */
    CONSISTENT("Consistent with Policy"),
    /** The waiver is consistent with policy under conditions. */
    CONDITIONALLY_CONSISTENT("Conditionally Consistent with Policy", "Consistent with Policy, with conditions"),
    /** The waiver is inconsistent with policy. */
    INCONSISTENT("Inconsistent with Policy");

    private final String label;
    private final List<String> aliases;

    OmbDetermination(String label, String... aliases) {
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
    public static Optional<OmbDetermination> fromLabel(String raw) {
        return Labels.match(values(), e -> {
            List<String> all = new ArrayList<>(e.aliases);
            all.add(e.label);
            return all;
        }, raw);
    }
}
