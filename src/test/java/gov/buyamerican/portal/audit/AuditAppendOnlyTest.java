package gov.buyamerican.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application cannot change the audit trail: {@link AuditService}'s API appends and reads only, and no source file
 * updates, deletes or truncates {@code audit_event} (or its chain head outside the append). That an edit made directly
 * in the database is detected: AuditTrailIT (detectsAnEntryEditedDirectlyInTheDatabase, detectsADeletedEntry).
 */
class AuditAppendOnlyTest {

    private static final Pattern WRITES_AUDIT_ROWS = Pattern.compile(
            "(update|deleteFrom|delete|truncate|mergeInto)\\s*\\(\\s*AUDIT_EVENT\\b"
                    + "|(?i:update\\s+audit_event\\b|delete\\s+from\\s+audit_event\\b|truncate\\s+(table\\s+)?audit_event\\b"
                    + "|drop\\s+table\\s+(if\\s+exists\\s+)?audit_event\\b)");

    @Test
    void theServiceOffersAppendAndReadOnly() {
        List<String> writes = new ArrayList<>();
        for (Method m : AuditService.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            Transactional tx = m.getAnnotation(Transactional.class);
            boolean readOnly = tx != null && tx.readOnly();
            if (!readOnly) {
                writes.add(m.getName());
            }
            assertThat(m.getName()).as("public AuditService method").doesNotStartWith("update").doesNotStartWith("delete")
                    .doesNotStartWith("remove").doesNotStartWith("edit").doesNotStartWith("set").doesNotStartWith("purge")
                    .doesNotStartWith("clear").doesNotStartWith("truncate").doesNotStartWith("replace");
        }
        // the only writing methods append an entry
        assertThat(writes).containsExactlyInAnyOrder("record", "recordAs");
        // and they take an entry to add, nothing that names an existing one
        for (Method m : AuditService.class.getDeclaredMethods()) {
            if (Set.of("record", "recordAs").contains(m.getName())) {
                assertThat(Arrays.asList(m.getParameterTypes())).doesNotContain(long.class, Long.class);
            }
        }
    }

    @Test
    void noSourceFileUpdatesOrDeletesAuditRows() throws IOException {
        List<String> offenders = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql"))::iterator) {
                scanned++;
                String text = Files.readString(f);
                boolean isAuditService = f.endsWith(Path.of("audit", "AuditService.java"));
                if (WRITES_AUDIT_ROWS.matcher(text).find() && !f.getFileName().toString().startsWith("V1__")) {
                    offenders.add(f.toString());
                }
                // only the audit module touches the audit tables at all
                if (!f.toString().contains("/audit/") && text.contains("AUDIT_EVENT") && !f.toString().endsWith(".sql")) {
                    offenders.add(f + " (uses AUDIT_EVENT outside the audit module)");
                }
                if (!isAuditService && text.contains("AUDIT_CHAIN_HEAD") && !f.toString().endsWith(".sql")) {
                    offenders.add(f + " (uses AUDIT_CHAIN_HEAD outside AuditService)");
                }
            }
        }
        assertThat(scanned).isGreaterThan(100);
        assertThat(offenders).isEmpty();
    }

    @Test
    void thePatternFindsWhatItLooksFor() {
        // the scan above can fail: these are the forms it catches
        assertThat(WRITES_AUDIT_ROWS.matcher("dsl.update(AUDIT_EVENT).set(...)").find()).isTrue();
        assertThat(WRITES_AUDIT_ROWS.matcher("dsl.deleteFrom( AUDIT_EVENT )").find()).isTrue();
        assertThat(WRITES_AUDIT_ROWS.matcher("DELETE FROM audit_event WHERE id = 1").find()).isTrue();
        assertThat(WRITES_AUDIT_ROWS.matcher("dsl.selectFrom(AUDIT_EVENT)").find()).isFalse();
    }
}
