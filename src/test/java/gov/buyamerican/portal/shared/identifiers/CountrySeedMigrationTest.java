package gov.buyamerican.portal.shared.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the seed migration against the JDK data it was generated from. */
class CountrySeedMigrationTest {

    private static final String MIGRATION = "/db/migration/V3__reference_countries_seed.sql";
    private static final Pattern ROW = Pattern.compile("^\\('([A-Z]{2})', '([A-Z]{3})', NULL, '((?:[^']|'')*)'\\)[,;]$");

    private static String sql;

    @BeforeAll
    static void readMigration() throws IOException {
        try (InputStream in = CountrySeedMigrationTest.class.getResourceAsStream(MIGRATION)) {
            assertThat(in).as(MIGRATION + " on the class path").isNotNull();
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void hasOneRowPerJdkCountryWithTheJdkCodesAndNames() {
        List<Country> rows = new ArrayList<>();
        for (String line : sql.lines().filter(l -> l.startsWith("(")).toList()) {
            Matcher m = ROW.matcher(line);
            assertThat(m.matches()).as("row syntax: " + line).isTrue();
            rows.add(new Country(m.group(1), m.group(2), m.group(3).replace("''", "'")));
        }
        assertThat(rows)
                .as("the migration is frozen; if the JDK's country data changed, add a new migration instead")
                .containsExactlyElementsOf(Countries.all());
        assertThat(rows).contains(new Country("US", "USA", "United States"));
    }

    @Test
    void isOneInsertStatementEqualToTheGeneratorOutput() {
        assertThat(sql).containsOnlyOnce("INSERT INTO").endsWith(";\n");
        String statement = sql.substring(sql.indexOf(CountrySeedSqlGenerator.INSERT));
        assertThat(statement).isEqualTo(CountrySeedSqlGenerator.statement());
        assertThat(sql.substring(0, sql.indexOf(CountrySeedSqlGenerator.INSERT)).lines())
                .allSatisfy(line -> assertThat(line).startsWith("--"));
    }

    @Test
    void quotesSqlStringsSafely() {
        assertThat(CountrySeedSqlGenerator.quote("Côte d’Ivoire")).isEqualTo("'Côte d’Ivoire'");
        assertThat(CountrySeedSqlGenerator.quote("O'Land")).isEqualTo("'O''Land'");
        assertThatThrownBy(() -> CountrySeedSqlGenerator.quote("a\\b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CountrySeedSqlGenerator.quote("a\nb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CountrySeedSqlGenerator.quote("x".repeat(101))).isInstanceOf(IllegalArgumentException.class);
    }
}
