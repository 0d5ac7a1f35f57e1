package gov.buyamerican.portal.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetSafeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            =SUM(A1:A2)                | '=SUM(A1:A2)
            +1 555 0100                | '+1 555 0100
            -2+3                       | '-2+3
            @SUM(A1)                   | '@SUM(A1)
            Keystone Forge Co.         | Keystone Forge Co.
            a=b                        | a=b
            """)
    void protectsCellsThatWouldStartAFormula(String text, String expected) {
        assertThat(SpreadsheetSafe.cell(text)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void protectsCellsStartingWithTabOrCarriageReturn() {
        assertThat(SpreadsheetSafe.cell("\t=1+2")).isEqualTo("'\t=1+2");
        assertThat(SpreadsheetSafe.cell("\r=1+2")).isEqualTo("'\r=1+2");
    }

    @org.junit.jupiter.api.Test
    void nullAndEmptyBecomeEmpty() {
        assertThat(SpreadsheetSafe.cell(null)).isEmpty();
        assertThat(SpreadsheetSafe.cell("")).isEmpty();
    }
}
