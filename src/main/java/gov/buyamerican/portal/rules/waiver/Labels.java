package gov.buyamerican.portal.rules.waiver;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Tolerant matching of the MIAO list's coded values: case, spaces, hyphens and dashes (‐ – —) and
 * other punctuation are ignored, so "Pre-solicitation", "pre solicitation" and "PRE–SOLICITATION"
 * all match, and "0 - 6 months" matches "0-6 months".
 */
final class Labels {

    private Labels() {
    }

    /** {@return the matching key of a label: lower-case letters and digits only} */
    static String key(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.toLowerCase(Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(b::appendCodePoint);
        return b.toString();
    }

    /** {@return the constant whose label or alias matches {@code raw}} */
    static <E extends Enum<E>> Optional<E> match(E[] values, Function<E, List<String>> spellings, String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String k = key(raw);
        if (k.isEmpty()) {
            return Optional.empty();
        }
        for (E e : values) {
            for (String spelling : spellings.apply(e)) {
                if (key(spelling).equals(k)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /** {@return true for "N/A", "NA", "n/a", "Not applicable"} */
    static boolean isNotApplicable(String raw) {
        if (raw == null) {
            return false;
        }
        String k = key(raw);
        return k.equals("na") || k.equals("notapplicable");
    }
}
