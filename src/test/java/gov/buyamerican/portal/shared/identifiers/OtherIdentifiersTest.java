package gov.buyamerican.portal.shared.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OtherIdentifiersTest {

    @Nested
    class Cage {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                7VYR1     | 7VYR1
                01FJ4     | 01FJ4
                ' 7vyr1 ' | 7VYR1
                z1234     | Z1234
                """)
        void acceptsAndNormalizes(String input, String expected) {
            assertThat(CageCode.validate(input)).isEqualTo(Validation.valid(expected));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                7VYR    | CAGE code must be 5 letters and digits (got 4)
                7VYR12  | CAGE code must be 5 letters and digits (got 6)
                7VY-1   | CAGE code can contain only letters and digits (found '-')
                7V R1   | CAGE code can contain only letters and digits (found a space)
                """)
        void refuses(String input, String message) {
            assertThat(CageCode.validate(input)).isEqualTo(Validation.invalid(message));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = "  ")
        void requiresAValue(String input) {
            assertThat(CageCode.validate(input)).isEqualTo(Validation.invalid("CAGE code is required"));
        }
    }

    @Nested
    class Naics {

        @ParameterizedTest
        @ValueSource(strings = {"541519", "492110", " 336411 "})
        void acceptsSixDigits(String input) {
            assertThat(NaicsCode.validate(input)).isEqualTo(Validation.valid(input.strip()));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                54151    | NAICS code must be 6 digits (got 5)
                5415190  | NAICS code must be 6 digits (got 7)
                54151A   | NAICS code can contain only digits (found 'A')
                541-519  | NAICS code can contain only digits (found '-')
                54151９  | NAICS code can contain only digits (found '９')
                """)
        void refuses(String input, String message) {
            assertThat(NaicsCode.validate(input)).isEqualTo(Validation.invalid(message));
        }

        @ParameterizedTest
        @NullAndEmptySource
        void requiresAValue(String input) {
            assertThat(NaicsCode.validate(input)).isEqualTo(Validation.invalid("NAICS code is required"));
        }
    }

    @Nested
    class Psc {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                DC01   | DC01   | false
                v119   | V119   | false
                7030   | 7030   | true
                ' 5340 ' | 5340 | true
                AC11   | AC11   | false
                """)
        void acceptsNormalizesAndClassifies(String input, String expected, boolean product) {
            assertThat(ProductServiceCode.validate(input)).isEqualTo(Validation.valid(expected));
            assertThat(ProductServiceCode.isProductCode(input)).isEqualTo(product);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                703    | PSC must be 4 letters and digits (got 3)
                70300  | PSC must be 4 letters and digits (got 5)
                70.3   | PSC can contain only letters and digits (found '.')
                """)
        void refuses(String input, String message) {
            assertThat(ProductServiceCode.validate(input)).isEqualTo(Validation.invalid(message));
            assertThat(ProductServiceCode.isProductCode(input)).isFalse();
        }

        @Test
        void blankIsRequiredAndNotAProduct() {
            assertThat(ProductServiceCode.validate(null)).isEqualTo(Validation.invalid("PSC is required"));
            assertThat(ProductServiceCode.isProductCode(null)).isFalse();
            assertThat(ProductServiceCode.isProductCode("70301")).isFalse();
        }
    }

    @Nested
    class Email {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                jane.doe@agency.gov                 | jane.doe@agency.gov
                ' Jane.Doe@Agency.GOV '             | Jane.Doe@agency.gov
                o'brien+orders@example.co.uk        | o'brien+orders@example.co.uk
                a@b.io                              | a@b.io
                user@sub-domain.example.com         | user@sub-domain.example.com
                info@bücher.example                 | info@bücher.example
                x@example.xn--p1ai                  | x@example.xn--p1ai
                """)
        void acceptsAndLowerCasesTheDomain(String input, String expected) {
            assertThat(EmailAddress.validate(input)).isEqualTo(Validation.valid(expected));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                jane.doe.agency.gov     | E-mail address must contain @ (like name@agency.gov)
                jane@doe@agency.gov     | E-mail address can contain only one @
                @agency.gov             | E-mail address needs a name before @
                jane@                   | E-mail address needs a domain after @ (like agency.gov)
                jane doe@agency.gov     | E-mail address cannot contain spaces
                jane@agency             | The domain after @ must contain a dot (like agency.gov)
                jane@agency.gov.        | The domain after @ cannot start or end with a dot or contain two dots in a row
                jane@agency..gov        | The domain after @ cannot start or end with a dot or contain two dots in a row
                jane@-agency.gov        | The domain after @ is not a valid domain name
                jane@agen_cy.gov        | The domain after @ is not a valid domain name
                jane@agency.g           | The domain after @ must end with a top-level domain like .gov or .com
                jane@agency.123         | The domain after @ must end with a top-level domain like .gov or .com
                jane@[192.0.2.1]        | The domain after @ must be a name (like agency.gov), not an address in brackets
                .jane@agency.gov        | The part before @ cannot start or end with a dot or contain two dots in a row
                jane..doe@agency.gov    | The part before @ cannot start or end with a dot or contain two dots in a row
                jane(doe)@agency.gov    | The part before @ cannot contain '('
                jäne@agency.gov         | The part before @ cannot contain 'ä'
                """)
        void refuses(String input, String message) {
            assertThat(EmailAddress.validate(input)).isEqualTo(Validation.invalid(message));
        }

        @Test
        void enforcesTheLengthLimitsAtTheirBoundaries() {
            String local64 = "a".repeat(64);
            assertThat(EmailAddress.isValid(local64 + "@agency.gov")).isTrue();
            assertThat(EmailAddress.validate("a" + local64 + "@agency.gov"))
                    .isEqualTo(Validation.invalid("The part before @ can have at most 64 characters"));
            String domain = "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(63) + ".gov"; // 189 chars
            String at254 = local64 + "@" + domain;
            assertThat(at254).hasSize(254);
            assertThat(EmailAddress.isValid(at254)).isTrue();
            assertThat(EmailAddress.validate(at254.replace("@b", "@bb")))
                    .isEqualTo(Validation.invalid("E-mail address is too long (at most 254 characters)"));
        }

        @ParameterizedTest
        @NullAndEmptySource
        void requiresAValue(String input) {
            assertThat(EmailAddress.validate(input)).isEqualTo(Validation.invalid("E-mail address is required"));
        }
    }

    @Nested
    class Phone {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                7033720828               | +17033720828
                (703) 372-0828           | +17033720828
                703.372.0828             | +17033720828
                1-703-372-0828           | +17033720828
                +1 703 372 0828          | +17033720828
                +44 20 7946 0958         | +442079460958
                '020  7946 0958'         | 020 7946 0958
                372-0828                 | 372-0828
                703-372-0828 ext. 12     | +17033720828 x12
                703-372-0828 x 12        | +17033720828 x12
                (703) 372-0828 extension 4 | +17033720828 x4
                703 372 0828 #99         | +17033720828 x99
                0123456789               | 0123456789
                """)
        void acceptsCommonWritingsAndNormalizes(String input, String expected) {
            assertThat(PhoneNumber.validate(input)).isEqualTo(Validation.valid(expected));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                372-082                  | Phone number must have 7 to 15 digits (got 6)
                +1234567890123456        | Phone number must have 7 to 15 digits (got 16)
                703-CALL-NOW             | Phone number can contain only digits, spaces and + ( ) - . / (found 'C')
                703+372+0828             | Phone number can have + only at the start
                ext. 12                  | Phone number can contain only digits, spaces and + ( ) - . / (found 'e')
                """)
        void refuses(String input, String message) {
            assertThat(PhoneNumber.validate(input)).isEqualTo(Validation.invalid(message));
        }

        @Test
        void acceptsTheDigitCountBoundaries() {
            assertThat(PhoneNumber.isValid("1234567")).isTrue();
            assertThat(PhoneNumber.isValid("+123456789012345")).isTrue();
        }

        @ParameterizedTest
        @NullAndEmptySource
        void requiresAValue(String input) {
            assertThat(PhoneNumber.validate(input)).isEqualTo(Validation.invalid("Phone number is required"));
        }
    }
}
