package gov.buyamerican.portal.rules.waiver;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

/**
 * Reads a Made in America Office public waiver list export (CSV, UTF-8), one record at a time.
 *
 * <h2>Whole-file checks (refused with {@link MiaoCsvFormatException})</h2>
 * <ul>
 *   <li>The file is empty, or its header lacks any of the 26 MIAO columns ({@link MiaoColumn}),
 *       or names one twice. Column names are matched ignoring case and surrounding blanks, in any
 *       order; extra columns are ignored and listed by {@link #ignoredColumns()}. A UTF-8 byte
 *       order mark is skipped.</li>
 *   <li>The CSV structure breaks in the middle of the file (e.g. a character after a closing
 *       quote). The records already returned stay valid, but the import should be abandoned.</li>
 * </ul>
 *
 * <h2>Per record: {@link MiaoCsvRow.Parsed} or {@link MiaoCsvRow.Rejected}</h2>
 * A record is rejected, with its line and (if readable) _id, when it has no _id, has a different
 * number of fields than the header, or holds a value that cannot be read: an unknown coded value
 * (stage, coverage, duration, status, determination, state), a date that is not a date, Yes/No
 * that is neither, a JSON cell that is not JSON. A file cut off inside a quoted field yields a
 * rejection for its last record, saying where the cut is, rather than an error.
 *
 * <p>Everything else is read, and what was adjusted is reported as {@link ImportNote}s: texts are
 * cleaned ({@link MiaoText}: private-use and invisible characters removed, white space normalized,
 * line breaks kept in the two summary columns), "N/A" and blanks become null, blank PIIDs are left
 * out, unreadable country entries are left out, duplicate _ids and likely test records are
 * pointed out.
 *
 * <p>Single use; not thread-safe. Close it (or the stream) to close the underlying reader.
 */
public final class MiaoCsvReader implements Iterable<MiaoCsvRow>, Closeable {

    private static final int MAX_FIELDS = 1_000;

    private final LineCountingReader source;
    private final RawRecordHandler handler;
    private final CsvReader<RawRecord> csv;
    private final CloseableIterator<RawRecord> records;
    private final List<String> header;
    private final Map<MiaoColumn, Integer> columnIndex;
    private final List<String> ignoredColumns;
    private final Map<String, SeenRecord> seen = new HashMap<>();
    private boolean iteratorHandedOut;

    private record SeenRecord(long lineNumber, MiaoWaiverRecord record) {
    }

    private MiaoCsvReader(Reader reader) {
        this.source = new LineCountingReader(reader);
        this.handler = new RawRecordHandler();
        this.csv = CsvReader.builder()
                .allowUnclosedQuote(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .build(handler, source);
        this.records = csv.iterator();

        try {
            this.header = readHeader(records);
        } catch (RuntimeException e) {
            closeQuietly(e);
            throw e;
        }
        this.columnIndex = new EnumMap<>(MiaoColumn.class);
        List<String> ignored = new ArrayList<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            Optional<MiaoColumn> column = MiaoColumn.fromHeader(name);
            if (column.isEmpty()) {
                ignored.add(name);
            } else if (columnIndex.putIfAbsent(column.get(), i) != null) {
                duplicates.add(column.get().header());
            }
        }
        List<String> missing = new ArrayList<>();
        for (MiaoColumn c : MiaoColumn.values()) {
            if (!columnIndex.containsKey(c)) {
                missing.add(c.header());
            }
        }
        if (!missing.isEmpty() || !duplicates.isEmpty()) {
            StringBuilder m = new StringBuilder("This is not a MIAO waiver list export; the file is refused.");
            if (!missing.isEmpty()) {
                m.append(" Missing column").append(missing.size() == 1 ? "" : "s").append(": ")
                        .append(quoteAll(missing)).append('.');
            }
            if (!duplicates.isEmpty()) {
                m.append(" Column").append(duplicates.size() == 1 ? "" : "s").append(" named twice: ")
                        .append(quoteAll(duplicates)).append('.');
            }
            m.append(" Header found: ").append(quoteAll(header)).append('.');
            MiaoCsvFormatException e = new MiaoCsvFormatException(m.toString());
            closeQuietly(e);
            throw e;
        }
        this.ignoredColumns = List.copyOf(ignored);
    }

    private static List<String> readHeader(CloseableIterator<RawRecord> records) {
        try {
            if (!records.hasNext()) {
                throw new MiaoCsvFormatException("The file is empty: a MIAO waiver list starts with a header row of "
                        + MiaoColumn.values().length + " columns.");
            }
            return records.next().fields().stream().map(String::strip).toList();
        } catch (CsvParseException e) {
            if (e.getCause() instanceof MiaoCsvFormatException ours) {
                throw ours;
            }
            throw new MiaoCsvFormatException("The header row cannot be read as CSV: " + e.getMessage(), e);
        }
    }

