package gov.buyamerican.portal.shared.usaspending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsaSpendingCsvReaderTest {

    private static final SampleCsv SAMPLE = SampleCsv.load();

    static List<UsaSpendingRow> readAll(String csv) {
        try (var reader = UsaSpendingCsvReader.open(new StringReader(csv))) {
            List<UsaSpendingRow> rows = new ArrayList<>();
            reader.forEach(rows::add);
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<UsaSpendingRow> readAll(InputStream in) {
        try (var reader = UsaSpendingCsvReader.open(in)) {
            return reader.stream().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static UsaSpendingTransaction transaction(UsaSpendingRow row) {
        assertThat(row).isInstanceOf(TransactionRow.class);
        return ((TransactionRow) row).transaction();
    }

    static List<String> reasons(UsaSpendingRow row) {
        assertThat(row).isInstanceOf(RowProblem.class);
        return ((RowProblem) row).reasons();
    }

    @Nested
    class TheRealSampleFile {

        @Test
        void parsesBothRowsWithTheirValues() {
            List<UsaSpendingRow> rows = readAll(SampleCsv.open());

            assertThat(rows).hasSize(2).extracting(UsaSpendingRow::line).containsExactly(2L, 3L);

            UsaSpendingTransaction first = transaction(rows.get(0));
            assertThat(first.contractTransactionUniqueKey()).isEqualTo("1501_4732_15JPSS24F00000910_P00001_47QTCA20D005U_0");
            assertThat(first.awardIdPiid()).isEqualTo("15JPSS24F00000910");
            assertThat(first.modificationNumber()).isEqualTo("P00001");
            assertThat(first.actionDate()).isEqualTo(LocalDate.of(2024, 9, 30));
            assertThat(first.federalActionObligation()).isEqualTo(new BigDecimal("0.00"));
            assertThat(first.recipient()).isEqualTo(new UsaSpendingTransaction.Recipient(
                    "UNXEYQN41M87", "MORPHWORKS INC.", null, "7VYR1", "UNXEYQN41M87", "USA", "UNITED STATES",
                    "1750 TYSONS BLVD", "STE 1500", "MCLEAN", "VA", "221024200", "7033720828",
                    new UsaSpendingTransaction.BusinessTypes(BusinessSize.SMALL, false, false, false, false, false, false)));
            assertThat(first.awarding()).isEqualTo(new UsaSpendingTransaction.Awarding(
                    "015", "Department of Justice", "1501", "Offices, Boards and Divisions",
                    "15JPSS", "JMD-PROCUREMENT SERVICES STAFF"));
            assertThat(first.naicsCode()).isEqualTo("541519");
            assertThat(first.naicsDescription()).isEqualTo("OTHER COMPUTER RELATED SERVICES");
            assertThat(first.productOrServiceCode()).isEqualTo("DC01");
            assertThat(first.productOrServiceDescription()).isEqualTo("IT AND TELECOM - DATA CENTER SUPPORT SERVICES (LABOR)");
            assertThat(first.placeOfManufacture()).isEqualTo(PlaceOfManufacture.C);
            assertThat(first.domesticOrForeignEntity()).isEqualTo(DomesticOrForeignEntity.A);
            assertThat(first.countryOfOriginCode()).isEqualTo("USA");
            assertThat(first.transactionDescription())
                    .isEqualTo("DATA CENTER TRANSFORMATION INITIATIVE SUPPORT SERVICES/UPDATE CLIN/SLIN NTE AMOUNT");

            UsaSpendingTransaction second = transaction(rows.get(1));
            assertThat(second.contractTransactionUniqueKey()).isEqualTo("1544_1501_15M40024FA3500004_0_15JPSS24D00000254_0");
            assertThat(second.modificationNumber()).isEqualTo("0");
            assertThat(second.recipient().uei()).isEqualTo("EM7LMJJCF6B7");
            assertThat(second.recipient().name()).isEqualTo("FEDERAL EXPRESS CORPORATION");
            assertThat(second.recipient().doingBusinessAsName()).isEqualTo("FEDEX");
            assertThat(second.recipient().cageCode()).isEqualTo("01FJ4");
            assertThat(second.recipient().parentUei()).isEqualTo("D8YCU3XSC4V5");
            assertThat(second.recipient().addressLine2()).isNull();
            assertThat(second.recipient().businessTypes().size()).isEqualTo(BusinessSize.OTHER_THAN_SMALL);
            assertThat(second.awarding().subAgencyName()).isEqualTo("U.S. Marshals Service");
            assertThat(second.naicsCode()).isEqualTo("492110");
            assertThat(second.productOrServiceCode()).isEqualTo("V119");
            assertThat(second.transactionDescription()).startsWith("DOJ'S FEDEX WORLD WIDE DELIVERY SERVICES");
        }

        @Test
        void exposesTheNormalizedHeader() throws IOException {
            try (var reader = UsaSpendingCsvReader.open(SampleCsv.open())) {
                assertThat(reader.header()).hasSize(297).startsWith("contract_transaction_unique_key")
                        .contains("c8a_program_participant", "outlayed_amount_from_covid-19_supplementals_for_overall_award")
                        .containsAll(UsaSpendingCsvReader.REQUIRED_COLUMNS);
            }
        }

        @Test
        void readsTheSameFromBytesFromCharactersAndWithAByteOrderMark() throws IOException {
            byte[] bytes;
            try (InputStream in = SampleCsv.open()) {
                bytes = in.readAllBytes();
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            byte[] withBom = new byte[bytes.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(bytes, 0, withBom, 3, bytes.length);

            List<UsaSpendingRow> expected = readAll(new ByteArrayInputStream(bytes));
            assertThat(expected).hasSize(2).allMatch(TransactionRow.class::isInstance);
            assertThat(readAll(text)).isEqualTo(expected);
            assertThat(readAll("\uFEFF" + text)).isEqualTo(expected);
            assertThat(readAll(new ByteArrayInputStream(withBom))).isEqualTo(expected);
            assertThat(readAll(text.replace("\n", "\r\n"))).isEqualTo(expected);
        }
    }

    @Nested
    class Columns {

        static LongStream seeds() {
            return LongStream.rangeClosed(1, 10);
        }

        @ParameterizedTest
        @MethodSource("seeds")
        void areFoundByNameInAnyOrder(long seed) {
            List<Integer> order = new ArrayList<>(IntStream.range(0, SAMPLE.header.size()).boxed().toList());
            Collections.shuffle(order, new Random(seed));
            List<String> header = order.stream().map(SAMPLE.header::get).toList();
            List<List<String>> rows = SAMPLE.rows.stream()
                    .map(row -> order.stream().map(row::get).toList())
                    .toList();

            assertThat(readAll(SampleCsv.csv(header, rows))).isEqualTo(readAll(SAMPLE.csv(SAMPLE.rows)));
        }

        @Test
        void matchIgnoringCaseAndSurroundingBlanks() {
            List<String> header = SAMPLE.header.stream().map(h -> " " + h.toUpperCase() + " ").toList();
            assertThat(readAll(SampleCsv.csv(header, SAMPLE.rows))).isEqualTo(readAll(SAMPLE.csv(SAMPLE.rows)));
        }

        @Test
        void onlyTheMappedColumnsAreNeededInAnyOrder() {
            List<String> columns = new ArrayList<>(Arrays.stream(Column.values()).map(Column::header).toList());
            Collections.reverse(columns);
            List<List<String>> rows = SAMPLE.rows.stream()
                    .map(row -> SampleCsv.project(SAMPLE.header, row, columns))
                    .toList();

            assertThat(readAll(SampleCsv.csv(columns, rows))).isEqualTo(readAll(SAMPLE.csv(SAMPLE.rows)));
        }

        @Test
        void optionalColumnsMayBeLeftOut() {
            List<String> columns = UsaSpendingCsvReader.REQUIRED_COLUMNS;
            List<List<String>> rows = SAMPLE.rows.stream()
                    .map(row -> SampleCsv.project(SAMPLE.header, row, columns))
                    .toList();

            List<UsaSpendingRow> read = readAll(SampleCsv.csv(columns, rows));
            assertThat(read).hasSameSizeAs(SAMPLE.rows).allSatisfy(r -> assertThat(r)
                    .isInstanceOfSatisfying(TransactionRow.class,
                            t -> assertThat(t.transaction().parentAwardTypeCode()).isNull()));
            assertThat(readAll(SAMPLE.csv(SAMPLE.rows))).anySatisfy(r -> assertThat(r)
                    .isInstanceOfSatisfying(TransactionRow.class,
                            t -> assertThat(t.transaction().parentAwardTypeCode()).isNotNull()));
        }

        @Test
        void aMissingRequiredColumnFailsTheWholeFileAndIsNamed() {
            List<String> header = SAMPLE.header.stream()
                    .map(h -> h.equals("recipient_uei") ? "recipient_uei_old" : h)
                    .toList();
            String csv = SampleCsv.csv(header, SAMPLE.rows);

            assertThatThrownBy(() -> UsaSpendingCsvReader.open(new StringReader(csv)))
                    .isInstanceOf(UsaSpendingFormatException.class)
                    .hasMessage("The file is missing required column: recipient_uei")
                    .asInstanceOf(type(UsaSpendingFormatException.class))
                    .satisfies(e -> {
                        assertThat(e.missingColumns()).containsExactly("recipient_uei");
                        assertThat(e.line()).isEqualTo(1);
                    });
        }

        @Test
        void severalMissingColumnsAreAllNamed() {
            List<String> columns = new ArrayList<>(UsaSpendingCsvReader.REQUIRED_COLUMNS);
            columns.removeAll(List.of("action_date", "place_of_manufacture_code"));
            String csv = SampleCsv.csv(columns, List.of());

            assertThatThrownBy(() -> UsaSpendingCsvReader.open(new StringReader(csv)))
                    .hasMessage("The file is missing required columns: action_date, place_of_manufacture_code");
        }

        @Test
        void anUnrelatedCsvFileIsRecognisedAsSuch() {
            assertThatThrownBy(() -> UsaSpendingCsvReader.open(new StringReader("name,amount\nfoo,1\n")))
                    .isInstanceOf(UsaSpendingFormatException.class)
                    .hasMessage("The file is missing 39 of the 39 required columns (contract_transaction_unique_key, "
                            + "award_id_piid, modification_number, action_date, federal_action_obligation and 34 more): "
                            + "it does not look like a USAspending contract transactions file")
                    .asInstanceOf(type(UsaSpendingFormatException.class))
                    .extracting(UsaSpendingFormatException::missingColumns)
                    .isEqualTo(UsaSpendingCsvReader.REQUIRED_COLUMNS);
        }

        @Test
        void aDuplicatedRequiredColumnIsRefused() {
            List<String> header = new ArrayList<>(SAMPLE.header);
            header.add("action_date");
            assertThatThrownBy(() -> UsaSpendingCsvReader.open(new StringReader(SampleCsv.csv(header, List.of()))))
                    .hasMessage("The header row names these columns more than once: action_date");
        }

        @Test
        void aSemicolonSeparatedFileGetsAHint() {
            String csv = String.join(";", SAMPLE.header) + "\n";
            assertThatThrownBy(() -> UsaSpendingCsvReader.open(new StringReader(csv)))
                    .hasMessage("The header row is not separated by commas (it contains semicolons): "
                            + "save the file as comma-separated CSV");
        }
    }

    @Nested
    class Rows {

        @Test
        void aBadRowAmongGoodRowsIsReportedWithItsLineAndTheOthersStillParse() {
            String csv = SAMPLE.csv(List.of(
                    SAMPLE.rows.get(0),
                    SAMPLE.row(1, "recipient_uei", "0M7LMJJCF6B7"),
                    SAMPLE.rows.get(1),
                    SAMPLE.with(SAMPLE.row(0, "action_date", "2024-02-30"), "federal_action_obligation", "1,250.00")));

            List<UsaSpendingRow> rows = readAll(csv);

            assertThat(rows).extracting(UsaSpendingRow::line).containsExactly(2L, 3L, 4L, 5L);
            assertThat(rows.get(0)).isInstanceOf(TransactionRow.class);
            assertThat(rows.get(1)).isEqualTo(new RowProblem(3, List.of("recipient_uei: UEI cannot start with 0")));
            assertThat(rows.get(2)).isInstanceOf(TransactionRow.class);
            assertThat(rows.get(3)).isEqualTo(new RowProblem(5, List.of(
                    "action_date '2024-02-30' is not a date like 2024-09-30",
                    "federal_action_obligation '1,250.00' is not an amount in dollars like -1250.00")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"\n", "\r\n"})
        void lineNumbersCountTheLineBreaksInsideQuotedCells(String lineBreak) {
            String description = "SUPPLIES, LINE ONE\nLINE \"TWO\"\nLINE THREE";
            String csv = SAMPLE.csv(List.of(
                    SAMPLE.row(0, "transaction_description", description),
                    SAMPLE.row(1, "recipient_uei", ""),
                    SAMPLE.rows.get(1))).replace("\n", lineBreak); // line breaks inside the cell too
            List<UsaSpendingRow> rows = readAll(csv);

            assertThat(rows).extracting(UsaSpendingRow::line).containsExactly(2L, 5L, 6L);
            assertThat(transaction(rows.get(0)).transactionDescription()).isEqualTo(description.replace("\n", lineBreak));
            assertThat(reasons(rows.get(1)))
                    .containsExactly("recipient_uei is blank (a purchase needs the vendor's UEI)");
            assertThat(rows.get(2)).isInstanceOf(TransactionRow.class);
        }

        @Test
        void blankLinesAreSkippedButStillCounted() {
            String csv = SAMPLE.csv(List.of(SAMPLE.rows.get(0))) + "\n\n" + SampleCsv.line(SAMPLE.row(1, "naics_code", "49211"));
            List<UsaSpendingRow> rows = readAll(csv);
            assertThat(rows).extracting(UsaSpendingRow::line).containsExactly(2L, 5L);
            assertThat(reasons(rows.get(1))).containsExactly("naics_code: NAICS code must be 6 digits (got 5)");
        }

        @Test
        void collectsEveryReasonOfARow() {
            List<String> row = SAMPLE.rows.get(0);
            String[][] changes = {
                    {"contract_transaction_unique_key", " "},
                    {"award_id_piid", ""},
                    {"action_date", ""},
                    {"federal_action_obligation", "1e3"},
                    {"recipient_uei", "UNXEYQN41MO7"},
                    {"recipient_parent_uei", "UNXEYQN41M8"},
                    {"cage_code", "7VY-1"},
                    {"naics_code", "5415A9"},
                    {"product_or_service_code", "DC0"},
                    {"recipient_country_code", "US"},
                    {"country_of_product_or_service_origin_code", "U5A"},
                    {"place_of_manufacture_code", "Z"},
                    {"domestic_or_foreign_entity_code", "X"},
                    {"contracting_officers_determination_of_business_size_code", "M"},
                    {"women_owned_small_business", "yes"},
            };
            for (String[] change : changes) {
                row = SAMPLE.with(row, change[0], change[1]);
            }

            assertThat(reasons(readAll(SAMPLE.csv(List.of(row))).getFirst())).containsExactly(
                    "contract_transaction_unique_key is blank (it identifies the transaction)",
                    "award_id_piid is blank (it identifies the contract)",
                    "action_date is blank (expected a date like 2024-09-30)",
                    "federal_action_obligation '1e3' is not an amount in dollars like -1250.00",
                    "recipient_uei: UEI cannot contain the letter O or I (found O at position 11)",
                    "recipient_parent_uei: UEI must be 12 letters and digits (got 11)",
                    "cage_code: CAGE code can contain only letters and digits (found '-')",
                    "naics_code: NAICS code can contain only digits (found 'A')",
                    "product_or_service_code: PSC must be 4 letters and digits (got 3)",
                    "recipient_country_code 'US' is not a 3-letter country code like USA",
                    "country_of_product_or_service_origin_code 'U5A' is not a 3-letter country code like USA",
                    "place_of_manufacture_code 'Z' is not a known code (A to L)",
                    "domestic_or_foreign_entity_code 'X' is not a known code (A, B, C, D or O)",
                    "contracting_officers_determination_of_business_size_code 'M' is not a known code (S or O)",
                    "women_owned_small_business 'yes' is not t or f");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                -1250.50   | -1250.50
                0          | 0
                0.00       | 0.00
                12345678901234.99 | 12345678901234.99
                """)
        void amountsMayBeZeroOrNegativeAndKeepTheirScale(String cell, String expected) {
            var row = readAll(SAMPLE.csv(List.of(SAMPLE.row(0, "federal_action_obligation", cell)))).getFirst();
            assertThat(transaction(row).federalActionObligation()).isEqualTo(new BigDecimal(expected));
        }

        @ParameterizedTest
        @ValueSource(strings = {"$100.00", "100.", ".5", "1,000", "ten", "+5"})
        void refusesAmountsThatAreNotPlainDecimals(String cell) {
            var row = readAll(SAMPLE.csv(List.of(SAMPLE.row(0, "federal_action_obligation", cell)))).getFirst();
            assertThat(reasons(row)).containsExactly(
                    "federal_action_obligation '" + cell + "' is not an amount in dollars like -1250.00");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                2024-09-30          | true
                2024-09-30 00:00:00 | true
                2024-02-29          | true
                2023-02-29          | false
                09/30/2024          | false
                2024-9-30           | false
                """)
        void parsesIsoDates(String cell, boolean valid) {
            var row = readAll(SAMPLE.csv(List.of(SAMPLE.row(0, "action_date", cell)))).getFirst();
            assertThat(row instanceof TransactionRow).isEqualTo(valid);
        }

        @Test
        void mapsEveryPlaceOfManufactureAndEntityCodeAndTheFlags() {
            for (PlaceOfManufacture place : PlaceOfManufacture.values()) {
                var row = readAll(SAMPLE.csv(List.of(SAMPLE.row(0, "place_of_manufacture_code", place.code().toLowerCase()))));
                assertThat(transaction(row.getFirst()).placeOfManufacture()).isEqualTo(place);
            }
            for (DomesticOrForeignEntity entity : DomesticOrForeignEntity.values()) {
                var row = readAll(SAMPLE.csv(List.of(SAMPLE.row(0, "domestic_or_foreign_entity_code", entity.code()))));
                assertThat(transaction(row.getFirst()).domesticOrForeignEntity()).isEqualTo(entity);
            }
            List<String> row = SAMPLE.rows.get(0);
            row = SAMPLE.with(row, "place_of_manufacture_code", "");
            row = SAMPLE.with(row, "domestic_or_foreign_entity_code", "");
            row = SAMPLE.with(row, "contracting_officers_determination_of_business_size_code", "");
            row = SAMPLE.with(row, "small_disadvantaged_business", "t");
            row = SAMPLE.with(row, "self_certified_small_disadvantaged_business", "TRUE");
            row = SAMPLE.with(row, "women_owned_small_business", "t");
            row = SAMPLE.with(row, "service_disabled_veteran_owned_business", "t");
            row = SAMPLE.with(row, "historically_underutilized_business_zone_hubzone_firm", "t");
            row = SAMPLE.with(row, "c8a_program_participant", "");
            UsaSpendingTransaction t = transaction(readAll(SAMPLE.csv(List.of(row))).getFirst());
            assertThat(t.placeOfManufacture()).isNull();
            assertThat(t.domesticOrForeignEntity()).isNull();
            assertThat(t.recipient().businessTypes())
                    .isEqualTo(new UsaSpendingTransaction.BusinessTypes(null, true, true, true, true, true, false));
        }

        @Test
        void normalizesIdentifiers() {
            List<String> row = SAMPLE.rows.get(0);
            row = SAMPLE.with(row, "recipient_uei", " unxeyqn41m87 ");
            row = SAMPLE.with(row, "cage_code", "7vyr1");
            row = SAMPLE.with(row, "product_or_service_code", "dc01");
            row = SAMPLE.with(row, "recipient_country_code", "usa");
            UsaSpendingTransaction t = transaction(readAll(SAMPLE.csv(List.of(row))).getFirst());
            assertThat(t.recipient().uei()).isEqualTo("UNXEYQN41M87");
            assertThat(t.recipient().cageCode()).isEqualTo("7VYR1");
            assertThat(t.productOrServiceCode()).isEqualTo("DC01");
            assertThat(t.recipient().countryCode()).isEqualTo("USA");
        }

        @Test
        void aRowWithTheWrongNumberOfCellsIsAProblemNotAFailure() {
            String csv = SAMPLE.csv(List.of(SAMPLE.rows.get(0)))
                    + "just,three,cells\n"
                    + SampleCsv.line(SAMPLE.rows.get(1));
            List<UsaSpendingRow> rows = readAll(csv);
            assertThat(rows).hasSize(3);
            assertThat(rows.get(1)).isEqualTo(new RowProblem(3, List.of(
                    "the row has 3 cells but the header has 297 (a cell with a comma or line break may have lost its quotes)")));
            assertThat(rows.get(2)).isInstanceOf(TransactionRow.class);
        }
    }

    @Nested
    class BrokenFiles {

        @Test
        void zeroBytes() {
            assertThatThrownBy(() -> UsaSpendingCsvReader.open(new ByteArrayInputStream(new byte[0])))
                    .isInstanceOf(UsaSpendingFormatException.class)
                    .hasMessage("The file is empty (0 bytes)");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "\n", "\r\n\r\n", "\uFEFF"})
        void emptyOrOnlyLineBreaks(String text) {
            assertThatThrownBy(() -> UsaSpendingCsvReader.open(new StringReader(text)))
                    .isInstanceOf(UsaSpendingFormatException.class)
                    .hasMessageStartingWith("The file is empty");
            assertThatThrownBy(() -> UsaSpendingCsvReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOf(UsaSpendingFormatException.class)
                    .hasMessageStartingWith("The file is empty");
        }

        @Test
        void aBlankFirstLine() {
            assertThatThrownBy(() -> UsaSpendingCsvReader.open(new StringReader("   \n")))
                    .hasMessage("The file has no header row: its first line is blank");
        }

        @Test
        void headerOnlyMeansNoRows() throws IOException {
            try (var reader = UsaSpendingCsvReader.open(new StringReader(SAMPLE.csv(List.of())))) {
                assertThat(reader.iterator()).isExhausted();
            }
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                504B0304 | The file is a ZIP archive (a zipped download or an Excel workbook), not a CSV file: USAspending downloads are ZIP files, extract the CSV file inside and upload that
                504B0506 | The file is a ZIP archive (a zipped download or an Excel workbook), not a CSV file: USAspending downloads are ZIP files, extract the CSV file inside and upload that
                1F8B0800 | The file is gzip-compressed, not a CSV file: decompress it and upload the CSV file inside
                D0CF11E0 | The file is a legacy Excel workbook (.xls), not a CSV file
                25504446 | The file is a PDF document, not a CSV file
                89504E47 | The file is not a CSV text file: its first line contains binary data or text that is not UTF-8
                """)
        void commonBinaryFilesGetAClearMessage(String magicHex, String message) {
            byte[] bytes = new byte[4096];
            new Random(1).nextBytes(bytes);
            byte[] magic = java.util.HexFormat.of().parseHex(magicHex);
            System.arraycopy(magic, 0, bytes, 0, magic.length);
            bytes[5] = 0;
            assertThatThrownBy(() -> UsaSpendingCsvReader.open(new ByteArrayInputStream(bytes)))
                    .isInstanceOf(UsaSpendingFormatException.class)
                    .hasMessage(message);
        }

        static LongStream seeds() {
            return LongStream.rangeClosed(1, 30);
        }

        /** Property: random bytes of any length never crash the reader; they fail with the format exception. */
        @ParameterizedTest
        @MethodSource("seeds")
        void randomBinaryInputFailsCleanly(long seed) {
            Random random = new Random(seed);
            byte[] bytes = new byte[1 + random.nextInt(200_000)];
            random.nextBytes(bytes);
            assertThatThrownBy(() -> readAll(new ByteArrayInputStream(bytes)))
                    .isInstanceOf(UsaSpendingFormatException.class);
        }

        @Test
        void textInAnotherEncodingIsRefusedAtTheHeader() {
            byte[] latin1 = ("contract_transaction_unique_key,réf\n").getBytes(StandardCharsets.ISO_8859_1);
            assertThatThrownBy(() -> UsaSpendingCsvReader.open(new ByteArrayInputStream(latin1)))
                    .hasMessage("The file is not a CSV text file: its first line contains binary data or text that is not UTF-8");
        }

        @Test
        void aQuoteErrorStopsReadingAfterTheGoodRowsWithTheLineNumber() throws IOException {
            List<String> broken = SAMPLE.rows.get(1).stream().map(SampleCsv::cell).toList();
            String brokenLine = "\"" + broken.getFirst() + "\"x," + String.join(",", broken.subList(1, broken.size())) + "\n";
            String csv = SAMPLE.csv(List.of(SAMPLE.rows.get(0))) + brokenLine + SampleCsv.line(SAMPLE.rows.get(1));

            try (var reader = UsaSpendingCsvReader.open(new StringReader(csv))) {
                var rows = reader.iterator();
                assertThat(rows.next()).isInstanceOf(TransactionRow.class);
                assertThatThrownBy(rows::next)
                        .isInstanceOf(UsaSpendingFormatException.class)
                        .hasMessageStartingWith("The file is not valid CSV, reading stopped: Unexpected character after closing quote")
                        .asInstanceOf(type(UsaSpendingFormatException.class))
                        .extracting(UsaSpendingFormatException::line).isEqualTo(3L);
            }
        }

        @Test
        void aQuoteLeftOpenAtTheEndIsAnError() {
            String csv = SAMPLE.csv(List.of(SAMPLE.rows.get(0))) + "\"unterminated,";
            assertThatThrownBy(() -> readAll(csv))
                    .isInstanceOf(UsaSpendingFormatException.class)
                    .hasMessageContaining("Unclosed quoted field")
                    .asInstanceOf(type(UsaSpendingFormatException.class))
                    .extracting(UsaSpendingFormatException::line).isEqualTo(3L);
        }
    }

    @Nested
    class Lifecycle {

        @Test
        void rowsCanBeIteratedOnlyOnce() throws IOException {
            try (var reader = UsaSpendingCsvReader.open(SampleCsv.open())) {
                reader.iterator();
                assertThatThrownBy(reader::iterator).isInstanceOf(IllegalStateException.class);
                assertThatThrownBy(reader::stream).isInstanceOf(IllegalStateException.class);
            }
        }

        @Test
        void closesTheStreamWhenClosedAndWhenOpeningFails() throws IOException {
            var ok = new TrackingStream(SampleCsv.open());
            UsaSpendingCsvReader.open(ok).close();
            assertThat(ok.closed).isTrue();

            var bad = new TrackingStream(new ByteArrayInputStream("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)));
            assertThatThrownBy(() -> UsaSpendingCsvReader.open(bad)).isInstanceOf(UsaSpendingFormatException.class);
            assertThat(bad.closed).isTrue();

            var zip = new TrackingStream(new ByteArrayInputStream(new byte[] {'P', 'K', 3, 4, 0}));
            assertThatThrownBy(() -> UsaSpendingCsvReader.open(zip)).isInstanceOf(UsaSpendingFormatException.class);
            assertThat(zip.closed).isTrue();
        }

        @Test
        void closingTheStreamClosesTheReader() {
            var tracking = new TrackingStream(SampleCsv.open());
            try (var rows = UsaSpendingCsvReader.open(tracking).stream()) {
                assertThat(rows.count()).isEqualTo(2);
            }
            assertThat(tracking.closed).isTrue();
        }

        static final class TrackingStream extends FilterInputStream {
            boolean closed;

            TrackingStream(InputStream in) {
                super(in);
            }

            @Override
            public void close() throws IOException {
                closed = true;
                super.close();
            }
        }
    }
}
