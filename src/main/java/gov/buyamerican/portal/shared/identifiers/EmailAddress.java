package gov.buyamerican.portal.shared.identifiers;

import java.net.IDN;
import java.util.Locale;

/**
 * Pragmatic rules for an e-mail address typed into a form: catches the mistakes people make (missing @,
 * missing domain, spaces, a trailing dot) without trying to implement all of RFC 5322, whose quoted local
 * parts and comments no vendor contact uses.
 *
 * <p>Accepted: {@code local@domain} where the local part is at most 64 characters from the RFC 5322
 * "dot-atom" set (ASCII letters, digits and {@code !#$%&'*+/=?^_`{|}~-}, dots not first, last or doubled), and
 * the domain has at least two labels, each valid host-name label (internationalized domain names are accepted
 * and checked through their ASCII form), the last one alphabetic with at least two characters. At most 254
 * characters in all. Domain literals ({@code user@[192.0.2.1]}) are refused.
 *
 * <p>Normalization trims and lower-cases the domain; the local part keeps its case, since mail servers may
 * treat it as case-sensitive. Compare addresses case-insensitively where needed.
 */
public final class EmailAddress {

    /** Maximum length of a whole address (RFC 5321 path limit minus the angle brackets). */
    public static final int MAX_LENGTH = 254;

    /** Maximum length of the part before @ (RFC 5321). */
    public static final int MAX_LOCAL_LENGTH = 64;

    private static final String LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~-.";

    private EmailAddress() {
    }

    /**
     * Checks an e-mail address and normalizes it.
     *
     * @param input raw input, may be null
     * @return the trimmed address with a lower-case domain, or the first problem found
     */
    public static Validation<String> validate(String input) {
        String value = Chars.trim(input);
        if (value.isEmpty()) {
            return Validation.invalid("E-mail address is required");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                return Validation.invalid("E-mail address cannot contain spaces");
            }
        }
        if (Chars.length(value) > MAX_LENGTH) {
            return Validation.invalid("E-mail address is too long (at most " + MAX_LENGTH + " characters)");
        }
        int at = value.indexOf('@');
        if (at < 0) {
            return Validation.invalid("E-mail address must contain @ (like name@agency.gov)");
        }
        if (value.indexOf('@', at + 1) >= 0) {
            return Validation.invalid("E-mail address can contain only one @");
        }
        String local = value.substring(0, at);
        String domain = value.substring(at + 1);
        if (local.isEmpty()) {
            return Validation.invalid("E-mail address needs a name before @");
        }
        if (domain.isEmpty()) {
            return Validation.invalid("E-mail address needs a domain after @ (like agency.gov)");
        }
        String localProblem = localPartProblem(local);
        if (localProblem != null) {
            return Validation.invalid(localProblem);
        }
        String domainProblem = domainProblem(domain);
        if (domainProblem != null) {
            return Validation.invalid(domainProblem);
        }
        return Validation.valid(local + "@" + domain.toLowerCase(Locale.ROOT));
    }

    /**
     * @param input raw input, may be null
     * @return true if {@link #validate(String)} accepts it
     */
    public static boolean isValid(String input) {
        return validate(input).isValid();
    }

    private static String localPartProblem(String local) {
        if (Chars.length(local) > MAX_LOCAL_LENGTH) {
            return "The part before @ can have at most " + MAX_LOCAL_LENGTH + " characters";
        }
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (!Chars.isAsciiLetterOrDigit(c) && LOCAL_SPECIALS.indexOf(c) < 0) {
                return "The part before @ cannot contain " + Chars.describe(local, i);
            }
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return "The part before @ cannot start or end with a dot or contain two dots in a row";
        }
        return null;
    }

    private static String domainProblem(String domain) {
        if (domain.startsWith("[")) {
            return "The domain after @ must be a name (like agency.gov), not an address in brackets";
        }
        if (!domain.contains(".")) {
            return "The domain after @ must contain a dot (like agency.gov)";
        }
        if (domain.startsWith(".") || domain.endsWith(".") || domain.contains("..")) {
            return "The domain after @ cannot start or end with a dot or contain two dots in a row";
        }
        String ascii;
        try {
            ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            return "The domain after @ is not a valid domain name";
        }
        for (String label : ascii.split("\\.", -1)) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
                return "The domain after @ is not a valid domain name";
            }
        }
        String tld = ascii.substring(ascii.lastIndexOf('.') + 1);
        boolean alphabetic = tld.chars().allMatch(c -> Chars.isAsciiLetter((char) c));
        if (!(tld.startsWith("xn--") || (alphabetic && tld.length() >= 2))) {
            return "The domain after @ must end with a top-level domain like .gov or .com";
        }
        return null;
    }
}
