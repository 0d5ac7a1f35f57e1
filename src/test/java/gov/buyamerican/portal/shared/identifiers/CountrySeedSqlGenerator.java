package gov.buyamerican.portal.shared.identifiers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes the country seed migration {@code V3__reference_countries_seed.sql} from the JDK's ISO 3166-1 data.
 * It was run once; the migration is now frozen (Flyway checksums applied migrations), so a change of JDK data
 * calls for a new migration, not a rerun. {@link CountrySeedMigrationTest} checks that the file and
 * {@link Countries} agree.
 *
 * <p>Depends on the JDK only, so that it runs as a single source file from the repository root:
 * <pre>
 * java src/test/java/gov/buyamerican/portal/shared/identifiers/CountrySeedSqlGenerator.java \
 *      src/main/resources/db/migration/V3__reference_countries_seed.sql
 * </pre>
 */
public final class CountrySeedSqlGenerator {

    static final String INSERT = "INSERT INTO country (alpha2, alpha3, numeric_code, name) VALUES";

    private static final int NAME_COLUMN_LENGTH = 100;

    private CountrySeedSqlGenerator() {
    }

    /**
     * @param args the path of the file to write
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java CountrySeedSqlGenerator.java <output.sql>");
            System.exit(2);
        }
        Files.writeString(Path.of(args[0]), header(Runtime.version().toString()) + statement(),
                StandardCharsets.UTF_8);
    }

    static String header(String jdkVersion) {
        int count = Locale.getISOCountries().length;
        return """
                -- Reference data: ISO 3166-1 countries, one row for each of the %d countries and territories the JDK knows.
                -- Generated once (on JDK %s) by
                --   java src/test/java/gov/buyamerican/portal/shared/identifiers/CountrySeedSqlGenerator.java <this file>
                -- from java.util.Locale: getISOCountries() gives alpha2, getISO3Country() alpha3, and
                -- getDisplayCountry(Locale.US) the name (English CLDR short names such as "Bosnia & Herzegovina",
                -- not always the ISO official names). numeric_code stays NULL: the JDK has no ISO numeric codes.
                -- Rows sorted by alpha2. Do not edit or regenerate in place once applied: add a new migration.
                """.formatted(count, jdkVersion);
    }

    /** The INSERT statement, one row per JDK country sorted by alpha-2, ending with ";\n". */
    static String statement() {
        return Arrays.stream(Locale.getISOCountries())
                .sorted()
                .map(alpha2 -> {
                    Locale locale = Locale.of("", alpha2);
                    return "(" + quote(alpha2) + ", " + quote(locale.getISO3Country()) + ", NULL, "
                            + quote(locale.getDisplayCountry(Locale.US)) + ")";
                })
                .collect(Collectors.joining(",\n", INSERT + "\n", ";\n"));
    }

    /**
     * Quotes a value as a MariaDB string literal. A quote is doubled, which works whether or not
     * {@code NO_BACKSLASH_ESCAPES} is set; backslashes and control characters would depend on that mode and are
     * refused instead (no country name contains one).
     */
    static String quote(String value) {
        if (value.codePointCount(0, value.length()) > NAME_COLUMN_LENGTH) {
            throw new IllegalArgumentException("longer than the column allows: " + value);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || Character.isISOControl(c)) {
                throw new IllegalArgumentException("character not supported in a seed value: " + value);
            }
        }
        return "'" + value.replace("'", "''") + "'";
    }
}