    private void closeQuietly(RuntimeException primary) {
        try {
            csv.close();
        } catch (IOException | RuntimeException suppressed) {
            primary.addSuppressed(suppressed);
        }
    }

    /**
     * Opens a reader over already decoded text. The header is read and checked at once.
     *
     * @throws MiaoCsvFormatException if the file is empty or its header is not the MIAO header
     */
    public static MiaoCsvReader open(Reader reader) {
        return new MiaoCsvReader(Objects.requireNonNull(reader, "reader"));
    }

    /**
     * Opens a reader over UTF-8 bytes, skipping a byte order mark. Bytes that are not valid UTF-8
     * are replaced by U+FFFD and reported as {@link ImportNote.Kind#INVALID_ENCODING}.
     *
     * @throws MiaoCsvFormatException if the file is empty or its header is not the MIAO header
     */
    public static MiaoCsvReader open(InputStream in) {
        Objects.requireNonNull(in, "in");
        BufferedInputStream buffered = new BufferedInputStream(in);
        try {
            buffered.mark(3);
            byte[] bom = buffered.readNBytes(3);
            if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
                buffered.reset();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MiaoCsvReader(new InputStreamReader(buffered, StandardCharsets.UTF_8));
    }

    /** Reads a whole file into a list (for files that fit in memory; the published list does). */
    public static List<MiaoCsvRow> readAll(Reader reader) {
        try (MiaoCsvReader r = open(reader)) {
            List<MiaoCsvRow> rows = new ArrayList<>();
            r.forEach(rows::add);
            return rows;
        }
    }

    /** {@return the header row as found in the file} */
    public List<String> header() {
        return header;
    }

    /** {@return header columns that are not MIAO columns and were ignored} */
    public List<String> ignoredColumns() {
        return ignoredColumns;
    }

    /** {@return the rows; can be called once} */
    @Override
    public Iterator<MiaoCsvRow> iterator() {
        if (iteratorHandedOut) {
            throw new IllegalStateException("A MiaoCsvReader can be iterated only once.");
        }
        iteratorHandedOut = true;
        return new RowIterator();
    }

    /** {@return the rows as a stream; closing the stream closes the reader} */
    public Stream<MiaoCsvRow> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::close);
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------------------------------

    private final class RowIterator implements Iterator<MiaoCsvRow> {
        private MiaoCsvRow next;
        private boolean finished;

        @Override
        public boolean hasNext() {
            if (next == null && !finished) {
                next = fetch();
                if (next == null) {
                    finished = true;
                }
            }
            return next != null;
        }

        @Override
        public MiaoCsvRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            MiaoCsvRow row = next;
            next = null;
            return row;
        }

