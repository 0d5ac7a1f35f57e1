package gov.buyamerican.portal.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import gov.buyamerican.portal.shared.identifiers.Validation;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VendorRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static VendorForm valid() {
        return new VendorForm("  Keystone   Forge Co. ", " ", "unxeyqn41m87", "7vyr1", "usa", "1750 Tysons Blvd",
                null, "McLean", "va", "221024200", "7033720828", "keystone.example", VendorKind.MANUFACTURER,
                VendorSize.SMALL, Set.of(SocioeconomicCategory.HUBZONE), TODAY.plusMonths(6));
    }

    @Test
    void normalizesAValidForm() {
        var checked = VendorRules.check(valid(), TODAY, true);
        assertThat(checked.problems()).isEmpty();
        VendorForm f = checked.value();
        assertThat(f.legalName()).isEqualTo("Keystone Forge Co.");
        assertThat(f.dbaName()).isNull();
        assertThat(f.uei()).isEqualTo("UNXEYQN41M87");
        assertThat(f.cageCode()).isEqualTo("7VYR1");
        assertThat(f.countryCode()).isEqualTo("US");
        assertThat(f.stateRegion()).isEqualTo("VA");
        assertThat(f.postalCode()).isEqualTo("22102-4200");
        assertThat(f.phone()).isEqualTo("+17033720828");
        assertThat(f.website()).isEqualTo("https://keystone.example");
        assertThat(f.categories()).containsExactly(SocioeconomicCategory.HUBZONE);
    }

    @Test
    void reportsEveryProblemWithItsField() {
        VendorForm bad = new VendorForm("", null, "0ABCDEFGHJK1", "12", "XX", null, null, null, "Virginia", "ABCDE",
                "12", "ftp://x.example", VendorKind.RESELLER, null, Set.of(), LocalDate.of(1999, 12, 31));
        var checked = VendorRules.check(bad, TODAY, true);
        assertThat(checked.ok()).isFalse();
        assertThat(checked.value()).isNull();
        assertThat(checked.problems()).extracting(VendorRules.Problem::field).containsExactlyInAnyOrder(
                VendorRules.LEGAL_NAME, VendorRules.UEI, VendorRules.CAGE_CODE, VendorRules.COUNTRY, VendorRules.PHONE,
                VendorRules.WEBSITE, VendorRules.SAM_EXPIRY);
    }

    @Test
    void stateAndZipAreCheckedForTheUnitedStatesOnly() {
        var us = VendorRules.check(valid().withAddress(null, null, null, "Virginia", "2210"), TODAY, true);
        assertThat(us.problems()).extracting(VendorRules.Problem::field)
                .containsExactlyInAnyOrder(VendorRules.STATE, VendorRules.POSTAL_CODE);
        var de = VendorRules.check(valid().withCountryCode("DE").withAddress("Neckarstraße 4", null, "Stuttgart",
                "Baden-Württemberg", "70173"), TODAY, true);
        assertThat(de.problems()).isEmpty();
        assertThat(de.value().stateRegion()).isEqualTo("Baden-Württemberg");
    }

    @Test
    void ueiIsOptionalOnlyWhenNotRequired() {
        var seller = VendorRules.check(valid().withUei("  "), TODAY, false);
        assertThat(seller.problems()).isEmpty();
        assertThat(seller.value().uei()).isNull();
        var vendor = VendorRules.check(valid().withUei(null), TODAY, true);
        assertThat(vendor.problems()).containsExactly(new VendorRules.Problem(VendorRules.UEI, "UEI is required"));
        var badSeller = VendorRules.check(valid().withUei("123456789"), TODAY, false);
        assertThat(badSeller.problems()).extracting(VendorRules.Problem::message)
                .containsExactly("UEI must be 12 letters and digits (got 9; a 9-digit DUNS number is not a UEI)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UNXEYQN41M87", "EM7LMJJCF6B7", "D8YCU3XSC4V5"})
    void acceptsTheUeisOfTheUsaSpendingSample(String uei) {
        assertThat(VendorRules.check(valid().withUei(uei), TODAY, true).problems()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Keystone Forge                        | Keystone Forge
            '  Keystone \u00a0 Forge\t'           | Keystone Forge
            'Société Générale S.A.'               | Société Générale S.A.
            """)
    void legalNameIsTrimmedAndCollapsed(String input, String expected) {
        assertThat(VendorRules.legalName(input)).isEqualTo(Validation.valid(expected));
    }

    @Test
    void legalNameNeedsALetterAndAtMost200Characters() {
        assertThat(VendorRules.legalName(" ").problem()).contains("Legal name is required");
        assertThat(VendorRules.legalName("---").problem()).contains("The legal name needs at least one letter or digit");
        assertThat(VendorRules.legalName("a".repeat(201)).problem()).contains("At most 200 characters (got 201)");
        assertThat(VendorRules.legalName("a".repeat(200)).isValid()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            www.example.com               | https://www.example.com
            http://example.com/vendors    | http://example.com/vendors
            HTTPS://Shop.Example.co.uk    | HTTPS://Shop.Example.co.uk
            münchen.example               | https://münchen.example
            """)
    void acceptsWebsites(String input, String expected) {
        assertThat(VendorRules.website(input)).isEqualTo(Validation.valid(Optional.of(expected)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ftp://example.com             | The web address must start with http:// or https://
            javascript://example.com      | The web address must start with http:// or https://
            example                       | Enter a web address such as www.example.com
            https://                      | Enter a web address such as www.example.com
            www.example .com              | A web address cannot contain spaces
            https://user@example.com      | Enter a web address such as www.example.com
            """)
    void refusesWebsites(String input, String message) {
        assertThat(VendorRules.website(input).problem()).contains(message);
    }

    @Test
    void blankOptionalValuesAreEmpty() {
        assertThat(VendorRules.website(" ")).isEqualTo(Validation.valid(Optional.empty()));
        assertThat(VendorRules.cageCode(null)).isEqualTo(Validation.valid(Optional.empty()));
        assertThat(VendorRules.phone("")).isEqualTo(Validation.valid(Optional.empty()));
        assertThat(VendorRules.postalCode(" ", "US")).isEqualTo(Validation.valid(Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            22102        | 22102
            22102-4200   | 22102-4200
            221024200    | 22102-4200
            """)
    void normalizesUsZipCodes(String input, String expected) {
        assertThat(VendorRules.postalCode(input, "US")).isEqualTo(Validation.valid(Optional.of(expected)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2210", "22102-42", "ABCDE", "22102 4200"})
    void refusesOtherUsZipCodes(String input) {
        assertThat(VendorRules.postalCode(input, "US").problem()).contains("Enter a ZIP code such as 22102 or 22102-4200");
    }

    @Test
    void foreignPostalCodesAreLettersDigitsSpacesAndDashes() {
        assertThat(VendorRules.postalCode("sw1a 1aa", "GB")).isEqualTo(Validation.valid(Optional.of("SW1A 1AA")));
        assertThat(VendorRules.postalCode("530-0001", "JP").isValid()).isTrue();
        assertThat(VendorRules.postalCode("75001#", "FR").isValid()).isFalse();
        assertThat(VendorRules.postalCode("1".repeat(21), "FR").isValid()).isFalse();
    }

    @Test
    void usStatesAreUspsCodes() {
        assertThat(VendorRules.stateRegion("va", "US")).isEqualTo(Validation.valid(Optional.of("VA")));
        assertThat(VendorRules.stateRegion("PR", "US").isValid()).isTrue();
        assertThat(VendorRules.stateRegion("XX", "US").problem())
                .contains("Enter the 2-letter USPS code of the state, such as VA or TX");
        assertThat(VendorRules.stateRegion("Ontario", "CA")).isEqualTo(Validation.valid(Optional.of("Ontario")));
    }

    @Test
    void samExpiryDatesMustBeInRange() {
        assertThat(VendorRules.samExpiryDate(null, TODAY)).isEmpty();
        assertThat(VendorRules.samExpiryDate(TODAY.minusYears(3), TODAY)).isEmpty();
        assertThat(VendorRules.samExpiryDate(VendorRules.EARLIEST_SAM_EXPIRY, TODAY)).isEmpty();
        assertThat(VendorRules.samExpiryDate(VendorRules.EARLIEST_SAM_EXPIRY.minusDays(1), TODAY))
                .contains("Enter a date from 2000-01-01 on");
        assertThat(VendorRules.samExpiryDate(TODAY.plusYears(2), TODAY)).isEmpty();
        assertThat(VendorRules.samExpiryDate(TODAY.plusYears(2).plusDays(1), TODAY))
                .contains("Enter a date no later than 2028-11-24 (a SAM.gov registration lasts one year)");
    }

    @Test
    void aSuspensionNeedsAReason() {
        assertThat(VendorRules.statusReason(VendorStatus.SUSPENDED, " ").problem())
                .contains("Give the reason for the suspension");
        assertThat(VendorRules.statusReason(VendorStatus.SUSPENDED, " Debarred ")).isEqualTo(
                Validation.valid(Optional.of("Debarred")));
        assertThat(VendorRules.statusReason(VendorStatus.INACTIVE, "")).isEqualTo(Validation.valid(Optional.empty()));
        assertThat(VendorRules.statusReason(VendorStatus.INACTIVE, "x".repeat(501)).isValid()).isFalse();
    }

    @Test
    void aContactNeedsANameAndAWayToReachThem() {
        var ok = VendorRules.contact(new ContactForm(" Maria  Kowalski ", " ", "m.kowalski@Example.COM", null));
        assertThat(ok.problems()).isEmpty();
        assertThat(ok.value()).isEqualTo(new ContactForm("Maria Kowalski", null, "m.kowalski@example.com", null));
        var phoneOnly = VendorRules.contact(new ContactForm("Karen", "Accounts", null, "(216) 555-0121"));
        assertThat(phoneOnly.value().phone()).isEqualTo("+12165550121");
        var none = VendorRules.contact(new ContactForm("", null, " ", null));
        assertThat(none.problems()).containsExactly(
                new VendorRules.Problem(VendorRules.CONTACT_NAME, "Name is required"),
                new VendorRules.Problem(VendorRules.CONTACT_EMAIL, "Enter an e-mail address or a phone number"));
        var badEmail = VendorRules.contact(new ContactForm("Karen", null, "karen@", null));
        assertThat(badEmail.problems()).extracting(VendorRules.Problem::field).containsExactly(VendorRules.CONTACT_EMAIL);
    }
}
