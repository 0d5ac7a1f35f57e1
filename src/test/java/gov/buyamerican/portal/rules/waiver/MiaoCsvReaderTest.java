package gov.buyamerican.portal.rules.waiver;

import static gov.buyamerican.portal.rules.waiver.MiaoFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MiaoCsvReaderTest {

    @Nested
    class TheRealFile {

        private final List<MiaoCsvRow> rows = readReal();
        private final List<MiaoWaiverRecord> records = records(rows);

        @Test
        void everyRecordIsAccountedFor() {
            long parsed = rows.stream().filter(MiaoCsvRow.Parsed.class::isInstance).count();
            long rejected = rows.stream().filter(MiaoCsvRow.Rejected.class::isInstance).count();
            assertThat(parsed + rejected).isEqualTo(REAL_RECORDS);
            assertThat(rejected).as("nothing in the published file is unusable").isZero();
            assertThat(rows.getFirst().lineNumber()).isEqualTo(2);
            assertThat(rows.getLast().lineNumber()).isEqualTo(188);
            assertThat(rows).extracting(MiaoCsvRow::lineNumber).isSorted().doesNotHaveDuplicates();
            assertThat(records).extracting(MiaoWaiverRecord::id).doesNotContainNull().hasSize(87);
            assertThat(records.stream().map(MiaoWaiverRecord::id).distinct()).hasSize(86);
        }

        @Test
        void firstRecordIsReadExactly() {
            MiaoCsvRow.Parsed row = (MiaoCsvRow.Parsed) rows.getFirst();
            assertThat(row.notes()).isEmpty();
            MiaoWaiverRecord r = row.record();
            assertThat(r.id()).isEqualTo("624462261d5c030ceac2b027");
            assertThat(r.state()).isEqualTo(MiaoEntryState.SUBMITTED);
            assertThat(r.created()).isEqualTo(Instant.parse("2022-03-30T13:59:02.229Z"));
            assertThat(r.modified()).isEqualTo(Instant.parse("2022-03-30T20:18:40.027Z"));
            assertThat(r.contractingOfficeAgencyId()).isEqualTo("1341");
            assertThat(r.contractingOfficeAgencyName()).isEqualTo("NATIONAL INSTITUTE OF STANDARDS AND TECHNOLOGY");
            assertThat(r.fundingAgencyId()).isEqualTo("1341");
            assertThat(r.naicsCode()).isEqualTo("334516");
            assertThat(r.naicsTitle()).isEqualTo("Analytical Laboratory Instrument Manufacturing");
            assertThat(r.pscId()).isEqualTo("787");
            assertThat(r.pscCode()).isEqualTo("6640");
            assertThat(r.pscName()).isEqualTo("LABORATORY EQUIPMENT AND SUPPLIES");
            assertThat(r.procurementStage()).isEqualTo(ProcurementStage.POST_SOLICITATION);
            assertThat(r.procurementTitle()).isEqualTo("Purchase of a 1096nm Laser System");
            assertThat(r.summaryOfProcurement()).startsWith("A high-power, spectrally narrow source of laser light")
                    .contains("1096.8 nm. This procurement"); // two spaces in the source, one here
            assertThat(r.sourcesSoughtOrRfiIssued()).isFalse();
            assertThat(r.piids()).containsExactly("1333ND22PNB680119");
            assertThat(r.pricePreferenceIncluded()).isTrue();
            assertThat(r.waiverCoverage()).isEqualTo(WaiverCoverage.INDIVIDUAL);
            assertThat(r.waiverRationaleSummary()).endsWith("nor did the offeror certify compliance."); // trailing blank gone
            assertThat(r.expectedMaximumDuration()).isEqualTo(ExpectedWaiverDuration.INSTANT_DELIVERY_ONLY);
            assertThat(r.requestStatus()).isEqualTo(MiaoRequestStatus.REVIEWED);
            assertThat(r.ombDetermination()).isEqualTo(OmbDetermination.CONSISTENT);
            assertThat(r.solicitationId()).isEqualTo("1333ND22QNB680076");
            assertThat(r.countriesOfOrigin()).containsExactly(new CountryOfOrigin("FR", "FRA", 250, "FRANCE"));
        }

        @Test
        void codedValuesAreAllRecognised() {
            assertThat(count(MiaoWaiverRecord::procurementStage)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    ProcurementStage.PRE_SOLICITATION, 37L, ProcurementStage.POST_SOLICITATION, 50L));
            assertThat(count(MiaoWaiverRecord::waiverCoverage)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    WaiverCoverage.INDIVIDUAL, 79L, WaiverCoverage.MULTI_PROCUREMENT, 4L, "null (N/A)", 4L));
            assertThat(count(MiaoWaiverRecord::expectedMaximumDuration)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    ExpectedWaiverDuration.INSTANT_DELIVERY_ONLY, 39L, ExpectedWaiverDuration.UP_TO_6_MONTHS, 9L,
                    ExpectedWaiverDuration.BETWEEN_6_MONTHS_AND_1_YEAR, 6L, ExpectedWaiverDuration.BETWEEN_1_AND_2_YEARS, 6L,
                    ExpectedWaiverDuration.BETWEEN_2_AND_3_YEARS, 2L, ExpectedWaiverDuration.BETWEEN_3_AND_5_YEARS, 3L,
                    "null (N/A)", 22L));
            assertThat(count(MiaoWaiverRecord::requestStatus)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    MiaoRequestStatus.REVIEWED, 77L, MiaoRequestStatus.SUBMITTED, 10L));
            assertThat(count(MiaoWaiverRecord::ombDetermination)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    OmbDetermination.CONSISTENT, 71L, OmbDetermination.CONDITIONALLY_CONSISTENT, 1L,
                    OmbDetermination.INCONSISTENT, 2L, "null (N/A)", 13L));
            assertThat(count(MiaoWaiverRecord::state)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    MiaoEntryState.SUBMITTED, 85L, MiaoEntryState.EDITED, 2L));
            assertThat(count(MiaoWaiverRecord::sourcesSoughtOrRfiIssued)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    true, 38L, false, 49L));
            assertThat(count(MiaoWaiverRecord::pricePreferenceIncluded)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    true, 40L, false, 47L));
        }

        private Map<Object, Long> count(Function<MiaoWaiverRecord, Object> f) {
            return records.stream().collect(Collectors.groupingBy(r -> Objects.requireNonNullElse(f.apply(r), "null (N/A)"),
                    Collectors.counting()));
        }

        @Test
        void privateUseBulletsAreStrippedAndLineBreaksKept() {
            MiaoCsvRow.Parsed p = parsed(rows, "6202a557a407c4974ebee371");
            assertThat(p.lineNumber()).isEqualTo(108);
            assertThat(p.record().summaryOfProcurement())
                    .contains("The dehumidifiers characteristics are\nbelow:\nCapacity 40-45 pints per day")
                    .contains("\nPassive drain\nAnalog or digital controls\n");
            assertThat(p.notes()).containsExactly(new ImportNote(ImportNote.Kind.CHARACTERS_REMOVED,
                    MiaoColumn.SUMMARY_OF_PROCUREMENT, "11 private-use or invisible characters were removed."));
        }

        @Test
        void invisibleDirectionMarksAreStripped() {
            MiaoCsvRow.Parsed p = parsed(rows, "61ca135b66d0a748fcf1954f");
            assertThat(p.record().summaryOfProcurement()).endsWith("Shelving units are the basis for design.");
            assertThat(p.notes()).extracting(ImportNote::message)
                    .containsExactly("15 private-use or invisible characters were removed.");
        }

        @Test
        void noTextKeepsInvisibleCharactersTabsOrOuterBlanks() {
            for (MiaoWaiverRecord r : records) {
                for (String s : List.of(Objects.toString(r.summaryOfProcurement(), ""),
                        Objects.toString(r.waiverRationaleSummary(), ""), Objects.toString(r.procurementTitle(), ""),
                        Objects.toString(r.naicsTitle(), ""), Objects.toString(r.solicitationId(), ""))) {
                    assertThat(s).doesNotContain("\t", "\r", "  ", "\u202C").isEqualTo(s.strip());
                    assertThat(s.codePoints().noneMatch(cp -> Character.getType(cp) == Character.PRIVATE_USE)).isTrue();
                }
            }
            assertThat(records.stream().filter(r -> r.summaryOfProcurement() != null
                    && r.summaryOfProcurement().contains("\n"))).hasSize(15); // 7 more end with a line break, removed
            assertThat(parsed(rows, "61954271f56f2c4cbc6c7c2c").record().summaryOfProcurement())
                    .endsWith("of a satisfactory quality.\""); // tab at the end removed
        }

        @Test
        void piidsAreTrimmedAndBlankOnesLeftOut() {
            assertThat(parsed(rows, "622f3d4b5f02f4943ba59650").record().piids()).containsExactly("1333ND22PNB680101");
            assertThat(parsed(rows, "62752163c24cde4e8b44e44b").record().piids()).isEmpty(); // [{"piid":""}]
            assertThat(parsed(rows, "62bb4ae146a40c1a7471bb56").record().piids()).isEmpty(); // empty cell
            assertThat(records.stream().filter(r -> !r.piids().isEmpty())).hasSize(32);
        }

        @Test
        void countriesAreTypedAndUnreadableEntriesLeftOutWithANote() {
            assertThat(parsed(rows, "6233bc71784402ac03e5e21e").record().countriesOfOrigin()).containsExactly(
                    new CountryOfOrigin("RO", "ROU", 642, "ROMANIA"),
                    new CountryOfOrigin("CN", "CHN", 156, "CHINA"),
                    new CountryOfOrigin("IT", "ITA", 380, "ITALY"));
            assertThat(parsed(rows, "62011ee03b2c3f689568580c").record().countriesOfOrigin())
                    .extracting(CountryOfOrigin::alpha3).containsExactly("CHN", "HKG");
            MiaoCsvRow.Parsed opaque = parsed(rows, "6213ad288ffd2649d6fcd6a9");
            assertThat(opaque.record().countriesOfOrigin()).isEmpty();
            assertThat(opaque.notes()).filteredOn(n -> n.kind() == ImportNote.Kind.VALUE_DROPPED).hasSize(2)
                    .allSatisfy(n -> assertThat(n.message()).contains("is not a country but an unreadable value"));
            assertThat(parsed(rows, "62bb4ae146a40c1a7471bb56").record().countriesOfOrigin()).isEmpty();
        }

        @Test
        void blanksAndNotApplicableAreNull() {
            MiaoWaiverRecord r = parsed(rows, "62752163c24cde4e8b44e44b").record();
            assertThat(r.solicitationId()).isNull();
            assertThat(r.ombDetermination()).isNull();
            assertThat(parsed(rows, "626ad6f5c24cde4e8b4492ad").record().solicitationId()).isEqualTo("1333ND22QNB640127");
        }

        @Test
        void duplicateIdIsPointedOut() {
            MiaoCsvRow.Parsed first = parsed(rows, "622f3d4b5f02f4943ba59650");
            assertThat(first.lineNumber()).isEqualTo(10);
            assertThat(first.hasNote(ImportNote.Kind.DUPLICATE_ID)).isFalse();
            MiaoCsvRow.Parsed second = rows.stream().filter(MiaoCsvRow.Parsed.class::isInstance)
                    .map(MiaoCsvRow.Parsed.class::cast)
                    .filter(p -> p.record().id().equals("622f3d4b5f02f4943ba59650") && p.lineNumber() != 10)
                    .findFirst().orElseThrow();
            assertThat(second.lineNumber()).isEqualTo(177);
            assertThat(second.record()).isEqualTo(first.record());
            assertThat(second.notes()).extracting(ImportNote::message)
                    .containsExactly("The record at line 10 has the same _id and identical content.");
        }

        @Test
        void testRecordsArePointedOutButStillRead() {
            Set<String> suspected = rows.stream().filter(MiaoCsvRow.Parsed.class::isInstance)
                    .map(MiaoCsvRow.Parsed.class::cast)
                    .filter(p -> p.hasNote(ImportNote.Kind.SUSPECTED_TEST_RECORD))
                    .map(p -> p.record().id())
                    .collect(Collectors.toSet());
            assertThat(suspected).containsExactlyInAnyOrder(
                    "62068894baa79dbcd0a33126", // funding agency "TEST NATIONAL INSTITUTES OF HEALTH"
                    "62bb4ae146a40c1a7471bb56", "6258d562434a05838f067ad3", "61e5bb606809181a4b2a85a8",
                    "61e5c1546809181a4b2a89b7", "6213ad288ffd2649d6fcd6a9", "624c4671b29e2523546a05f0",
                    "62a8a0b03e715a96fa4fd3d3");
            assertThat(parsed(rows, "62068894baa79dbcd0a33126").notes()).extracting(ImportNote::message)
                    .containsExactly("The funding agency is named \"TEST NATIONAL INSTITUTES OF HEALTH\".");
        }

        @Test
        void agencyCodesCanBeAlphanumeric() {
            assertThat(records).extracting(MiaoWaiverRecord::contractingOfficeAgencyId).contains("97CG", "12H2", "1341");
            assertThat(records).extracting(MiaoWaiverRecord::pscCode).contains("66", "H241", "6640");
        }
    }

    @Nested
    class Encoding {

        @Test
        void inputStreamWithAndWithoutBomGiveTheSameRecords() {
            byte[] plain = realBytes();
            byte[] withBom = new byte[plain.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(plain, 0, withBom, 3, plain.length);
            List<MiaoWaiverRecord> a = readStream(plain);
            List<MiaoWaiverRecord> b = readStream(withBom);
            assertThat(a).hasSize(REAL_RECORDS).isEqualTo(b).isEqualTo(records(readReal()));
        }

        @Test
        void readerWithBomCharacterIsTolerated() {
            assertThat(records(read("\uFEFF" + realText()))).isEqualTo(records(readReal()));
        }

        @Test
        void crlfLineEndingsGiveTheSameRecords() {
            assertThat(records(read(realText().replace("\n", "\r\n")))).isEqualTo(records(readReal()));
        }

        @Test
        void invalidUtf8IsReportedNotHidden() {
            byte[] bytes = oneRecord(sampleValues()).replace("A laser.", "A laser XX.").getBytes(StandardCharsets.UTF_8);
            String s = new String(bytes, StandardCharsets.ISO_8859_1);
            int at = s.indexOf("XX");
            bytes[at] = (byte) 0xC3; // a lone lead byte
            bytes[at + 1] = (byte) 0x28;
            MiaoCsvRow.Parsed p = (MiaoCsvRow.Parsed) readStreamRows(bytes).getFirst();
            assertThat(p.hasNote(ImportNote.Kind.INVALID_ENCODING)).isTrue();
            assertThat(p.record().summaryOfProcurement()).contains("\uFFFD");
        }

        private List<MiaoWaiverRecord> readStream(byte[] bytes) {
            return records(readStreamRows(bytes));
        }

        private List<MiaoCsvRow> readStreamRows(byte[] bytes) {
            try (MiaoCsvReader r = MiaoCsvReader.open(new ByteArrayInputStream(bytes))) {
                return r.stream().toList();
            }
        }
    }

    @Nested
    class Truncation {

        private final String full = realText();
        private final List<MiaoCsvRow> fullRows = readReal();

        @Test
        void fileCutInsideTheLastRecordsQuotedValue() {
            String cut = full.substring(0, full.lastIndexOf("Soybean Far"));
            List<MiaoCsvRow> rows = read(cut);
            assertThat(rows).hasSize(REAL_RECORDS);
            assertThat(rows.subList(0, 86)).isEqualTo(fullRows.subList(0, 86));
            assertThat(rows.getLast()).isInstanceOfSatisfying(MiaoCsvRow.Rejected.class, r -> {
                assertThat(r.lineNumber()).isEqualTo(188);
                assertThat(r.id()).isEqualTo("62a8a0b03e715a96fa4fd3d3");
                assertThat(r.reason()).isEqualTo("The file ends inside a quoted value: this record (line 188, the end "
                        + "of the file) is cut off in column \"NAICS_Title\" after 9 of 26 fields. The file looks "
                        + "truncated; nothing after line 188 could be read.");
            });
        }

        @Test
        void fileCutInsideAMultiLineValue() {
            String cut = full.substring(0, full.indexOf("Passive drain"));
            List<MiaoCsvRow> rows = read(cut);
            assertThat(rows.getLast()).isInstanceOfSatisfying(MiaoCsvRow.Rejected.class, r -> {
                assertThat(r.lineNumber()).isEqualTo(108);
                assertThat(r.id()).isEqualTo("6202a557a407c4974ebee371");
                assertThat(r.reason()).contains("(lines 108 to 113, the end of the file)")
                        .contains("column \"Summary_of_Procurement\"");
            });
            assertThat(rows.subList(0, rows.size() - 1)).allMatch(MiaoCsvRow.Parsed.class::isInstance);
        }

        @Test
        void fileCutBetweenFieldsIsRejectedAsIncomplete() {
            int lastStart = full.lastIndexOf("\n\"62a8a0b03e715a96fa4fd3d3\"") + 1;
            String cut = full.substring(0, full.indexOf(",\"Soybean", lastStart));
            assertThat(read(cut).getLast()).isInstanceOfSatisfying(MiaoCsvRow.Rejected.class, r ->
                    assertThat(r.reason()).isEqualTo("The record has 9 fields where the header has 26; it is "
                            + "incomplete or a quote is misplaced."));
        }

        @Test
        void fileCutInsideTheHeaderIsRefused() {
            assertThatThrownBy(() -> read(full.substring(0, 40))).isInstanceOf(MiaoCsvFormatException.class);
            assertThatThrownBy(() -> read(full.substring(0, 41))).isInstanceOf(MiaoCsvFormatException.class);
        }

        /**
         * Property: wherever the file is cut, reading never crashes and never loses a record
         * silently. Every record that starts before the cut yields one row; all but the last are
         * exactly as in the full file; the last is either complete and identical, or rejected.
         */
        @ParameterizedTest
        @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
        void cutAnywhere(long seed) {
            Random random = new Random(seed);
            int headerEnd = full.indexOf('\n') + 1;
            for (int i = 0; i < 40; i++) {
                int at = headerEnd + random.nextInt(full.length() - headerEnd);
                List<MiaoCsvRow> rows = read(full.substring(0, at));
                long started = fullRows.stream().filter(r -> startOffset(r.lineNumber()) < at).count();
                assertThat(rows).as("cut at %d", at).hasSize((int) started);
                if (rows.isEmpty()) {
                    continue;
                }
                assertThat(rows.subList(0, rows.size() - 1)).isEqualTo(fullRows.subList(0, rows.size() - 1));
                MiaoCsvRow last = rows.getLast();
                if (last instanceof MiaoCsvRow.Parsed p) {
                    assertThat(p).as("cut at %d", at).isEqualTo(fullRows.get(rows.size() - 1));
                }
            }
        }

        private int startOffset(long lineNumber) {
            int offset = 0;
            for (long l = 1; l < lineNumber; l++) {
                offset = full.indexOf('\n', offset) + 1;
            }
            return offset;
        }
    }

    @Nested
    class Header {

        @Test
        void anotherCsvIsRefusedNamingTheMissingColumns() {
            String usaspending = "contract_transaction_unique_key,award_id_piid,naics_code\nA,B,334516\n";
            assertThatThrownBy(() -> read(usaspending))
                    .isInstanceOf(MiaoCsvFormatException.class)
                    .hasMessageStartingWith("This is not a MIAO waiver list export; the file is refused. Missing columns: "
                            + "\"_id\", \"state\", \"created\"")
                    .hasMessageContaining("\"Countries_Of_Origin_And_USContent\".")
                    .hasMessageContaining("Header found: \"contract_transaction_unique_key\", \"award_id_piid\", \"naics_code\".");
        }

        @Test
        void oneMissingColumnIsNamed() {
            String csv = oneRecord(sampleValues()).replaceFirst("\"Piids\"", "\"PIID_List\"");
            assertThatThrownBy(() -> read(csv))
                    .hasMessageContaining("Missing column: \"Piids\".");
        }

        @Test
        void aDuplicatedColumnIsRefused() {
            String csv = oneRecord(sampleValues()).replaceFirst("\"Psc_Name\"", "\"Psc_Code\"");
            assertThatThrownBy(() -> read(csv))
                    .hasMessageContaining("Missing column: \"Psc_Name\".")
                    .hasMessageContaining("Column named twice: \"Psc_Code\".");
        }

        @Test
        void emptyFileIsRefused() {
            assertThatThrownBy(() -> read("")).isInstanceOf(MiaoCsvFormatException.class).hasMessageContaining("empty");
        }

        @Test
        void columnsAreMatchedByNameInAnyOrderAndExtraColumnsIgnored() {
            List<String> headers = new ArrayList<>(MiaoColumn.headers());
            List<String> values = sampleValues();
            Collections.reverse(headers);
            Collections.reverse(values);
            headers.add("  extra_column ");
            values.add("whatever");
            String csv = headers.stream().map(h -> "\"" + h.toUpperCase() + "\"").collect(Collectors.joining(","))
                    + "\n" + values.stream().map(v -> "\"" + v.replace("\"", "\"\"") + "\"").collect(Collectors.joining(","));
            try (MiaoCsvReader r = MiaoCsvReader.open(new StringReader(csv))) {
                assertThat(r.ignoredColumns()).containsExactly("EXTRA_COLUMN");
                List<MiaoCsvRow> rows = r.stream().toList();
                assertThat(records(rows)).isEqualTo(records(read(oneRecord(sampleValues()))));
            }
        }
    }

    @Nested
    class RecordsThatCannotBeUsed {

        private MiaoCsvRow readWith(MiaoColumn column, String value) {
            List<String> v = sampleValues();
            v.set(column.ordinal(), value);
            return read(oneRecord(v)).getFirst();
        }

        private String rejection(MiaoColumn column, String value) {
            MiaoCsvRow row = readWith(column, value);
            assertThat(row).isInstanceOf(MiaoCsvRow.Rejected.class);
            MiaoCsvRow.Rejected r = (MiaoCsvRow.Rejected) row;
            assertThat(r.lineNumber()).isEqualTo(2);
            return r.reason();
        }

        @Test
        void unknownCodedValue() {
            assertThat(rejection(MiaoColumn.WAIVER_COVERAGE, "Partial Waiver")).isEqualTo(
                    "Waiver_Coverage has an unknown value \"Partial Waiver\" (expected \"Individual Waiver\", "
                            + "\"Multi-procurement Waiver\" or N/A).");
            assertThat(rejection(MiaoColumn.PROCUREMENT_STAGE, "Award")).startsWith("Procurement_Stage has an unknown value");
            assertThat(rejection(MiaoColumn.STATE, "deleted")).startsWith("state has an unknown value \"deleted\"");
        }

        @Test
        void badDateYesNoOrJson() {
            assertThat(rejection(MiaoColumn.CREATED, "30/03/2022")).isEqualTo("created is not a date and time: \"30/03/2022\".");
            assertThat(rejection(MiaoColumn.IS_PRICE_PREFERENCE_INCLUDED, "Maybe"))
                    .isEqualTo("Is_Price_Preference_Included must be Yes or No, not \"Maybe\".");
            assertThat(rejection(MiaoColumn.PIIDS, "[{\"piid\":\"A\""))
                    .startsWith("Piids is not valid JSON");
            assertThat(rejection(MiaoColumn.COUNTRIES_OF_ORIGIN, "France"))
                    .isEqualTo("Countries_Of_Origin_And_USContent is not the list's JSON: \"France\".");
        }

        @Test
        void allProblemsOfARecordAreListed() {
            List<String> v = sampleValues();
            v.set(MiaoColumn.CREATED.ordinal(), "yesterday");
            v.set(MiaoColumn.REQUEST_STATUS.ordinal(), "Pending");
            MiaoCsvRow.Rejected r = (MiaoCsvRow.Rejected) read(oneRecord(v)).getFirst();
            assertThat(r.id()).isEqualTo("0123456789abcdef01234567");
            assertThat(r.reason()).contains("created is not a date").contains("Request_Status has an unknown value \"Pending\"");
        }

        @Test
        void noId() {
            MiaoCsvRow row = readWith(MiaoColumn.ID, "  ");
            assertThat(row).isEqualTo(new MiaoCsvRow.Rejected(2, null, "The record has no _id, so it cannot be identified."));
        }

        @Test
        void wrongFieldCounts() {
            String header = header();
            List<MiaoCsvRow> rows = read(header + "\n\"abc\",\"submitted\"\n\"def\"" + ",\"x\"".repeat(26) + "\n,,,,\n");
            assertThat(rows).containsExactly(
                    new MiaoCsvRow.Rejected(2, "abc", "The record has 2 fields where the header has 26; it is incomplete or a quote is misplaced."),
                    new MiaoCsvRow.Rejected(3, "def", "The record has 27 fields where the header has 26; a quote is probably misplaced."),
                    new MiaoCsvRow.Rejected(4, null, "The record has 5 fields where the header has 26; it is incomplete or a quote is misplaced."));
        }

        @Test
        void trailingEmptyFieldsAreTolerated() {
            String csv = oneRecord(sampleValues()).stripTrailing() + ",,\n";
            assertThat(read(csv).getFirst()).isInstanceOf(MiaoCsvRow.Parsed.class);
        }

        @Test
        void absurdlyWideRecordRefusesTheFile() {
            String csv = header() + "\n" + "\"x\",".repeat(1_000) + "\"x\"\n";
            assertThatThrownBy(() -> read(csv))
                    .isInstanceOf(MiaoCsvFormatException.class)
                    .hasMessage("The record starting at line 2 has more than 1000 fields; this is not a MIAO waiver list.");
        }

        @Test
        void brokenQuotingInTheMiddleRefusesTheFile() {
            String full = realText();
            int line3 = full.indexOf('\n', full.indexOf('\n') + 1) + 1;
            String broken = full.substring(0, line3) + "\"x\"y," + full.substring(line3);
            try (MiaoCsvReader r = MiaoCsvReader.open(new StringReader(broken))) {
                var it = r.iterator();
                assertThat(it.next()).isInstanceOf(MiaoCsvRow.Parsed.class);
                assertThatThrownBy(it::hasNext)
                        .isInstanceOf(MiaoCsvFormatException.class)
                        .hasMessageStartingWith("The file's CSV structure is broken in the record starting at line 3");
            }
        }
    }

    @Nested
    class VariantSpellings {

        @ParameterizedTest(name = "{0} = {1}")
        @CsvSource(delimiter = '|', value = {
                "Procurement_Stage                               | pre solicitation              | PRE_SOLICITATION",
                "Procurement_Stage                               | PRE-SOLICITATION              | PRE_SOLICITATION",
                "Procurement_Stage                               | Post\u2013Solicitation        | POST_SOLICITATION",
                "Waiver_Coverage                                 | Multi-Procurement waiver      | MULTI_PROCUREMENT",
                "Waiver_Coverage                                 | individual                    | INDIVIDUAL",
                "Expected_Maximum_Duration_Of_The_Request_Waiver | 0-6 Months                    | UP_TO_6_MONTHS",
                "Expected_Maximum_Duration_Of_The_Request_Waiver | between 1 and 2 years         | BETWEEN_1_AND_2_YEARS",
                "Expected_Maximum_Duration_Of_The_Request_Waiver | More Than 5 Years             | MORE_THAN_5_YEARS",
                "OMB_Determination                               | consistent with policy        | CONSISTENT",
                "OMB_Determination                               | Consistent with Policy, with conditions | CONDITIONALLY_CONSISTENT",
                "Request_Status                                  | REVIEWED                      | REVIEWED",
                "state                                           | Edited                        | EDITED",
        })
        void accepted(String column, String value, String expected) {
            MiaoColumn c = MiaoColumn.fromHeader(column).orElseThrow();
            List<String> v = sampleValues();
            v.set(c.ordinal(), value);
            MiaoWaiverRecord r = ((MiaoCsvRow.Parsed) read(oneRecord(v)).getFirst()).record();
            Object actual = switch (c) {
                case PROCUREMENT_STAGE -> r.procurementStage();
                case WAIVER_COVERAGE -> r.waiverCoverage();
                case EXPECTED_MAXIMUM_DURATION -> r.expectedMaximumDuration();
                case OMB_DETERMINATION -> r.ombDetermination();
                case REQUEST_STATUS -> r.requestStatus();
                case STATE -> r.state();
                default -> throw new IllegalArgumentException(column);
            };
            assertThat(((Enum<?>) actual).name()).isEqualTo(expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"N/A", "n/a", "NA", " N / A ", "Not applicable", ""})
        void notApplicableIsNull(String value) {
            List<String> v = sampleValues();
            for (MiaoColumn c : List.of(MiaoColumn.WAIVER_COVERAGE, MiaoColumn.EXPECTED_MAXIMUM_DURATION,
                    MiaoColumn.OMB_DETERMINATION, MiaoColumn.SOLICITATION_ID, MiaoColumn.SOURCES_SOUGHT_OR_RFI_ISSUED,
                    MiaoColumn.PIIDS, MiaoColumn.COUNTRIES_OF_ORIGIN)) {
                v.set(c.ordinal(), value);
            }
            MiaoWaiverRecord r = ((MiaoCsvRow.Parsed) read(oneRecord(v)).getFirst()).record();
            assertThat(r.waiverCoverage()).isNull();
            assertThat(r.expectedMaximumDuration()).isNull();
            assertThat(r.ombDetermination()).isNull();
            assertThat(r.solicitationId()).isNull();
            assertThat(r.sourcesSoughtOrRfiIssued()).isNull();
            assertThat(r.piids()).isEmpty();
            assertThat(r.countriesOfOrigin()).isEmpty();
        }

        @Test
        void yesNoVariants() {
            for (String yes : List.of("yes", "YES", "Y", "true")) {
                List<String> v = sampleValues();
                v.set(MiaoColumn.SOURCES_SOUGHT_OR_RFI_ISSUED.ordinal(), yes);
                assertThat(((MiaoCsvRow.Parsed) read(oneRecord(v)).getFirst()).record().sourcesSoughtOrRfiIssued()).isTrue();
            }
        }

        @Test
        void plainTextPiidsAndBareCountryObjectsAreAccepted() {
            List<String> v = sampleValues();
            v.set(MiaoColumn.PIIDS.ordinal(), "ABC123; DEF456 ,GHI789");
            v.set(MiaoColumn.COUNTRIES_OF_ORIGIN.ordinal(), "[{\"Two\":\"de\",\"Three\":\"DEU\",\"Numeric\":\"276\",\"Name\":\"GERMANY\"}]");
            MiaoCsvRow.Parsed p = (MiaoCsvRow.Parsed) read(oneRecord(v)).getFirst();
            assertThat(p.record().piids()).containsExactly("ABC123", "DEF456", "GHI789");
            assertThat(p.record().countriesOfOrigin()).containsExactly(new CountryOfOrigin("DE", "DEU", 276, "GERMANY"));
            assertThat(p.notes()).extracting(ImportNote::kind).containsExactly(ImportNote.Kind.UNUSUAL_FORM);
        }

        @Test
        void namibiaIsNotNotApplicable() {
            List<String> v = sampleValues();
            v.set(MiaoColumn.COUNTRIES_OF_ORIGIN.ordinal(),
                    "[{\"countryOfOriginAndUSContent\":{\"Two\":\"NA\",\"Three\":\"NAM\",\"Numeric\":516,\"Name\":\"NAMIBIA\"}}]");
            assertThat(((MiaoCsvRow.Parsed) read(oneRecord(v)).getFirst()).record().countriesOfOrigin())
                    .containsExactly(new CountryOfOrigin("NA", "NAM", 516, "NAMIBIA"));
        }

        @Test
        void malformedCountryCodesAreLeftOutWithANote() {
            List<String> v = sampleValues();
            v.set(MiaoColumn.COUNTRIES_OF_ORIGIN.ordinal(),
                    "[{\"countryOfOriginAndUSContent\":{\"Two\":\"F1\",\"Three\":\"FRA\"}},"
                            + "{\"countryOfOriginAndUSContent\":{\"Two\":\"JP\",\"Three\":\"JPN\",\"Numeric\":392,\"Name\":\"JAPAN\"}}]");
            MiaoCsvRow.Parsed p = (MiaoCsvRow.Parsed) read(oneRecord(v)).getFirst();
            assertThat(p.record().countriesOfOrigin()).extracting(CountryOfOrigin::alpha2).containsExactly("JP");
            assertThat(p.notes()).singleElement().satisfies(n ->
                    assertThat(n.message()).startsWith("Country entry 1 was left out: Not an ISO 3166-1 alpha-2 code: \"F1\"."));
        }
    }

    @Test
    void aReaderIsIteratedOnce() {
        try (MiaoCsvReader r = MiaoCsvReader.open(new StringReader(realText()))) {
            r.iterator();
            assertThatThrownBy(r::iterator).isInstanceOf(IllegalStateException.class);
        }
    }
}
