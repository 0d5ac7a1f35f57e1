package gov.buyamerican.portal.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleUnitTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "PERCENT, 60.0000, 60%",
            "PERCENT, 12.5000, 12.5%",
            "PERCENT, 0, 0%",
            "USD, 15000.0000, '$15,000'",
            "USD, 174000.5000, '$174,000.50'",
            "DAYS, 365.0000, 365 days",
            "DAYS, 1, 1 day",
            "BUSINESS_DAYS, 15.0000, 15 business days",
    })
    void formats(RuleUnit unit, String value, String expected) {
        assertThat(unit.format(new BigDecimal(value))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "PERCENT, 100, ",
            "PERCENT, 0, ",
            "PERCENT, 100.0001, between 0 and 100",
            "PERCENT, -1, between 0 and 100",
            "PERCENT, 12.34567, 4 decimal places",
            "USD, 0, greater than zero",
            "USD, 15000.001, 2 decimal places",
            "USD, 15000.10, ",
            "DAYS, 0, whole number",
            "DAYS, 1.5, whole number",
            "DAYS, 3651, whole number",
            "DAYS, 365.000, ",
            "BUSINESS_DAYS, 15, ",
    })
    void checksValues(RuleUnit unit, String value, String problem) {
        if (problem == null) {
            assertThat(unit.problem(new BigDecimal(value))).isEmpty();
        } else {
            assertThat(unit.problem(new BigDecimal(value))).hasValueSatisfying(p -> assertThat(p).contains(problem));
        }
        assertThat(unit.problem(null)).isPresent();
    }
}
