package gov.buyamerican.portal.rules.waiver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** MIAO list column "Procurement_Stage": when in the procurement the waiver is proposed. */
public enum ProcurementStage {
    /** Before the solicitation is issued. */
    PRE_SOLICITATION("Pre-solicitation", "Presolicitation"),
    /** After the solicitation, before award. */
    POST_SOLICITATION("Post-solicitation", "Postsolicitation");

    private final String label;
    private final List<String> aliases;

    ProcurementStage(String label, String... aliases) {
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
    public static Optional<ProcurementStage> fromLabel(String raw) {
        return Labels.match(values(), e -> {
            List<String> all = new ArrayList<>(e.aliases);
            all.add(e.label);
            return all;
        }, raw);
    }
}
