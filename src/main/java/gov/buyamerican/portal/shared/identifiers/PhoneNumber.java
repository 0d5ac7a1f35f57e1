package gov.buyamerican.portal.shared.identifiers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient rules for a telephone number typed into a form or read from a data file: accepts the usual ways of
 * writing a number ({@code (703) 372-0828}, {@code 703.372.0828}, {@code +44 20 7946 0958},
 * {@code 7033720828 ext. 12}) and refuses only what cannot be a phone number.
 *
 * <p>Accepted: digits with spaces and {@code ( ) - . /} as separators, an optional leading {@code +}, 7 to 15
 * digits in all (15 is the E.164 maximum), optionally followed by an extension written {@code x}, {@code ext},
 * {@code ext.}, {@code extension} or {@code #} and 1 to 6 digits.
 *
 * <p>Normalization, so that equal numbers compare equal where that is knowable:
 * <ul>
 *   <li>with a leading {@code +}: {@code +} and the digits ({@code +442079460958});</li>
 *   <li>10 digits whose first is 2-9, or 11 digits starting with 1 then 2-9: a North American (NANP) number,
 *       written {@code +1} and the 10 digits, since this portal serves a US agency;</li>
 *   <li>anything else: the input as typed, trimmed, with runs of whitespace collapsed (the country cannot be
 *       known, so the digits are not reinterpreted);</li>
 *   <li>an extension is appended as {@code " x"} and its digits.</li>
 * </ul>
 */
public final class PhoneNumber {

    /** Fewest digits accepted (a local number without area code). */
    public static final int MIN_DIGITS = 7;

    /** Most digits accepted (E.164). */
    public static final int MAX_DIGITS = 15;

    private static final Pattern EXTENSION = Pattern.compile(
            "^(.*?)[\\s,;]*(?:extension|ext\\.?|x|#)\\s*(\\d{1,6})$", Pattern.CASE_INSENSITIVE);

    private PhoneNumber() {
    }

    /**
     * Checks a phone number and normalizes it (see the class comment).
     *
     * @param input raw input, may be null
     * @return the normalized number, or the first problem found
     */
    public static Validation<String> validate(String input) {
        String value = Chars.trim(input);
        if (value.isEmpty()) {
            return Validation.invalid("Phone number is required");
        }
        String main = value;
        String extension = "";
        Matcher m = EXTENSION.matcher(value);
        if (m.matches() && !m.group(1).isBlank()) {
            main = Chars.trim(m.group(1));
            extension = m.group(2);
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < main.length(); i++) {
            char c = main.charAt(i);
            if (Chars.isAsciiDigit(c)) {
                digits.append(c);
            } else if (c == '+' && i == 0) {
                continue;
            } else if (c == '+') {
                return Validation.invalid("Phone number can have + only at the start");
            } else if (" ()-./".indexOf(c) < 0 && !Character.isSpaceChar(c)) {
                return Validation.invalid("Phone number can contain only digits, spaces and + ( ) - . / (found "
                        + Chars.describe(main, i) + ")");
            }
        }
        if (digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS) {
            return Validation.invalid("Phone number must have " + MIN_DIGITS + " to " + MAX_DIGITS
                    + " digits (got " + digits.length() + ")");
        }
        String normalized;
        if (main.startsWith("+")) {
            normalized = "+" + digits;
        } else if (isNanp(digits)) {
            normalized = "+1" + digits.substring(digits.length() - 10);
        } else {
            normalized = main.replaceAll("[\\s\\p{Zs}]+", " ");
        }
        return Validation.valid(extension.isEmpty() ? normalized : normalized + " x" + extension);
    }

    /**
     * @param input raw input, may be null
     * @return true if {@link #validate(String)} accepts it
     */
    public static boolean isValid(String input) {
        return validate(input).isValid();
    }

    private static boolean isNanp(CharSequence digits) {
        if (digits.length() == 10) {
            return digits.charAt(0) >= '2';
        }
        return digits.length() == 11 && digits.charAt(0) == '1' && digits.charAt(1) >= '2';
    }
}
