package gov.buyamerican.portal.rules.waiver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** MIAO list column "Waiver_Coverage". "N/A" in the list is read as no value ({@code null}). */
public enum WaiverCoverage {
    /** One procurement. */
    INDIVIDUAL("Individual Waiver", "Individual"),
    /** Several procurements. */
    MULTI_PROCUREMENT("Multi-procurement Waiver", "Multi-procurement", "Multiple procurement waiver",
            "Multiple procurements");

    private final String label;
    private final List<String> aliases;

    WaiverCoverage(String label, String... aliases) {
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
    public static Optional<WaiverCoverage> fromLabel(String raw) {
        return Labels.match(values(), e -> {
            List<String> all = new ArrayList<>(e.aliases);
            all.add(e.label);
            return all;
        }, raw);
    }
}
