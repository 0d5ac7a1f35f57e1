package gov.buyamerican.portal.vendor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a user typed into the vendor search box, turned into what the database can search fast.
 *
 * <p>Names are searched with MariaDB's full-text index in boolean mode: every word of at least
 * {@value #MIN_INDEXED_LENGTH} characters that is not a stop word must start a word of the legal or doing-business-as
 * name ({@code +steel* +works*}). Shorter words and stop words are not in the index; they become substring conditions
 * on the names ({@code LIKE '%3m%'}), applied to the rows the index found, or to all rows when no indexed word is left.
 * Legal-form words (Inc, LLC, GmbH, ...) are in most names: looking them up in the index would fetch half the table,
 * so they too are substring conditions. A single token of 4 to 12 letters and digits with at least one digit may be
 * the start of a UEI or CAGE code: when some vendor's identifier starts with it, the search looks at identifiers only.
 */
public record SearchText(String fullTextExpression, List<String> substrings, String identifierPrefix) {

    /** InnoDB's {@code innodb_ft_min_token_size} default: shorter words are not indexed. */
    static final int MIN_INDEXED_LENGTH = 3;

    /** InnoDB's default full-text stop words ({@code INFORMATION_SCHEMA.INNODB_FT_DEFAULT_STOPWORD}). */
    static final Set<String> STOP_WORDS = Set.of("a", "about", "an", "are", "as", "at", "be", "by", "com", "de", "en",
            "for", "from", "how", "i", "in", "is", "it", "la", "of", "on", "or", "that", "the", "this", "to", "was",
            "what", "when", "where", "who", "will", "with", "und", "www");

    /** Words of legal forms, found in most vendor names. */
    static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "llc", "ltd", "limited", "corp",
            "corporation", "co", "company", "plc", "gmbh", "kg", "ag", "sa", "sas", "spa", "bv", "nv", "kk", "jsc", "pvt",
            "cv", "lp", "llp", "pllc", "pc");

    public SearchText {
        substrings = List.copyOf(substrings);
    }

    public static SearchText parse(String text) {
        if (text == null || text.isBlank()) {
            return new SearchText(null, List.of(), null);
        }
        String trimmed = text.strip();
        StringBuilder expression = new StringBuilder();
        List<String> substrings = new ArrayList<>();
        for (String token : tokens(trimmed)) {
            String lower = token.toLowerCase(Locale.ROOT);
            if (token.length() >= MIN_INDEXED_LENGTH && !STOP_WORDS.contains(lower) && !LEGAL_FORMS.contains(lower)) {
                if (!expression.isEmpty()) {
                    expression.append(' ');
                }
                expression.append('+').append(lower).append('*');
            } else if (!substrings.contains(lower)) {
                substrings.add(lower);
            }
        }
        String identifier = null;
        if (trimmed.length() >= 4 && trimmed.length() <= 12 && trimmed.chars().allMatch(SearchText::isAsciiAlnum)
                // a whole UEI may be all letters; shorter letter-only text is read as a name, not a code prefix
                && (trimmed.chars().anyMatch(Character::isDigit) || trimmed.length() == 12)) {
            identifier = trimmed.toUpperCase(Locale.ROOT);
        }
        return new SearchText(expression.isEmpty() ? null : expression.toString(), substrings, identifier);
    }

    public boolean isEmpty() {
        return fullTextExpression == null && substrings.isEmpty() && identifierPrefix == null;
    }

    /** Runs of letters and digits, as InnoDB's full-text parser splits text. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
        }
        return tokens;
    }

    private static boolean isAsciiAlnum(int c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
