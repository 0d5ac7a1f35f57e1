package gov.buyamerican.portal.shared.identifiers;

/**
 * Rules for a NAICS code (North American Industry Classification System) as used in federal procurement: a
 * 6-digit national industry code. Shorter codes (sectors, subsectors) are not accepted, because a contract
 * action and a SAM.gov registration always carry the 6-digit code. Whether the code exists in a given NAICS
 * edition is a reference-table question, not checked here.
 */
public final class NaicsCode {

    /** Number of digits of a NAICS code. */
    public static final int LENGTH = 6;

    private NaicsCode() {
    }

    /**
     * Checks a NAICS code and normalizes it (trimmed).
     *
     * @param input raw input, may be null
     * @return the trimmed code, or the first problem found
     */
    public static Validation<String> validate(String input) {
        String value = Chars.trim(input);
        if (value.isEmpty()) {
            return Validation.invalid("NAICS code is required");
        }
        int bad = Chars.firstNonDigit(value);
        if (bad >= 0) {
            return Validation.invalid("NAICS code can contain only digits (found " + Chars.describe(value, bad) + ")");
        }
        if (value.length() != LENGTH) {
            return Validation.invalid("NAICS code must be 6 digits (got " + value.length() + ")");
        }
        return Validation.valid(value);
    }

    /**
     * @param input raw input, may be null
     * @return true if {@link #validate(String)} accepts it
     */
    public static boolean isValid(String input) {
        return validate(input).isValid();
    }
}
