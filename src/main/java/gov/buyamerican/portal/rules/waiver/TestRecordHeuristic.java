package gov.buyamerican.portal.rules.waiver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Spots MIAO list entries that look like tests rather than real waivers. The published list holds
 * some (titles "asdf", "TEST", "title"; summaries "Summary", "tereww"; a funding agency named
 * "TEST NATIONAL INSTITUTES OF HEALTH"). The result is only a note for the person importing: the
 * record is still read, because a heuristic can be wrong.
 *
 * <p>A text is placeholder text when, as a whole, it is one of a few stock words (test, title,
 * summary, example, sample, tbd, ...) or a single short "word" typed along one keyboard row
 * (asdf, sdf, tereww).
 */
final class TestRecordHeuristic {

    private static final Set<String> STOCK_WORDS = Set.of(
            "test", "testing", "tests", "title", "summary", "example", "sample", "tbd", "xxx", "xx", "x",
            "placeholder", "lorem ipsum", "foo", "bar", "dummy");
    private static final String[] KEYBOARD_ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

    private TestRecordHeuristic() {
    }

    /** {@return why the record looks like a test, one sentence per sign; empty when it does not} */
    static List<String> reasons(MiaoWaiverRecord r) {
        List<String> reasons = new ArrayList<>();
        agency("contracting office agency", r.contractingOfficeAgencyName(), reasons);
        agency("funding agency", r.fundingAgencyName(), reasons);
        placeholder("procurement title", r.procurementTitle(), reasons);
        placeholder("summary of the procurement", r.summaryOfProcurement(), reasons);
        placeholder("waiver rationale", r.waiverRationaleSummary(), reasons);
        return reasons;
    }

    private static void agency(String what, String name, List<String> reasons) {
        if (name != null && name.toUpperCase(Locale.ROOT).matches("TEST\\b.*")) {
            reasons.add("The " + what + " is named \"" + name + "\".");
        }
    }

    private static void placeholder(String what, String text, List<String> reasons) {
        if (text != null && isPlaceholder(text)) {
            reasons.add("The " + what + " is placeholder text: \"" + text + "\".");
        }
    }

    static boolean isPlaceholder(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (STOCK_WORDS.contains(t)) {
            return true;
        }
        if (!t.matches("[a-z]{2,12}")) {
            return false;
        }
        for (String row : KEYBOARD_ROWS) {
            if (t.chars().allMatch(c -> row.indexOf(c) >= 0)) {
                return true;
            }
        }
        return false;
    }
}
