package gov.buyamerican.portal.rules.waiver;

import static gov.buyamerican.portal.rules.waiver.MiaoFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

class MiaoCsvWriterTest {

    @Test
    void roundTripOfTheRealFile() {
        List<MiaoWaiverRecord> first = records(readReal());
        assertThat(first).hasSize(REAL_RECORDS);
        String written = MiaoCsvWriter.toCsv(first);
        List<MiaoCsvRow> again = read(written);
        assertThat(again).hasSize(REAL_RECORDS).allMatch(MiaoCsvRow.Parsed.class::isInstance);
        assertThat(records(again)).isEqualTo(first);
        // and writing again gives the very same bytes
        assertThat(MiaoCsvWriter.toCsv(records(again))).isEqualTo(written);
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsWrittenAsTextAndReadBackUnchanged() throws Exception {
        MiaoWaiverRecord real = records(readReal()).getFirst();
        for (String hostile : List.of("=HYPERLINK(\"http://evil.example/\",\"Click\")", "+1+cmd|' /C calc'!A0",
                "-2+3", "@SUM(A1:A2)")) {
            var components = MiaoWaiverRecord.class.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals("procurementTitle") ? hostile
                        : components[i].getAccessor().invoke(real);
            }
            MiaoWaiverRecord record = MiaoWaiverRecord.class.getDeclaredConstructor(types).newInstance(values);
            String written = MiaoCsvWriter.toCsv(List.of(record));
            CsvRecord row = csv(written).get(1);
            assertThat(row.getFields()).as("no cell starts a formula").noneMatch(c -> !c.isEmpty()
                    && "=+-@\t\r".indexOf(c.charAt(0)) >= 0);
            assertThat(row.getField(MiaoColumn.PROCUREMENT_TITLE.ordinal())).isEqualTo("'" + hostile);
            assertThat(records(read(written)).getFirst().procurementTitle()).isEqualTo(hostile);
        }
    }

    @Test
    void sameHeaderAndColumnLayoutAsTheSource() {
        String written = MiaoCsvWriter.toCsv(records(readReal()));
        assertThat(written.substring(0, written.indexOf('\n'))).isEqualTo(header());
        List<CsvRecord> source = csv(realText());
        List<CsvRecord> ours = csv(written);
        assertThat(ours).hasSameSizeAs(source);
        for (int i = 0; i < source.size(); i++) {
            assertThat(ours.get(i).getFieldCount()).isEqualTo(26);
        }
        // JSON cells in the source's shape, byte for byte, for the first record
        CsvRecord src = source.get(1);
        CsvRecord out = ours.get(1);
        assertThat(out.getField(MiaoColumn.PIIDS.ordinal())).isEqualTo(src.getField(MiaoColumn.PIIDS.ordinal()))
                .isEqualTo("[{\"piid\":\"1333ND22PNB680119\"}]");
        assertThat(out.getField(MiaoColumn.COUNTRIES_OF_ORIGIN.ordinal()))
                .isEqualTo(src.getField(MiaoColumn.COUNTRIES_OF_ORIGIN.ordinal()))
                .isEqualTo("[{\"countryiesOfOriginAndUSContent\":\"\",\"countryOfOriginAndUSContent\":"
                        + "{\"Two\":\"FR\",\"Three\":\"FRA\",\"Numeric\":250,\"Name\":\"FRANCE\"}}]");
        // The first data line is identical to the source except for the blanks the reader normalized.
        String srcLine = realText().split("\n")[1];
        String ourLine = written.split("\n")[1];
        assertThat(ourLine).isEqualTo(srcLine.replace("certify compliance. \"", "certify compliance.\"")
                .replace("1096.8 nm.  This", "1096.8 nm. This"));
    }

    @Test
    void mostSourceLinesComeBackByteForByte() {
        // Where the reader changed nothing (no trailing or double blanks, no removed characters, JSON in the
        // usual form), the written line is byte-identical to the source line: 68 of the 188 lines here.
        String source = realText();
        String written = MiaoCsvWriter.toCsv(records(readReal()));
        List<String> srcLines = List.of(source.split("\n"));
        long identical = List.of(written.split("\n")).stream().filter(srcLines::contains).count();
        assertThat(identical).isGreaterThanOrEqualTo(68);
    }

