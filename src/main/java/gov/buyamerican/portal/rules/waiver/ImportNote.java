package gov.buyamerican.portal.rules.waiver;

import java.util.Objects;

/**
 * Something the importer noticed in a record it could still read: shown to the person running the
 * import, kept with the import log. A note never changes whether a record is usable.
 *
 * @param kind    what kind of observation
 * @param column  the column concerned, or null for the whole record
 * @param message a sentence for the reader
 */
public record ImportNote(Kind kind, MiaoColumn column, String message) {

    /** Kinds of notes. */
    public enum Kind {
        /** Private-use, invisible formatting or control characters were removed from a text. */
        CHARACTERS_REMOVED,
        /** The file was not valid UTF-8 at this place; the bad bytes show as U+FFFD. */
        INVALID_ENCODING,
        /** Part of a value could not be used and was left out (e.g. an unreadable country entry). */
        VALUE_DROPPED,
        /** A value was accepted in an unusual form (e.g. PIIDs as plain text instead of JSON). */
        UNUSUAL_FORM,
        /** Another record in the same file has the same _id. */
        DUPLICATE_ID,
        /** The record looks like a test entry (placeholder text, an agency named "TEST ..."). */
        SUSPECTED_TEST_RECORD
    }

    /** Validates. */
    public ImportNote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return kind + (column == null ? "" : " [" + column.header() + "]") + ": " + message;
    }
}
