package gov.buyamerican.portal.rules.waiver;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategy;

/**
 * Writes waiver records in the exact layout of the Made in America Office public waiver list: the
 * same 26 columns in the same order and header, UTF-8 without byte order mark, LF line endings,
 * every value in double quotes except the two numeric columns (NAICS_Code, Psc_Id, unquoted when
 * all digits, as published) and absent values (an empty unquoted field). Coded values use the
 * list's spelling ("Pre-solicitation", "N/A" for no coverage, duration or determination),
 * Yes/No for booleans, timestamps as {@code 2022-03-30T13:59:02.229Z}, and PIIDs and countries as
 * JSON in the list's shape (see {@link MiaoCells}).
 *
 * <p>Reading a written file with {@link MiaoCsvReader} gives back equal records.
 */
public final class MiaoCsvWriter implements Closeable, Flushable {

    private static final String NOT_APPLICABLE = "N/A";

    private final CsvWriter csv;

    private MiaoCsvWriter(Writer writer) {
        this.csv = CsvWriter.builder()
                .lineDelimiter(LineDelimiter.LF)
                .quoteStrategy(new MiaoQuoteStrategy())
                .build(writer);
        csv.writeRecord(MiaoColumn.headers());
    }

    /** Opens a writer and writes the header row. Closing it closes {@code writer}. */
    public static MiaoCsvWriter to(Writer writer) {
        return new MiaoCsvWriter(Objects.requireNonNull(writer, "writer"));
    }

    /** Opens a UTF-8 writer and writes the header row. Closing it closes {@code out}. */
    public static MiaoCsvWriter to(OutputStream out) {
        Objects.requireNonNull(out, "out");
        return new MiaoCsvWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** {@return the records as a CSV text, header included} */
    public static String toCsv(Iterable<MiaoWaiverRecord> records) {
        StringWriter out = new StringWriter();
        try (MiaoCsvWriter w = to(out)) {
            records.forEach(w::write);
        }
        return out.toString();
    }

    /** Writes one record. */
    public MiaoCsvWriter write(MiaoWaiverRecord r) {
        Objects.requireNonNull(r, "record");
        List<String> v = new ArrayList<>(MiaoColumn.values().length);
        v.add(r.id());
        v.add(r.state() == null ? null : r.state().label());
        v.add(MiaoCells.formatInstant(r.created()));
        v.add(MiaoCells.formatInstant(r.modified()));
        v.add(r.contractingOfficeAgencyId());
        v.add(r.contractingOfficeAgencyName());
        v.add(r.fundingAgencyId());
        v.add(r.fundingAgencyName());
        v.add(r.naicsCode());
        v.add(r.naicsTitle());
        v.add(r.pscId());
        v.add(r.pscCode());
        v.add(r.pscName());
        v.add(r.procurementStage() == null ? null : r.procurementStage().label());
        v.add(r.procurementTitle());
        v.add(r.summaryOfProcurement());
        v.add(MiaoCells.formatYesNo(r.sourcesSoughtOrRfiIssued()));
        v.add(MiaoCells.formatPiids(r.piids()));
        v.add(MiaoCells.formatYesNo(r.pricePreferenceIncluded()));
        v.add(r.waiverCoverage() == null ? NOT_APPLICABLE : r.waiverCoverage().label());
        v.add(r.waiverRationaleSummary());
        v.add(r.expectedMaximumDuration() == null ? NOT_APPLICABLE : r.expectedMaximumDuration().label());
        v.add(r.requestStatus() == null ? null : r.requestStatus().label());
        v.add(r.ombDetermination() == null ? NOT_APPLICABLE : r.ombDetermination().label());
        v.add(r.solicitationId());
        v.add(MiaoCells.formatCountries(r.countriesOfOrigin()));
        v.replaceAll(MiaoCsvWriter::spreadsheetSafe);
        csv.writeRecord(v);
        return this;
    }

    /**
     * Protects a cell against formula injection: a spreadsheet opening the file runs a cell starting with
     * {@code = + - @} (or a tab or carriage return) as a formula, quoted or not. Such text (a title typed by a user, a
     * record imported from elsewhere) gets a leading apostrophe, which spreadsheets show as text;
     * {@link MiaoCsvReader} takes it off again. Coded values (dates, Yes/No, JSON, numbers) never start so.
     */
    static String spreadsheetSafe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    @Override
    public void flush() {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quotes everything but absent values and the all-digit numeric columns. */
    private static final class MiaoQuoteStrategy implements QuoteStrategy {
        private static final int NAICS = MiaoColumn.NAICS_CODE.ordinal();
        private static final int PSC_ID = MiaoColumn.PSC_ID.ordinal();

        @Override
        public boolean quoteEmpty(int lineNo, int fieldIdx) {
            return true;
        }

        @Override
        public boolean quoteValue(int lineNo, int fieldIdx, String value) {
            boolean numericColumn = fieldIdx == NAICS || fieldIdx == PSC_ID;
            return !(numericColumn && value.chars().allMatch(c -> c >= '0' && c <= '9'));
        }
    }
}