    @Test
    void numbersUnquotedAbsentValuesEmptyCodedNullsAsNotApplicable() {
        MiaoWaiverRecord r = new MiaoWaiverRecord("abc", null, null, null, null, null, null, null, "334516", null,
                "787", "6640", null, null, null, null, null, List.of(), null, null, null, null, null, null, null, List.of());
        String line = MiaoCsvWriter.toCsv(List.of(r)).split("\n")[1];
        assertThat(line).isEqualTo("\"abc\",,,,,,,,334516,,787,\"6640\",,,,,,\"[{\"\"piid\"\":\"\"\"\"}]\",,\"N/A\",,\"N/A\",,\"N/A\",,\"[]\"");
        assertThat(records(read(MiaoCsvWriter.toCsv(List.of(r))))).containsExactly(r);
    }

    @Test
    void outputStreamIsUtf8WithoutBom() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MiaoWaiverRecord r = records(readReal()).get(3);
        try (MiaoCsvWriter w = MiaoCsvWriter.to(out)) {
            w.write(r);
        }
        byte[] bytes = out.toByteArray();
        assertThat(bytes[0]).isEqualTo((byte) '"');
        assertThat(records(read(new String(bytes, StandardCharsets.UTF_8)))).containsExactly(r);
    }

    /** Property: any record in normal form survives writing and reading unchanged. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 14005})
    void randomRecordsRoundTrip(long seed) {
        Random random = new Random(seed);
        List<MiaoWaiverRecord> records = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            records.add(randomRecord(random, i));
        }
        List<MiaoCsvRow> rows = read(MiaoCsvWriter.toCsv(records));
        assertThat(rows).allMatch(MiaoCsvRow.Parsed.class::isInstance);
        assertThat(records(rows)).isEqualTo(records);
    }

    private static MiaoWaiverRecord randomRecord(Random random, int i) {
        List<String> piids = new ArrayList<>();
        for (int k = random.nextInt(3); k > 0; k--) {
            String piid = text(random, false, 1);
            if (piid != null) {
                piids.add(piid);
            }
        }
        List<CountryOfOrigin> countries = new ArrayList<>();
        for (int k = random.nextInt(3); k > 0; k--) {
            countries.add(new CountryOfOrigin(
                    random.nextBoolean() ? "" + letter(random) + letter(random) : null,
                    "" + letter(random) + letter(random) + letter(random),
                    random.nextBoolean() ? random.nextInt(1000) : null,
                    random.nextBoolean() ? text(random, false, 3) : null));
        }
        return new MiaoWaiverRecord(
                "%024x".formatted(i),
                pick(random, MiaoEntryState.values()),
                random.nextBoolean() ? Instant.ofEpochMilli(1_600_000_000_000L + random.nextInt(Integer.MAX_VALUE)) : null,
                random.nextBoolean() ? Instant.ofEpochMilli(1_600_000_000_000L + random.nextInt(Integer.MAX_VALUE)) : null,
                text(random, false, 1), text(random, false, 5), text(random, false, 1), text(random, false, 5),
                random.nextBoolean() ? "%06d".formatted(random.nextInt(1_000_000)) : text(random, false, 1),
                text(random, false, 6),
                random.nextBoolean() ? Integer.toString(random.nextInt(5000)) : null,
                text(random, false, 1), text(random, false, 6),
                pick(random, ProcurementStage.values()),
                text(random, false, 8), text(random, true, 40),
                random.nextBoolean() ? random.nextBoolean() : null,
                piids,
                random.nextBoolean() ? random.nextBoolean() : null,
                pick(random, WaiverCoverage.values()),
                text(random, true, 40),
                pick(random, ExpectedWaiverDuration.values()),
                pick(random, MiaoRequestStatus.values()),
                pick(random, OmbDetermination.values()),
                text(random, false, 2),
                countries);
    }

    private static <E> E pick(Random random, E[] values) {
        int i = random.nextInt(values.length + 1);
        return i == values.length ? null : values[i];
    }

    private static char letter(Random random) {
        return (char) ('A' + random.nextInt(26));
    }

    /** Random text in normal form (cleaned), with quotes, commas, JSON-like and non-ASCII characters. */
    private static String text(Random random, boolean multiLine, int maxWords) {
        String[] words = {"laser", "\"quoted\"", "a,b", "N6247321D1018", "Navy\u2019s", "\u2013", "[{\"x\":1}]", "é", "中文",
                "\uD83D\uDE00", "line\nbreak", "  spaced  ", "\u202Chidden", "#", "'", "\\", "NA!"};
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(maxWords + 1);
        for (int k = 0; k < n; k++) {
            b.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "\n" : " ");
        }
        String cleaned = MiaoText.clean(b.toString(), multiLine);
        return cleaned == null || Labels.isNotApplicable(cleaned) ? null : cleaned;
    }

    private static List<CsvRecord> csv(String text) {
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(new StringReader(text))) {
            return r.stream().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