        private MiaoCsvRow fetch() {
            try {
                if (!records.hasNext()) {
                    return null;
                }
                return toRow(records.next());
            } catch (CsvParseException e) {
                finished = true;
                return unreadableEnd(e);
            }
        }
    }

    /**
     * The CSV parser stopped. If the file ends inside a quoted field, the last record is cut off:
     * reject it, naming its _id (if its first field was complete) and where the cut is. Any other
     * structural break is an error for the whole file.
     */
    private MiaoCsvRow unreadableEnd(CsvParseException e) {
        if (e.getCause() instanceof MiaoCsvFormatException ours) {
            throw ours;
        }
        String message = String.valueOf(e.getMessage());
        long start = handler.currentStartingLine();
        if (!message.startsWith("Unclosed quoted field")) {
            throw new MiaoCsvFormatException("The file's CSV structure is broken in the record starting at line "
                    + start + " (" + message + "). Records from there on cannot be read reliably; "
                    + "correct the file and import it again.", e);
        }
        List<String> partial = handler.currentFields();
        String id = partial.isEmpty() ? null : MiaoText.clean(partial.getFirst(), false);
        int cutColumn = partial.size();
        String columnName = cutColumn < header.size() ? header.get(cutColumn) : "field " + (cutColumn + 1);
        long lastLine = source.lineCount();
        String lines = lastLine > start ? "lines " + start + " to " + lastLine : "line " + start;
        return new MiaoCsvRow.Rejected(start, id, "The file ends inside a quoted value: this record (" + lines
                + ", the end of the file) is cut off in column \"" + columnName + "\" after " + cutColumn
                + " of " + header.size() + " fields. The file looks truncated; nothing after line " + start
                + " could be read.");
    }

    private MiaoCsvRow toRow(RawRecord raw) {
        long line = raw.startingLine();
        List<String> fields = raw.fields();
        String rawId = columnIndex.get(MiaoColumn.ID) < fields.size() ? fields.get(columnIndex.get(MiaoColumn.ID)) : null;
        String id = MiaoText.clean(rawId, false);

        if (fields.size() < header.size()) {
            return new MiaoCsvRow.Rejected(line, id, "The record has " + fields.size() + " field"
                    + (fields.size() == 1 ? "" : "s") + " where the header has " + header.size()
                    + "; it is incomplete or a quote is misplaced.");
        }
        if (fields.size() > header.size()
                && fields.subList(header.size(), fields.size()).stream().anyMatch(f -> !f.isBlank())) {
            return new MiaoCsvRow.Rejected(line, id, "The record has " + fields.size() + " fields where the header has "
                    + header.size() + "; a quote is probably misplaced.");
        }
        if (fields.stream().allMatch(String::isBlank)) {
            return new MiaoCsvRow.Rejected(line, null, "The record is empty (only separators).");
        }
        if (id == null || Labels.isNotApplicable(id)) {
            return new MiaoCsvRow.Rejected(line, null, "The record has no _id, so it cannot be identified.");
        }

        List<ImportNote> notes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Function<MiaoColumn, String> rawOf = c -> fields.get(columnIndex.get(c));
        Function<MiaoColumn, String> text = c -> cleanText(c, rawOf.apply(c), notes);

        MiaoWaiverRecord record = new MiaoWaiverRecord(
                id,
                coded(MiaoColumn.STATE, text.apply(MiaoColumn.STATE), MiaoEntryState::fromLabel, MiaoEntryState.values(),
                        MiaoEntryState::label, problems),
                cell(() -> MiaoCells.parseInstant(text.apply(MiaoColumn.CREATED), MiaoColumn.CREATED), problems),
                cell(() -> MiaoCells.parseInstant(text.apply(MiaoColumn.MODIFIED), MiaoColumn.MODIFIED), problems),
                text.apply(MiaoColumn.CONTRACTING_OFFICE_AGENCY_ID),
                text.apply(MiaoColumn.CONTRACTING_OFFICE_AGENCY_NAME),
                text.apply(MiaoColumn.FUNDING_AGENCY_ID),
                text.apply(MiaoColumn.FUNDING_AGENCY_NAME),
                text.apply(MiaoColumn.NAICS_CODE),
                text.apply(MiaoColumn.NAICS_TITLE),
                text.apply(MiaoColumn.PSC_ID),
                text.apply(MiaoColumn.PSC_CODE),
                text.apply(MiaoColumn.PSC_NAME),
                coded(MiaoColumn.PROCUREMENT_STAGE, text.apply(MiaoColumn.PROCUREMENT_STAGE), ProcurementStage::fromLabel,
                        ProcurementStage.values(), ProcurementStage::label, problems),
                text.apply(MiaoColumn.PROCUREMENT_TITLE),
                text.apply(MiaoColumn.SUMMARY_OF_PROCUREMENT),
                cell(() -> MiaoCells.parseYesNo(text.apply(MiaoColumn.SOURCES_SOUGHT_OR_RFI_ISSUED),
                        MiaoColumn.SOURCES_SOUGHT_OR_RFI_ISSUED), problems),
                cell(() -> MiaoCells.parsePiids(rawOf.apply(MiaoColumn.PIIDS), notes), problems),
                cell(() -> MiaoCells.parseYesNo(text.apply(MiaoColumn.IS_PRICE_PREFERENCE_INCLUDED),
                        MiaoColumn.IS_PRICE_PREFERENCE_INCLUDED), problems),
                coded(MiaoColumn.WAIVER_COVERAGE, text.apply(MiaoColumn.WAIVER_COVERAGE), WaiverCoverage::fromLabel,
                        WaiverCoverage.values(), WaiverCoverage::label, problems),
                text.apply(MiaoColumn.WAIVER_RATIONALE_SUMMARY),
                coded(MiaoColumn.EXPECTED_MAXIMUM_DURATION, text.apply(MiaoColumn.EXPECTED_MAXIMUM_DURATION),
                        ExpectedWaiverDuration::fromLabel, ExpectedWaiverDuration.values(), ExpectedWaiverDuration::label,
                        problems),
                coded(MiaoColumn.REQUEST_STATUS, text.apply(MiaoColumn.REQUEST_STATUS), MiaoRequestStatus::fromLabel,
                        MiaoRequestStatus.values(), MiaoRequestStatus::label, problems),
                coded(MiaoColumn.OMB_DETERMINATION, text.apply(MiaoColumn.OMB_DETERMINATION), OmbDetermination::fromLabel,
                        OmbDetermination.values(), OmbDetermination::label, problems),
                text.apply(MiaoColumn.SOLICITATION_ID),
                cell(() -> MiaoCells.parseCountries(rawOf.apply(MiaoColumn.COUNTRIES_OF_ORIGIN), notes), problems));

        if (!problems.isEmpty()) {
            return new MiaoCsvRow.Rejected(line, id, String.join(" ", problems));
        }

        TestRecordHeuristic.reasons(record).forEach(reason ->
                notes.add(new ImportNote(ImportNote.Kind.SUSPECTED_TEST_RECORD, null, reason)));

        SeenRecord earlier = seen.putIfAbsent(record.id(), new SeenRecord(line, record));
        if (earlier != null) {
            boolean same = earlier.record().equals(record);
            notes.add(new ImportNote(ImportNote.Kind.DUPLICATE_ID, MiaoColumn.ID,
                    "The record at line " + earlier.lineNumber() + " has the same _id "
                            + (same ? "and identical content." : "but different content.")));
        }
        return new MiaoCsvRow.Parsed(line, record, notes);
    }

    /** Cleans a text cell, "N/A" becomes null; notes removed characters and encoding errors. */
    private static String cleanText(MiaoColumn column, String raw, List<ImportNote> notes) {
        MiaoText.Cleaned cleaned = MiaoText.cleanCounting(raw, column.isMultiLine());
        if (cleaned.removed() > 0) {
            notes.add(new ImportNote(ImportNote.Kind.CHARACTERS_REMOVED, column, cleaned.removed()
                    + " private-use or invisible character" + (cleaned.removed() == 1 ? " was" : "s were") + " removed."));
        }
        String value = cleaned.value();
        if (value != null && value.length() > 1 && value.charAt(0) == '\''
                && "=+-@".indexOf(value.charAt(1)) >= 0) {
            value = value.substring(1); // the writer's protection against spreadsheet formulas
        }
        if (value != null && value.indexOf('\uFFFD') >= 0) {
            notes.add(new ImportNote(ImportNote.Kind.INVALID_ENCODING, column,
                    "The text contains bytes that are not valid UTF-8 (shown as \uFFFD)."));
        }
        return value == null || Labels.isNotApplicable(value) ? null : value;
    }

    private interface CellReader<T> {
        T read() throws MiaoCells.CellException;
    }

    private static <T> T cell(CellReader<T> reader, List<String> problems) {
        try {
            return reader.read();
        } catch (MiaoCells.CellException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private static <E extends Enum<E>> E coded(MiaoColumn column, String value,
                                               Function<String, Optional<E>> parser, E[] all,
                                               Function<E, String> label, List<String> problems) {
        if (value == null) {
            return null;
        }
        return parser.apply(value).orElseGet(() -> {
            problems.add(column.header() + " has an unknown value \"" + value + "\" (expected "
                    + Arrays.stream(all).map(e -> "\"" + label.apply(e) + "\"").collect(Collectors.joining(", "))
                    + " or N/A).");
            return null;
        });
    }

    private static String quoteAll(Collection<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    }

    // ------------------------------------------------------------------------------------------

    /** A CSV record as fields, with the line it starts on. */
    private record RawRecord(long startingLine, List<String> fields) {
    }

    /** Collects the fields of each record; keeps the fields of a record cut off by the end of input. */
    private static final class RawRecordHandler extends AbstractBaseCsvCallbackHandler<RawRecord> {
        private List<String> fields = new ArrayList<>();

        @Override
        protected void handleBegin(long startingLineNumber) {
            fields = new ArrayList<>(32);
        }

        @Override
        protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
            if (fieldIdx >= MAX_FIELDS) {
                throw new MiaoCsvFormatException("The record starting at line " + getStartingLineNumber()
                        + " has more than " + MAX_FIELDS + " fields; this is not a MIAO waiver list.");
            }
            fields.add(new String(buf, offset, len));
        }

        @Override
        protected RawRecord buildRecord() {
            return new RawRecord(getStartingLineNumber(), List.copyOf(fields));
        }

        long currentStartingLine() {
            return getStartingLineNumber();
        }

        List<String> currentFields() {
            return List.copyOf(fields);
        }
    }

    /** Drops a leading byte order mark and counts the lines read, to say where a truncated file ends. */
    private static final class LineCountingReader extends FilterReader {
        private long newlines;
        private int last = -1;
        private boolean atStart = true;

        LineCountingReader(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            int n;
            do {
                n = super.read(cbuf, off, len);
                if (atStart && n > 0) {
                    atStart = false;
                    if (cbuf[off] == '\uFEFF') {
                        System.arraycopy(cbuf, off + 1, cbuf, off, n - 1);
                        n--;
                    }
                }
            } while (n == 0 && len > 0);
            for (int i = 0; i < n; i++) {
                count(cbuf[off + i]);
            }
            return n;
        }

        private void count(char c) {
            if (c == '\n') {
                newlines++;
            }
            last = c;
        }

        /** {@return the number of lines read so far (a last line without a line break counts)} */
        long lineCount() {
            return newlines + (last >= 0 && last != '\n' ? 1 : 0);
        }
    }
}
