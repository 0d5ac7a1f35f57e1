package gov.buyamerican.portal.shared.identifiers;

/**
 * Rules for the CAGE code (Commercial and Government Entity code; NCAGE outside the US), assigned to an entity
 * with its SAM.gov registration.
 *
 * <p>A CAGE code is 5 ASCII letters and digits; the normalized form is trimmed and upper case. Only that format
 * is checked. Country-specific shapes (a US code starts and ends with a digit, foreign NCAGE codes carry a
 * national letter, the letters I and O are said not to be issued) are deliberately not enforced: they could not
 * be confirmed from an authoritative source and vary by issuing country, and a false rejection would block a
 * legitimate vendor.
 */
public final class CageCode {

    /** Number of characters of a CAGE code. */
    public static final int LENGTH = 5;

    private CageCode() {
    }

    /**
     * Checks a CAGE code and normalizes it.
     *
     * @param input raw input, may be null
     * @return the trimmed, upper-cased code, or the first problem found
     */
    public static Validation<String> validate(String input) {
        String value = Chars.trim(input);
        if (value.isEmpty()) {
            return Validation.invalid("CAGE code is required");
        }
        int bad = Chars.firstNonAlphanumeric(value);
        if (bad >= 0) {
            return Validation.invalid("CAGE code can contain only letters and digits (found " + Chars.describe(value, bad) + ")");
        }
        if (value.length() != LENGTH) {
            return Validation.invalid("CAGE code must be 5 letters and digits (got " + value.length() + ")");
        }
        return Validation.valid(Chars.asciiUpperCase(value));
    }

    /**
     * @param input raw input, may be null
     * @return true if {@link #validate(String)} accepts it
     */
    public static boolean isValid(String input) {
        return validate(input).isValid();
    }
}
