package gov.buyamerican.portal.shared.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UeiTest {

    @ParameterizedTest
    @ValueSource(strings = {
            // recipient_uei and recipient_parent_uei of the USAspending sample file
            "UNXEYQN41M87", "EM7LMJJCF6B7", "D8YCU3XSC4V5",
            // examples published by org-id.guide for the US-SAM list
            "YNDUZMUZF8H8", "T53MCMLTWK59", "UYDJJ1S8DR85"})
    void acceptsRealUeis(String uei) {
        assertThat(Uei.validate(uei)).isEqualTo(Validation.valid(uei));
    }

    @Test
    void acceptsEveryUeiOfTheUsaSpendingSampleFile() throws IOException {
        List<String> ueis = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/usaspending/contract-transactions-sample.csv");
             CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(in, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord record : csv) {
                ueis.add(record.getField("recipient_uei"));
                ueis.add(record.getField("recipient_parent_uei"));
            }
        }
        assertThat(ueis).hasSize(4).contains("UNXEYQN41M87", "EM7LMJJCF6B7", "D8YCU3XSC4V5");
        assertThat(ueis).allSatisfy(uei -> assertThat(Uei.validate(uei).isValid()).as(uei).isTrue());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            unxeyqn41m87           | UNXEYQN41M87
            UnXeYqN41m87           | UNXEYQN41M87
            '  UNXEYQN41M87  '     | UNXEYQN41M87
            '\tem7lmjjcf6b7\n'     | EM7LMJJCF6B7
            """)
    void normalizesCaseAndSurroundingWhitespace(String input, String expected) {
        String unescaped = input.replace("\\t", "\t").replace("\\n", "\n");
        assertThat(Uei.validate(unescaped)).isEqualTo(Validation.valid(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00A0UNXEYQN41M87\u00A0", "\u200BUNXEYQN41M87", "UNXEYQN41M87\uFEFF", "\u2007UNXEYQN41M87"})
    void trimsNoBreakAndZeroWidthSpacesLeftByCopyAndPaste(String input) {
        assertThat(Uei.validate(input)).isEqualTo(Validation.valid("UNXEYQN41M87"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n", "\u00A0"})
    void requiresAValue(String input) {
        assertThat(Uei.validate(input)).isEqualTo(Validation.invalid("UEI is required"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            A                 | UEI must be 12 letters and digits (got 1)
            UNXEYQN41M8       | UEI must be 12 letters and digits (got 11)
            UNXEYQN41M87A     | UEI must be 12 letters and digits (got 13)
            UNXEYQN41M87UNXEY | UEI must be 12 letters and digits (got 17)
            123456789         | UEI must be 12 letters and digits (got 9; a 9-digit DUNS number is not a UEI)
            12345678A         | UEI must be 12 letters and digits (got 9)
            """)
    void checksTheLengthAtAndAroundTwelve(String input, String message) {
        assertThat(Uei.validate(input)).isEqualTo(Validation.invalid(message));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            UNXE YQN41M87  | UEI can contain only letters and digits (found a space)
            UNXE-YQN41M87  | UEI can contain only letters and digits (found '-')
            UNXEYQN41M8.   | UEI can contain only letters and digits (found '.')
            UNXEYQN41M8７  | UEI can contain only letters and digits (found '７')
            UNXEYQN41M8é   | UEI can contain only letters and digits (found 'é')
            """)
    void refusesCharactersOtherThanAsciiLettersAndDigits(String input, String message) {
        assertThat(Uei.validate(input)).isEqualTo(Validation.invalid(message));
    }

    @Test
    void doesNotTurnTheTurkishDotlessIIntoAnAsciiLetter() {
        // "ı".toUpperCase() is "I", and "ſ".toUpperCase() is "S": neither may sneak through.
        assertThat(Uei.validate("UNXEYQN41Mı7").problem()).contains("UEI can contain only letters and digits (found 'ı')");
        assertThat(Uei.validate("UNXEYQN41Mſ7").problem()).contains("UEI can contain only letters and digits (found 'ſ')");
    }

    static Stream<Arguments> everyPositionWithOAndI() {
        return IntStream.range(0, 12).boxed()
                .flatMap(i -> Stream.of('O', 'o', 'I', 'i').map(letter -> Arguments.of(i, letter)));
    }

    @ParameterizedTest
    @MethodSource("everyPositionWithOAndI")
    void refusesTheLettersOAndIAtEveryPosition(int position, char letter) {
        char[] chars = "UNXEYQN41M87".toCharArray();
        chars[position] = letter;
        assertThat(Uei.validate(new String(chars))).isEqualTo(Validation.invalid(
                "UEI cannot contain the letter O or I (found " + Character.toUpperCase(letter)
                        + " at position " + (position + 1) + ")"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0NXEYQN41M87", "0ABCDEFGHJK1", "012345678ABC", "00000000000A"})
    void refusesALeadingZeroAndSaysSoBeforeAnyDigitRun(String input) {
        assertThat(Uei.validate(input)).isEqualTo(Validation.invalid("UEI cannot start with 0"));
    }

    @Test
    void acceptsZeroAfterTheFirstPosition() {
        assertThat(Uei.validate("1NXEYQN41M87")).isEqualTo(Validation.valid("1NXEYQN41M87"));
        assertThat(Uei.validate("A00000000BCD")).isEqualTo(Validation.valid("A00000000BCD"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            A12345678BCD | true
            A123456789BC | false
            12345678ABCD | true
            123456789ABC | false
            ABCD12345678 | true
            ABC123456789 | false
            A1234567890B | false
            123456789012 | false
            12345678A123 | true
            """)
    void allowsEightDigitsInARowButNotNine(String input, boolean valid) {
        assertThat(Uei.validate(input).isValid()).as(input).isEqualTo(valid);
        if (!valid) {
            assertThat(Uei.validate(input)).isEqualTo(Validation.invalid("UEI cannot contain nine digits in a row"));
        }
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 20);
    }

    /** Property: a valid UEI stays valid, and normalizes to itself, whatever its case and surrounding blanks. */
    @ParameterizedTest
    @MethodSource("seeds")
    void normalizationIsIdempotentAndCaseInsensitive(long seed) {
        Random random = new Random(seed);
        UeiGenerator generator = new UeiGenerator(seed);
        for (int n = 0; n < 1_000; n++) {
            String uei = generator.next();
            StringBuilder mixed = new StringBuilder();
            for (char c : uei.toCharArray()) {
                mixed.append(random.nextBoolean() ? Character.toLowerCase(c) : c);
            }
            String input = " ".repeat(random.nextInt(3)) + mixed + "\t".repeat(random.nextInt(2));
            Validation<String> result = Uei.validate(input);
            assertThat(result).isEqualTo(Validation.valid(uei));
            assertThat(Uei.validate(result.orElseThrow())).isEqualTo(result);
        }
    }

    /** Property: breaking exactly one rule of a valid UEI always makes it invalid. */
    @ParameterizedTest
    @MethodSource("seeds")
    void breakingAnyOneRuleIsDetected(long seed) {
        Random random = new Random(seed);
        UeiGenerator generator = new UeiGenerator(seed);
        for (int n = 0; n < 1_000; n++) {
            char[] chars = generator.next().toCharArray();
            switch (random.nextInt(5)) {
                case 0 -> chars[random.nextInt(12)] = random.nextBoolean() ? 'O' : 'I';
                case 1 -> chars[0] = '0';
                case 2 -> {
                    int start = random.nextInt(4);
                    for (int i = start; i < start + 9; i++) {
                        chars[i] = (char) ('0' + random.nextInt(10));
                    }
                    chars[0] = chars[0] == '0' ? '1' : chars[0];
                }
                case 3 -> chars[random.nextInt(12)] = "-_ ./#".charAt(random.nextInt(6));
                default -> chars = random.nextBoolean()
                        ? new String(chars, 0, random.nextInt(12)).toCharArray()
                        : (new String(chars) + "A".repeat(1 + random.nextInt(3))).toCharArray();
            }
            String broken = new String(chars);
            assertThat(Uei.isValid(broken)).as(broken).isFalse();
        }
    }
}
