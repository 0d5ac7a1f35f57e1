package gov.buyamerican.portal.rules.waiver;

/**
 * Cleaning of the MIAO list's texts. The published file carries characters that mean nothing to a
 * reader: private-use code points (U+100078, used as bullets by the source system), invisible
 * direction marks (U+202C), tabs, runs of spaces, trailing blanks.
 *
 * <ul>
 *   <li>Removed: private-use characters, format characters (bidirectional marks, zero-width
 *       spaces, byte order marks, soft hyphens), lone surrogates, control characters.</li>
 *   <li>Line breaks: CR LF, CR, NEL, U+2028 and U+2029 become LF. They are kept in multi-line
 *       columns and become a space elsewhere.</li>
 *   <li>Other white space (tab, no-break space, ...) becomes a plain space; runs of spaces become
 *       one; each line is trimmed; leading and trailing empty lines go. Empty lines between
 *       paragraphs stay.</li>
 *   <li>Nothing left: {@code null}.</li>
 * </ul>
 *
 * <p>Cleaning is idempotent: cleaning a cleaned text changes nothing, so a written and re-read
 * record equals the original.
 */
final class MiaoText {

    private MiaoText() {
    }

    /**
     * Result of cleaning.
     *
     * @param value   the cleaned text, or null when nothing is left
     * @param removed how many invisible or private-use characters were removed
     */
    record Cleaned(String value, int removed) {
    }

    /** {@return the cleaned text, null when nothing is left} */
    static String clean(String raw, boolean multiLine) {
        return cleanCounting(raw, multiLine).value();
    }

    /** Cleans and counts the removed characters (white-space changes are not counted). */
    static Cleaned cleanCounting(String raw, boolean multiLine) {
        if (raw == null) {
            return new Cleaned(null, 0);
        }
        StringBuilder b = new StringBuilder(raw.length());
        int removed = 0;
        int i = 0;
        int n = raw.length();
        while (i < n) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                if (i < n && raw.charAt(i) == '\n') {
                    i++;
                }
                b.append(multiLine ? '\n' : ' ');
            } else if (cp == '\n' || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
                b.append(multiLine ? '\n' : ' ');
            } else if (cp == '\t' || cp == 0x0B || cp == '\f' || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                b.append(' ');
            } else {
                int type = Character.getType(cp);
                if (type == Character.PRIVATE_USE || type == Character.FORMAT || type == Character.SURROGATE
                        || type == Character.CONTROL) {
                    removed++;
                } else {
                    b.appendCodePoint(cp);
                }
            }
        }
        String[] lines = b.toString().split("\n", -1);
        StringBuilder out = new StringBuilder(b.length());
        for (int l = 0; l < lines.length; l++) {
            if (l > 0) {
                out.append('\n');
            }
            out.append(lines[l].replaceAll(" {2,}", " ").strip());
        }
        String value = out.toString().strip();
        return new Cleaned(value.isEmpty() ? null : value, removed);
    }
}
