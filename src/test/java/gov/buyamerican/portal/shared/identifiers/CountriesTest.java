package gov.buyamerican.portal.shared.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class CountriesTest {

    @Test
    void holdsOneEntryPerJdkCountrySortedByAlpha2() {
        List<Country> all = Countries.all();
        assertThat(all).hasSize(Locale.getISOCountries().length);
        assertThat(all).extracting(Country::alpha2).isSorted().doesNotHaveDuplicates();
        assertThat(all).extracting(Country::alpha3).doesNotHaveDuplicates();
        Set<String> alpha3 = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        assertThat(all).extracting(Country::alpha3).containsExactlyInAnyOrderElementsOf(alpha3);
    }

    @Test
    void looksUpInEveryDirection() {
        Country us = new Country("US", "USA", "United States");
        assertThat(Countries.byAlpha2("us")).contains(us);
        assertThat(Countries.byAlpha3(" USA ")).contains(us);
        assertThat(Countries.byCode("usa")).contains(us);
        assertThat(Countries.byCode("US")).contains(us);
        assertThat(Countries.byName("UNITED STATES")).contains(us);
        assertThat(Countries.byName("Germany")).map(Country::alpha3).contains("DEU");
        assertThat(Countries.byCode("U")).isEmpty();
        assertThat(Countries.byCode("USAA")).isEmpty();
        assertThat(Countries.byCode(null)).isEmpty();
        assertThat(Countries.byAlpha2("XK")).as("Kosovo's user-assigned code is not ISO 3166-1").isEmpty();
    }

    @Test
    void everyCountryRoundTripsBetweenItsCodes() {
        for (Country country : Countries.all()) {
            assertThat(Countries.toAlpha2(country.alpha3())).isEqualTo(Validation.valid(country.alpha2()));
            assertThat(Countries.toAlpha3(country.alpha2())).isEqualTo(Validation.valid(country.alpha3()));
            assertThat(Countries.byName(country.name())).contains(country);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            USA    | US
            usa    | US
            ' us ' | US
            DEU    | DE
            mex    | MX
            CIV    | CI
            """)
    void normalizesEitherLengthToAlpha2(String input, String expected) {
        assertThat(Countries.toAlpha2(input)).isEqualTo(Validation.valid(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ZZZ     | Unknown country code ZZZ
            xx      | Unknown country code XX
            U       | Country code must be 2 or 3 letters, like US or USA (got "U")
            USAA    | Country code must be 2 or 3 letters, like US or USA (got "USAA")
            U1      | Country code must be 2 or 3 letters, like US or USA (got "U1")
            """)
    void refusesUnknownAndMalformedCodes(String input, String message) {
        assertThat(Countries.toAlpha2(input)).isEqualTo(Validation.invalid(message));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void requiresAValue(String input) {
        assertThat(Countries.toAlpha2(input)).isEqualTo(Validation.invalid("Country code is required"));
    }
}
