package gov.buyamerican.portal.shared.usaspending;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The real USAspending sample file as header and rows, and helpers to write variants of it. */
final class SampleCsv {

    static final String RESOURCE = "/usaspending/contract-transactions-sample.csv";

    final List<String> header;
    final List<List<String>> rows;

    private SampleCsv(List<String> header, List<List<String>> rows) {
        this.header = header;
        this.rows = rows;
    }

    static InputStream open() {
        return SampleCsv.class.getResourceAsStream(RESOURCE);
    }

    static SampleCsv load() {
        try (InputStream in = open();
             CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(in, StandardCharsets.UTF_8)) {
            List<List<String>> records = new ArrayList<>();
            for (CsvRecord record : csv) {
                records.add(List.copyOf(record.getFields()));
            }
            return new SampleCsv(records.getFirst(), List.copyOf(records.subList(1, records.size())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of sample row {@code index} with one cell replaced. */
    List<String> row(int index, String column, String value) {
        return with(rows.get(index), column, value);
    }

    /** A copy of {@code row} with one cell replaced. */
    List<String> with(List<String> row, String column, String value) {
        int position = header.indexOf(column);
        if (position < 0) {
            throw new IllegalArgumentException("no column " + column);
        }
        List<String> copy = new ArrayList<>(row);
        copy.set(position, value);
        return copy;
    }

    /** Writes a header and rows as CSV text, LF line ends, quoting only where needed. */
    static String csv(List<String> header, List<List<String>> rows) {
        StringBuilder text = new StringBuilder(line(header));
        rows.forEach(row -> text.append(line(row)));
        return text.toString();
    }

    /** The header and the given rows as CSV text. */
    String csv(List<List<String>> someRows) {
        return csv(header, someRows);
    }

    static String line(List<String> cells) {
        return cells.stream().map(SampleCsv::cell).collect(Collectors.joining(",", "", "\n"));
    }

    static String cell(String value) {
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /** Keeps only the given columns, in the given order. */
    static List<String> project(List<String> header, List<String> row, List<String> columns) {
        return columns.stream().map(c -> row.get(header.indexOf(c))).toList();
    }
}
