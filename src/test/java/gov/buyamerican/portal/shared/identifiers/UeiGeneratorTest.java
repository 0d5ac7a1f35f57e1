package gov.buyamerican.portal.shared.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UeiGeneratorTest {

    static LongStream seeds() {
        return LongStream.concat(LongStream.rangeClosed(0, 24), LongStream.of(Long.MIN_VALUE, Long.MAX_VALUE, 0xC0FFEE));
    }

    /** Property: every generated value is a valid, already normalized UEI. */
    @ParameterizedTest
    @MethodSource("seeds")
    void everythingItGeneratesValidates(long seed) {
        UeiGenerator generator = new UeiGenerator(seed);
        for (int n = 0; n < 20_000; n++) {
            String uei = generator.next();
            assertThat(Uei.validate(uei)).as(uei).isEqualTo(Validation.valid(uei));
        }
    }

    @Test
    void theSameSeedGivesTheSameSequence() {
        UeiGenerator a = new UeiGenerator(42);
        UeiGenerator b = new UeiGenerator(42);
        for (int n = 0; n < 1_000; n++) {
            assertThat(a.next()).isEqualTo(b.next());
        }
        assertThat(new UeiGenerator(43).next()).isNotEqualTo(new UeiGenerator(42).next());
    }

    @Test
    void usesTheWholeAlphabetAndReachesTheEightDigitBoundary() {
        UeiGenerator generator = new UeiGenerator(7);
        Set<Character> first = new HashSet<>();
        Set<Character> others = new HashSet<>();
        Set<String> values = new HashSet<>();
        int eightDigitRuns = 0;
        for (int n = 0; n < 200_000; n++) {
            String uei = generator.next();
            values.add(uei);
            first.add(uei.charAt(0));
            uei.substring(1).chars().forEach(c -> others.add((char) c));
            if (Uei.longestDigitRun(uei) == 8) {
                eightDigitRuns++;
            }
        }
        Set<Character> alphabet = UeiGenerator.ALPHABET.chars().mapToObj(c -> (char) c).collect(Collectors.toSet());
        assertThat(others).isEqualTo(alphabet);
        assertThat(first).isEqualTo(alphabet.stream().filter(c -> c != '0').collect(Collectors.toSet()));
        assertThat(eightDigitRuns).as("UEIs with exactly eight digits in a row").isPositive();
        assertThat(values).as("no duplicates in 200,000 draws").hasSize(200_000);
    }

    @Test
    void theAlphabetIsDigitsAndLettersWithoutOAndI() {
        String expected = IntStream.concat(IntStream.rangeClosed('0', '9'), IntStream.rangeClosed('A', 'Z'))
                .filter(c -> c != 'O' && c != 'I')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        assertThat(UeiGenerator.ALPHABET).isEqualTo(expected);
    }
}
