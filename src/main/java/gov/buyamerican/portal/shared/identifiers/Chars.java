package gov.buyamerican.portal.shared.identifiers;

/**
 * ASCII character tests and message fragments shared by the rules of this package.
 *
 * <p>The rules test ASCII ranges explicitly instead of {@link Character#isLetterOrDigit(char)}: that method
 * accepts letters and digits of every script (full-width digits, the Turkish dotless i), which no federal
 * identifier contains, and which {@link String#toUpperCase} would turn into look-alike ASCII letters.
 */
final class Chars {

    private Chars() {
    }

    /**
     * Removes leading and trailing whitespace, including the no-break spaces and zero-width characters that
     * copying from web pages and spreadsheets leaves behind (which {@link String#strip()} keeps).
     *
     * @return the trimmed text, or "" for null
     */
    static String trim(String s) {
        if (s == null) {
            return "";
        }
        int start = 0;
        int end = s.length();
        while (start < end && isEdgeBlank(s.charAt(start))) {
            start++;
        }
        while (end > start && isEdgeBlank(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isEdgeBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiDigit(c) || isAsciiLetter(c);
    }

    /**
     * Upper-cases ASCII letters only; safe to call after a check that every character is ASCII.
     */
    static String asciiUpperCase(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'a' && chars[i] <= 'z') {
                chars[i] = (char) (chars[i] - ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    /** Index of the first character that is not an ASCII letter or digit, or -1. */
    static int firstNonAlphanumeric(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isAsciiLetterOrDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first character that is not an ASCII digit, or -1. */
    static int firstNonDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Describes the code point at {@code index} for a message: "a space", "'-'", "'é'". */
    static String describe(String s, int index) {
        int cp = s.codePointAt(index);
        if (cp == ' ') {
            return "a space";
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return "a blank character";
        }
        if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
            return "an invisible control character";
        }
        return "'" + Character.toString(cp) + "'";
    }

    /** Quotes user input for a message, shortened to 20 characters. */
    static String quote(String s) {
        return "\"" + (s.length() > 20 ? s.substring(0, 20) + "…" : s) + "\"";
    }

    /** Number of Unicode code points, the length a user would count. */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
