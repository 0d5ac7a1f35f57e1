package gov.buyamerican.portal.shared.identifiers;

/**
 * Rules for the SAM.gov Unique Entity ID (UEI), the identifier of every entity registered in SAM.gov.
 *
 * <p>A UEI is 12 ASCII letters and digits, case-insensitive (the normalized form is upper case), without the
 * letters O and I, not starting with 0, and without nine digits in a row (so that it cannot be mistaken for a
 * 9-digit DUNS number). The 12th character is a check character whose algorithm SAM.gov does not publish:
 * these rules check the format only, so a well-formed UEI may still not exist; confirm existence through
 * SAM.gov.
 *
 * <p>Normalization trims leading and trailing whitespace (including no-break and zero-width spaces) and upper-cases; it does not remove spaces or dashes
 * inside the value, which are reported instead.
 */
public final class Uei {

    /** Number of characters of a UEI. */
    public static final int LENGTH = 12;

    /** A run of this many digits is not allowed. */
    public static final int MAX_DIGIT_RUN = 8;

    private Uei() {
    }

    /**
     * Checks a UEI and normalizes it.
     *
     * @param input raw input, may be null
     * @return the trimmed, upper-cased UEI, or the first problem found, in this order: missing, a character
     *         that is not an ASCII letter or digit, wrong length, letter O or I, leading 0, nine digits in a row
     */
    public static Validation<String> validate(String input) {
        String value = Chars.trim(input);
        if (value.isEmpty()) {
            return Validation.invalid("UEI is required");
        }
        int bad = Chars.firstNonAlphanumeric(value);
        if (bad >= 0) {
            return Validation.invalid("UEI can contain only letters and digits (found " + Chars.describe(value, bad) + ")");
        }
        if (value.length() != LENGTH) {
            String hint = value.length() == 9 && Chars.firstNonDigit(value) < 0
                    ? "; a 9-digit DUNS number is not a UEI" : "";
            return Validation.invalid("UEI must be 12 letters and digits (got " + value.length() + hint + ")");
        }
        String upper = Chars.asciiUpperCase(value);
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (c == 'O' || c == 'I') {
                return Validation.invalid("UEI cannot contain the letter O or I (found " + c + " at position " + (i + 1) + ")");
            }
        }
        if (upper.charAt(0) == '0') {
            return Validation.invalid("UEI cannot start with 0");
        }
        if (longestDigitRun(upper) > MAX_DIGIT_RUN) {
            return Validation.invalid("UEI cannot contain nine digits in a row");
        }
        return Validation.valid(upper);
    }

    /**
     * @param input raw input, may be null
     * @return true if {@link #validate(String)} accepts it
     */
    public static boolean isValid(String input) {
        return validate(input).isValid();
    }

    static int longestDigitRun(String s) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = Chars.isAsciiDigit(s.charAt(i)) ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
