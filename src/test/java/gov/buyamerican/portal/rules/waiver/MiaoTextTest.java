package gov.buyamerican.portal.rules.waiver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MiaoTextTest {

    @Test
    void privateUseBulletsAreRemovedAndLineBreaksKept() {
        String raw = "characteristics are\nbelow:\n\uDBC0\uDC78 Capacity 40-45 pint\n\uDBC0\uDC78 Passive drain";
        MiaoText.Cleaned c = MiaoText.cleanCounting(raw, true);
        assertThat(c.value()).isEqualTo("characteristics are\nbelow:\nCapacity 40-45 pint\nPassive drain");
        assertThat(c.removed()).isEqualTo(2);
        assertThat(new String(Character.toChars(0x100078))).isEqualTo("\uDBC0\uDC78");
    }

    @Test
    void directionMarksAreRemoved() {
        MiaoText.Cleaned c = MiaoText.cleanCounting("basis for design.\u202C\u202C\u202C", true);
        assertThat(c.value()).isEqualTo("basis for design.");
        assertThat(c.removed()).isEqualTo(3);
    }

    @Test
    void whiteSpaceIsNormalized() {
        assertThat(MiaoText.clean("  a\t\tb  \u00A0c  \r\n\r\n  d  \n\n\n", true)).isEqualTo("a b c\n\nd");
        assertThat(MiaoText.clean("line one\r\nline two", false)).isEqualTo("line one line two");
        assertThat(MiaoText.clean("N6247321D1018  X001", false)).isEqualTo("N6247321D1018 X001");
        assertThat(MiaoText.clean("Navy\u2019s \u201Cquoted\u201D \u2013 dash", false)).isEqualTo("Navy\u2019s \u201Cquoted\u201D \u2013 dash");
    }

    @Test
    void nothingLeftIsNull() {
        assertThat(MiaoText.clean(null, true)).isNull();
        assertThat(MiaoText.clean("", true)).isNull();
        assertThat(MiaoText.clean(" \n\t\u202C\uFEFF ", true)).isNull();
    }

    /** Property: cleaning is idempotent and leaves no removed character, tab, CR or double space. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void idempotent(long seed) {
        Random random = new Random(seed);
        int[] alphabet = {'a', 'Z', '1', ' ', ' ', '\t', '\n', '\r', 0xA0, 0x2028, 0x202C, 0x200B, 0xFEFF, 0xE000,
                0x100078, 0x2019, 0x00E9, 0x0007, 0x1F600, 0xD800};
        for (int i = 0; i < 5_000; i++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(30);
            for (int k = 0; k < len; k++) {
                int cp = alphabet[random.nextInt(alphabet.length)];
                if (cp == 0xD800) {
                    b.append((char) cp); // a lone surrogate
                } else {
                    b.appendCodePoint(cp);
                }
            }
            for (boolean multi : new boolean[] {true, false}) {
                String once = MiaoText.clean(b.toString(), multi);
                assertThat(MiaoText.clean(once, multi)).isEqualTo(once);
                if (once != null) {
                    assertThat(once).doesNotContain("\t", "\r", "  ", "\u202C", "\uFEFF", "\u200B")
                            .isEqualTo(once.strip());
                    assertThat(once.codePoints().noneMatch(cp -> Character.getType(cp) == Character.PRIVATE_USE
                            || Character.getType(cp) == Character.SURROGATE)).isTrue();
                    if (!multi) {
                        assertThat(once).doesNotContain("\n");
                    }
                }
            }
        }
    }
}
