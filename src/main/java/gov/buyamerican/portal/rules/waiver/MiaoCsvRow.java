package gov.buyamerican.portal.rules.waiver;

import java.util.List;
import java.util.Objects;

/**
 * One data record of a MIAO waiver list file, as read by {@link MiaoCsvReader}: either parsed, or
 * rejected with the reason. Every data record of the file yields exactly one row.
 */
public sealed interface MiaoCsvRow permits MiaoCsvRow.Parsed, MiaoCsvRow.Rejected {

    /** {@return the line of the file on which the record starts (the header is line 1)} */
    long lineNumber();

    /**
     * A record that was read.
     *
     * @param lineNumber line on which the record starts
     * @param record     the typed record
     * @param notes      what the importer noticed (may be empty)
     */
    record Parsed(long lineNumber, MiaoWaiverRecord record, List<ImportNote> notes) implements MiaoCsvRow {
        /** Validates and copies. */
        public Parsed {
            Objects.requireNonNull(record, "record");
            notes = List.copyOf(notes);
        }

        /** {@return true when a note of this kind was made} */
        public boolean hasNote(ImportNote.Kind kind) {
            return notes.stream().anyMatch(n -> n.kind() == kind);
        }
    }

    /**
     * A record that could not be used.
     *
     * @param lineNumber line on which the record starts
     * @param id         the record's _id when it could be read, else null
     * @param reason     why it was rejected, in a sentence for the reader
     */
    record Rejected(long lineNumber, String id, String reason) implements MiaoCsvRow {
        /** Validates. */
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
