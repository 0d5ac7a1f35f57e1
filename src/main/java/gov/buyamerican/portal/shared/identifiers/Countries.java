package gov.buyamerican.portal.shared.identifiers;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * ISO 3166-1 country look-ups (alpha-2 ↔ alpha-3 ↔ name) built once from the JDK's own data:
 * {@link Locale#getISOCountries()}, {@link Locale#getISO3Country()} and
 * {@link Locale#getDisplayCountry(Locale) getDisplayCountry(Locale.US)}.
 *
 * <p>The same data seeds the {@code country} table (migration {@code V3__reference_countries_seed.sql}); the
 * database table is the one users can edit (e.g. mark a country inactive), this class is the fixed code list
 * for validation and for converting between the two code lengths. USAspending and FPDS write alpha-3 codes
 * ({@code USA}); forms and the database key use alpha-2.
 *
 * <p>The data depends on the JDK version (a JDK update may add a code or rename a country); the ISO numeric
 * codes are not available from the JDK and are therefore not offered.
 */
public final class Countries {

    private static final List<Country> ALL = Arrays.stream(Locale.getISOCountries())
            .map(alpha2 -> {
                Locale locale = Locale.of("", alpha2);
                return new Country(alpha2, locale.getISO3Country(), locale.getDisplayCountry(Locale.US));
            })
            .sorted(Comparator.comparing(Country::alpha2))
            .toList();

    private static final Map<String, Country> BY_ALPHA2 = index(Country::alpha2);
    private static final Map<String, Country> BY_ALPHA3 = index(Country::alpha3);
    private static final Map<String, Country> BY_NAME = index(c -> c.name().toUpperCase(Locale.ROOT));

    private Countries() {
    }

    private static Map<String, Country> index(Function<Country, String> key) {
        return ALL.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
    }

    /** @return every country the JDK knows, sorted by alpha-2 code; immutable */
    public static List<Country> all() {
        return ALL;
    }

    /**
     * @param alpha2 a 2-letter code, any case, surrounding whitespace ignored; may be null
     * @return the country, or empty if unknown
     */
    public static Optional<Country> byAlpha2(String alpha2) {
        return Optional.ofNullable(BY_ALPHA2.get(key(alpha2)));
    }

    /**
     * @param alpha3 a 3-letter code, any case, surrounding whitespace ignored; may be null
     * @return the country, or empty if unknown
     */
    public static Optional<Country> byAlpha3(String alpha3) {
        return Optional.ofNullable(BY_ALPHA3.get(key(alpha3)));
    }

    /**
     * @param code an alpha-2 or alpha-3 code, any case, surrounding whitespace ignored; may be null
     * @return the country, or empty if unknown or of another length
     */
    public static Optional<Country> byCode(String code) {
        String key = key(code);
        return switch (key.length()) {
            case 2 -> byAlpha2(key);
            case 3 -> byAlpha3(key);
            default -> Optional.empty();
        };
    }

    /**
     * Looks a country up by its English display name, ignoring case ("UNITED STATES" as USAspending writes it
     * finds United States). Only the JDK's display name matches, not official or former names.
     *
     * @param name a country name, may be null
     * @return the country, or empty if no display name matches
     */
    public static Optional<Country> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(Chars.trim(name).toUpperCase(Locale.ROOT)));
    }

    /**
     * Checks a country code of either length and normalizes it to alpha-2: {@code "usa"} and {@code " US "}
     * both give {@code "US"}.
     *
     * @param input an alpha-2 or alpha-3 code, may be null
     * @return the alpha-2 code, or a message fit for a form field
     */
    public static Validation<String> toAlpha2(String input) {
        return validate(input).map(Country::alpha2);
    }

    /**
     * Checks a country code of either length and normalizes it to alpha-3.
     *
     * @param input an alpha-2 or alpha-3 code, may be null
     * @return the alpha-3 code, or a message fit for a form field
     */
    public static Validation<String> toAlpha3(String input) {
        return validate(input).map(Country::alpha3);
    }

    /**
     * Checks a country code of either length.
     *
     * @param input an alpha-2 or alpha-3 code, may be null
     * @return the country, or the first problem found
     */
    public static Validation<Country> validate(String input) {
        String value = Chars.trim(input);
        if (value.isEmpty()) {
            return Validation.invalid("Country code is required");
        }
        boolean letters = value.chars().allMatch(c -> Chars.isAsciiLetter((char) c));
        if (!letters || (value.length() != 2 && value.length() != 3)) {
            return Validation.invalid("Country code must be 2 or 3 letters, like US or USA (got " + Chars.quote(value) + ")");
        }
        return byCode(value)
                .<Validation<Country>>map(Validation::valid)
                .orElseGet(() -> Validation.invalid("Unknown country code " + Chars.asciiUpperCase(value)));
    }

    private static String key(String code) {
        String trimmed = Chars.trim(code);
        boolean letters = trimmed.chars().allMatch(c -> Chars.isAsciiLetter((char) c));
        return letters ? Chars.asciiUpperCase(trimmed) : "";
    }
}
