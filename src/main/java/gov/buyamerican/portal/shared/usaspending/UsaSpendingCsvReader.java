package gov.buyamerican.portal.shared.usaspending;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streaming reader of a USAspending contract transactions CSV file (the prime award transactions download for
 * contracts: a header row and 297 comma-separated columns, quoted where needed, booleans written {@code t}/{@code f},
 * ISO dates).
 *
 * <p>Columns are found by header name, in any order and any case; other columns are ignored. The header must
 * contain every column the reader maps ({@link #REQUIRED_COLUMNS}), otherwise {@link #open(InputStream)} fails
 * with a {@link UsaSpendingFormatException} naming the missing ones. Each data row then yields a
 * {@link TransactionRow} or, if any cell fails its check, a {@link RowProblem} listing every reason; a bad row
 * never stops the file. Rows are read one at a time: memory use does not grow with the file, so files of a
 * million rows are fine.
 *
 * <pre>{@code
 * try (var reader = UsaSpendingCsvReader.open(upload.getInputStream())) {
 *     for (UsaSpendingRow row : reader) { ... }
 * }
 * }</pre>
 *
 * <p>Whole-file problems throw {@link UsaSpendingFormatException}: empty input, binary input or a ZIP archive,
 * a header that is not comma-separated or lacks columns, and CSV syntax errors (a quote left open) that make the
 * rest of the file unreadable. I/O errors surface as {@link UncheckedIOException}. The reader owns the stream:
 * closing it closes the stream. A reader is iterated once; it is not thread-safe.
 */
public final class UsaSpendingCsvReader implements Iterable<UsaSpendingRow>, Closeable {

    /** Header names of the columns the reader maps; a file lacking any of them is refused. */
    public static final List<String> REQUIRED_COLUMNS = Arrays.stream(Column.values())
            .filter(Column::required).map(Column::header).toList();

    /** Longest accepted cell, in characters; USAspending's longest free text holds 4,000. */
    static final int MAX_FIELD_SIZE = 1 << 20;

    private static final int MISSING_COLUMNS_LISTED = 5;

    /** FastCSV's messages end with "(record starting at line N)" or "Record N has ...". */
    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("(?i)(?:line|record) (\\d+)");

    private final CsvReader<CsvRecord> csv;
    private final CloseableIterator<CsvRecord> records;
    private final List<String> header;
    private final int[] indexByColumn;
    private boolean iterated;

    private UsaSpendingCsvReader(CsvReader<CsvRecord> csv) {
        this.csv = csv;
        this.records = csv.iterator();
        CsvRecord headerRecord = readHeaderRecord();
        this.header = headerRecord.getFields().stream().map(UsaSpendingCsvReader::headerName).toList();
        checkLooksLikeText(headerRecord);
        this.indexByColumn = locateColumns(headerRecord.getStartingLineNumber());
    }

    /**
     * Opens a file given as bytes, decoded as UTF-8; a byte order mark (UTF-8, or UTF-16/32, which is then
     * used for decoding) is recognised and skipped. The header is read and checked before this method returns.
     *
     * @param in the file's bytes; closed when the reader is closed, or at once if this method throws
     * @return a reader positioned before the first data row
     * @throws UsaSpendingFormatException if the input is empty, binary, or its header is not usable
     * @throws UncheckedIOException       if reading fails
     */
    public static UsaSpendingCsvReader open(InputStream in) {
        Objects.requireNonNull(in, "in");
        InputStream buffered = new BufferedInputStream(in);
        try {
            rejectKnownBinary(buffered);
        } catch (RuntimeException e) {
            closeQuietly(buffered, e);
            throw e;
        }
        return open(buffered, () -> builder().detectBomHeader(true).build(handler(), buffered, StandardCharsets.UTF_8));
    }

    /**
     * Opens a file given as characters. A leading byte order mark character (U+FEFF) is ignored.
     *
     * @param reader the file's text; closed when the reader is closed, or at once if this method throws
     * @return a reader positioned before the first data row
     * @throws UsaSpendingFormatException if the input is empty, binary, or its header is not usable
     * @throws UncheckedIOException       if reading fails
     */
    public static UsaSpendingCsvReader open(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        Reader withoutBom = skipByteOrderMark(reader);
        return open(withoutBom, () -> builder().build(handler(), withoutBom));
    }

    private static UsaSpendingCsvReader open(Closeable source, Supplier<CsvReader<CsvRecord>> factory) {
        CsvReader<CsvRecord> csv = null;
        try {
            csv = factory.get();
            return new UsaSpendingCsvReader(csv);
        } catch (RuntimeException e) {
            closeQuietly(csv != null ? csv : source, e);
            throw e;
        }
    }

    private static CsvReader.CsvReaderBuilder builder() {
        return CsvReader.builder()
                .fieldSeparator(',')
                .quoteCharacter('"')
                .skipEmptyLines(true)
                .allowUnclosedQuote(false)
                // rows with a wrong number of cells become RowProblems instead of stopping the file
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .maxBufferSize(MAX_FIELD_SIZE);
    }

    private static CsvRecordHandler handler() {
        return CsvRecordHandler.builder()
                .maxFieldSize(MAX_FIELD_SIZE)
                .maxRecordSize(4 * MAX_FIELD_SIZE)
                .build();
    }

    /** @return the header row's column names, trimmed and lower-cased, in file order */
    public List<String> header() {
        return header;
    }

    /**
     * Returns the rows, read lazily from the file. Can be called once.
     *
     * @return an iterator whose {@code next()} may throw {@link UsaSpendingFormatException} on a CSV syntax
     *         error and {@link UncheckedIOException} on a read error
     * @throws IllegalStateException if called a second time
     */
    @Override
    public Iterator<UsaSpendingRow> iterator() {
        if (iterated) {
            throw new IllegalStateException("the rows of a UsaSpendingCsvReader can be iterated only once");
        }
        iterated = true;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return hasNextRecord();
            }

            @Override
            public UsaSpendingRow next() {
                if (!hasNextRecord()) {
                    throw new NoSuchElementException();
                }
                return toRow(nextRecord());
            }
        };
    }

    /**
     * @return the rows as a sequential stream; closing the stream closes this reader
     * @throws IllegalStateException if the rows were already iterated
     */
    public Stream<UsaSpendingRow> stream() {
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
                        false)
                .onClose(() -> {
                    try {
                        close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** Closes the underlying stream or reader. */
    @Override
    public void close() throws IOException {
        csv.close();
    }

    private UsaSpendingRow toRow(CsvRecord record) {
        long line = record.getStartingLineNumber();
        if (record.getFieldCount() != header.size()) {
            return new RowProblem(line, List.of("the row has " + record.getFieldCount()
                    + " cells but the header has " + header.size()
                    + " (a cell with a comma or line break may have lost its quotes)"));
        }
        return TransactionMapper.map(line, record.getFields(), indexByColumn);
    }

    private boolean hasNextRecord() {
        try {
            return records.hasNext();
        } catch (CsvParseException e) {
            throw syntaxError(e);
        }
    }

    private CsvRecord nextRecord() {
        try {
            return records.next();
        } catch (CsvParseException e) {
            throw syntaxError(e);
        }
    }

    private CsvRecord readHeaderRecord() {
        if (!hasNextRecord()) {
            throw new UsaSpendingFormatException("The file is empty: expected a header row naming the "
                    + "USAspending contract transaction columns, then one row per transaction");
        }
        CsvRecord record = nextRecord();
        if (record.getFields().stream().allMatch(String::isBlank)) {
            throw new UsaSpendingFormatException("The file has no header row: its first line is blank",
                    record.getStartingLineNumber(), List.of(), null);
        }
        return record;
    }

    private static String headerName(String raw) {
        return raw.strip().toLowerCase(Locale.ROOT);
    }

    private static Reader skipByteOrderMark(Reader reader) {
        PushbackReader pushback = new PushbackReader(reader, 1);
        try {
            int first = pushback.read();
            if (first >= 0 && first != '\uFEFF') {
                pushback.unread(first);
            }
        } catch (IOException e) {
            UncheckedIOException unchecked = new UncheckedIOException(e);
            closeQuietly(pushback, unchecked);
            throw unchecked;
        }
        return pushback;
    }

    private static void checkLooksLikeText(CsvRecord headerRecord) {
        for (String field : headerRecord.getFields()) {
            for (int i = 0; i < field.length(); i++) {
                char c = field.charAt(i);
                if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n')) {
                    throw new UsaSpendingFormatException("The file is not a CSV text file: its first line "
                            + "contains binary data or text that is not UTF-8",
                            headerRecord.getStartingLineNumber(), List.of(), null);
                }
            }
        }
    }

    private int[] locateColumns(long headerLine) {
        if (header.size() == 1 && (header.getFirst().contains(";") || header.getFirst().contains("\t"))) {
            throw new UsaSpendingFormatException("The header row is not separated by commas (it contains "
                    + (header.getFirst().contains(";") ? "semicolons" : "tabs")
                    + "): save the file as comma-separated CSV", headerLine, List.of(), null);
        }
        Map<String, Integer> positions = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (positions.putIfAbsent(header.get(i), i) != null && REQUIRED_COLUMNS.contains(header.get(i))) {
                duplicates.add(header.get(i));
            }
        }
        if (!duplicates.isEmpty()) {
            throw new UsaSpendingFormatException("The header row names these columns more than once: "
                    + String.join(", ", duplicates), headerLine, List.of(), null);
        }
        int[] index = new int[Column.values().length];
        List<String> missing = new ArrayList<>();
        for (Column column : Column.values()) {
            Integer position = positions.get(column.header());
            if (position == null && !column.required()) {
                index[column.ordinal()] = -1;
            } else if (position == null) {
                missing.add(column.header());
            } else {
                index[column.ordinal()] = position;
            }
        }
        if (!missing.isEmpty()) {
            throw new UsaSpendingFormatException(missingColumnsMessage(missing), headerLine, missing, null);
        }
        return index;
    }

    private static String missingColumnsMessage(List<String> missing) {
        if (missing.size() <= MISSING_COLUMNS_LISTED) {
            return "The file is missing required column" + (missing.size() == 1 ? ": " : "s: ")
                    + String.join(", ", missing);
        }
        return "The file is missing " + missing.size() + " of the " + REQUIRED_COLUMNS.size()
                + " required columns (" + String.join(", ", missing.subList(0, MISSING_COLUMNS_LISTED))
                + " and " + (missing.size() - MISSING_COLUMNS_LISTED) + " more): it does not look like a "
                + "USAspending contract transactions file";
    }

    private static UsaSpendingFormatException syntaxError(CsvParseException e) {
        String message = Objects.requireNonNullElse(e.getMessage(), "CSV syntax error");
        Matcher line = LINE_IN_MESSAGE.matcher(message);
        return new UsaSpendingFormatException("The file is not valid CSV, reading stopped: " + message,
                line.find() ? Long.parseLong(line.group(1)) : 0, List.of(), e);
    }

    /**
     * Refuses, with a helpful message, the non-CSV files people most often upload instead: ZIP archives (the
     * USAspending download itself, Excel .xlsx workbooks), gzip files, legacy Excel .xls and PDF files.
     */
    private static void rejectKnownBinary(InputStream in) {
        byte[] magic = new byte[4];
        int read;
        try {
            in.mark(magic.length);
            read = in.readNBytes(magic, 0, magic.length);
            in.reset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (read == 0) {
            throw new UsaSpendingFormatException("The file is empty (0 bytes)");
        }
        if (startsWith(magic, read, 'P', 'K', 3, 4) || startsWith(magic, read, 'P', 'K', 5, 6)) {
            throw new UsaSpendingFormatException("The file is a ZIP archive (a zipped download or an Excel "
                    + "workbook), not a CSV file: USAspending downloads are ZIP files, extract the CSV file inside "
                    + "and upload that");
        }
        if (startsWith(magic, read, 0x1F, 0x8B)) {
            throw new UsaSpendingFormatException("The file is gzip-compressed, not a CSV file: decompress it and "
                    + "upload the CSV file inside");
        }
        if (startsWith(magic, read, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new UsaSpendingFormatException("The file is a legacy Excel workbook (.xls), not a CSV file");
        }
        if (startsWith(magic, read, '%', 'P', 'D', 'F')) {
            throw new UsaSpendingFormatException("The file is a PDF document, not a CSV file");
        }
    }

    private static boolean startsWith(byte[] data, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static void closeQuietly(Closeable closeable, RuntimeException primary) {
        try {
            closeable.close();
        } catch (IOException | RuntimeException e) {
            primary.addSuppressed(e);
        }
    }
}
