package gov.buyamerican.portal.rules.waiver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** MIAO list column "Request_Status": whether the Made in America Office has reviewed the proposed waiver. */
public enum MiaoRequestStatus {
    /** Sent to the MIAO, not yet reviewed. */
    SUBMITTED("Submitted"),
    /** Reviewed by the MIAO; see {@link OmbDetermination}. */
    REVIEWED("Reviewed");

    private final String label;
    private final List<String> aliases;

    MiaoRequestStatus(String label, String... aliases) {
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
    public static Optional<MiaoRequestStatus> fromLabel(String raw) {
        return Labels.match(values(), e -> {
            List<String> all = new ArrayList<>(e.aliases);
            all.add(e.label);
            return all;
        }, raw);
    }
}
