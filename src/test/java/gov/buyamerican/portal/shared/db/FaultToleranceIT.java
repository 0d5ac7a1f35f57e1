package gov.buyamerican.portal.shared.db;

import static gov.buyamerican.portal.db.Tables.AUDIT_EVENT;
import static gov.buyamerican.portal.db.Tables.VENDOR;
import static gov.buyamerican.portal.db.Tables.VENDOR_IMPORT;
import static org.assertj.core.api.Assertions.assertThat;

import gov.buyamerican.portal.audit.AuditService;
import gov.buyamerican.portal.audit.ChainVerification;
import gov.buyamerican.portal.security.Role;
import gov.buyamerican.portal.security.UserForm;
import gov.buyamerican.portal.security.UserService;
import gov.buyamerican.portal.shared.ui.ErrorKind;
import gov.buyamerican.portal.support.ExternalMariaDb;
import gov.buyamerican.portal.support.PortalInstance;
import gov.buyamerican.portal.support.TestUsers;
import gov.buyamerican.portal.vendor.ContactForm;
import gov.buyamerican.portal.vendor.Vendor;
import gov.buyamerican.portal.vendor.VendorFixtures;
import gov.buyamerican.portal.vendor.VendorImportResult;
import gov.buyamerican.portal.vendor.VendorService;
import gov.buyamerican.portal.vendor.internal.VendorGenerator;
import gov.buyamerican.portal.waiver.WaiverFixtures;
import gov.buyamerican.portal.waiver.WaiverService;
import gov.buyamerican.portal.rules.waiver.WaiverType;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Faults, on a real external MariaDB run as a separate process that the test stops, kills and starts again:
 * <ul>
 *   <li>the database goes away: an action fails at once with the "database cannot be reached" message, nothing is
 *       half-written, and once the server is back the same action succeeds without restarting the portal;</li>
 *   <li>the server crashes, or the portal dies (its connection killed), in the middle of a vendor import: nothing of
 *       the file is imported, and importing it again afterwards imports it whole;</li>
 *   <li>backup and restore with docs/ops/backup.sh and restore.sh: every table's rows come back identical and the
 *       audit trail's hash chain verifies, for an external database and for the embedded one.</li>
 * </ul>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceIT {

    private static final String DB = "portal_faults";
    private static final String USER = "faults_app";
    private static final String PASSWORD = "Faults-Secret-1";

    private static ExternalMariaDb server;
    private static ConfigurableApplicationContext app;
    private static DSLContext dsl;

    @BeforeAll
    static void start() throws Exception {
        server = ExternalMariaDb.start("faults");
        server.createDatabase(DB, USER, PASSWORD);
        app = PortalInstance.start(server, DB, USER, PASSWORD, "faults");
        app.getBean(TestUsers.class).ensure("fault-staff", Role.STAFF);
        app.getBean(TestUsers.class).ensure("fault-auditor", Role.AUDITOR);
        dsl = app.getBean(DSLContext.class);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    private static <T> T as(String user, Role role, Callable<T> call) throws Exception {
        PortalInstance.actAs(app, user, role);
        try {
            return call.call();
        } finally {
            PortalInstance.clear(app);
        }
    }

    private static Throwable failureOf(Callable<?> call) {
        try {
            call.call();
            return null;
        } catch (Throwable t) {
            return t;
        }
    }

    private static ChainVerification chain() throws Exception {
        return as("fault-auditor", Role.AUDITOR, () -> app.getBean(AuditService.class).verifyChain());
    }

    /**
     * After a crash and a quick restart (under half a second on a quiet machine) a pooled connection that an import
     * thread used just before the crash can still be handed out without Hikari's liveness check: that one statement
     * fails with the "database cannot be reached" message and the pool then retires every connection of the old
     * server (ConnectionLossListener). A user would see that message once and try again; so does this, for at most
     * ten seconds, before the assertions read the database.
     */
    private static void awaitReconnected() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                dsl.selectOne().fetch();
                return;
            } catch (RuntimeException e) {
                if (ErrorKind.of(e) != ErrorKind.DATABASE_UNAVAILABLE || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    private static int vendorCount() {
        return dsl.fetchCount(VENDOR);
    }

    @Test
    @Order(1)
    void whileTheDatabaseIsDownAnActionFailsReadablyAndAfterItsRestartTheSameActionSucceeds() throws Exception {
        VendorService vendors = app.getBean(VendorService.class);
        as("fault-staff", Role.STAFF, () -> vendors.create(VendorFixtures.form("Before Outage " + VendorFixtures.word())));
        var form = VendorFixtures.form("During Outage " + VendorFixtures.word());
        int auditBefore = dsl.fetchCount(AUDIT_EVENT);

        server.stop();
        Throwable failure;
        Throwable readFailure;
        long failedAfterMs;
        try {
            long t0 = System.nanoTime();
            failure = failureOf(() -> as("fault-staff", Role.STAFF, () -> vendors.create(form)));
            failedAfterMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            readFailure = failureOf(() -> as("fault-staff", Role.STAFF, () -> vendors.findByUei(form.uei())));
        } finally {
            server.start();
        }
        System.out.printf("Database down: the save failed after %,d ms with %s%n", failedAfterMs, failure);

        assertThat(failure).isNotNull();
        assertThat(ErrorKind.of(failure)).as("the user reads: %s", ErrorKind.DATABASE_UNAVAILABLE_MESSAGE)
                .isEqualTo(ErrorKind.DATABASE_UNAVAILABLE);
        assertThat(ErrorKind.of(readFailure)).isEqualTo(ErrorKind.DATABASE_UNAVAILABLE);

        // the same action, the same running portal: the pool replaces its dead connections
        Vendor saved = as("fault-staff", Role.STAFF, () -> vendors.create(form));
        assertThat(saved.uei()).isEqualTo(form.uei());
        assertThat(dsl.fetchCount(VENDOR, VENDOR.UEI.eq(form.uei()))).isEqualTo(1);
        assertThat(dsl.fetchCount(AUDIT_EVENT)).as("one audit entry: the successful save").isEqualTo(auditBefore + 1);
        assertThat(chain().intact()).isTrue();
    }

    private static byte[] templateFile(long seed, int rows) {
        StringWriter csv = new StringWriter();
        new VendorGenerator(seed, LocalDate.now(ZoneOffset.UTC)).writeTemplateCsv(rows, csv);
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Imports the file; after the first chunk of rows is written inside the import's transaction, {@code fault} runs
     * (once). Returns the failure, or null when the import succeeded.
     */
    private static Throwable importWithFault(String name, byte[] file, Callable<Void> fault) {
        VendorService vendors = app.getBean(VendorService.class);
        AtomicBoolean done = new AtomicBoolean();
        return failureOf(() -> as("fault-staff", Role.STAFF, () -> vendors.importFile(name, new ByteArrayInputStream(file),
                file.length, (fraction, message) -> {
                    if (message.contains("saved") && !message.endsWith("saved 0") && done.compareAndSet(false, true)) {
                        try {
                            fault.call();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                })));
    }

    private static void assertNothingOfTheImportIsStored(String fileName, int vendorsBefore, int auditBefore) throws Exception {
        assertThat(vendorCount()).as("no vendor of the file").isEqualTo(vendorsBefore);
        assertThat(dsl.fetchCount(VENDOR_IMPORT, VENDOR_IMPORT.FILE_NAME.eq(fileName))).as("no import record").isZero();
        assertThat(dsl.fetchCount(AUDIT_EVENT)).as("no audit entry").isEqualTo(auditBefore);
        assertThat(chain().intact()).isTrue();
    }

    private static void reimportWhole(String fileName, byte[] file, int vendorsBefore) throws Exception {
        VendorImportResult again = as("fault-staff", Role.STAFF, () -> app.getBean(VendorService.class)
                .importFile(fileName, new ByteArrayInputStream(file), file.length, null));
        assertThat(again.created()).isPositive();
        assertThat(vendorCount()).isEqualTo(vendorsBefore + again.created());
        assertThat(dsl.fetchCount(VENDOR_IMPORT, VENDOR_IMPORT.FILE_NAME.eq(fileName))).isEqualTo(1);
    }

    @Test
    @Order(2)
    void aServerCrashInTheMiddleOfAnImportLeavesNothingOfTheFile() throws Exception {
        byte[] file = templateFile(71, 3_500);
        int vendorsBefore = vendorCount();
        int auditBefore = dsl.fetchCount(AUDIT_EVENT);

        Throwable failure;
        try {
            failure = importWithFault("crash.csv", file, () -> {
                server.kill(); // SIGKILL while the import's transaction holds written rows
                return null;
            });
        } finally {
            server.start(); // InnoDB crash recovery rolls the open transaction back
        }
        awaitReconnected();
        assertThat(failure).isNotNull();
        assertThat(ErrorKind.of(failure)).as("%s", stackTrace(failure)).isEqualTo(ErrorKind.DATABASE_UNAVAILABLE);

        assertNothingOfTheImportIsStored("crash.csv", vendorsBefore, auditBefore);
        reimportWhole("crash.csv", file, vendorsBefore);
    }

    @Test
    @Order(3)
    void whenThePortalDiesInTheMiddleOfAnImportNothingOfTheFileIsImported() throws Exception {
        byte[] file = templateFile(72, 3_500);
        int vendorsBefore = vendorCount();
        int auditBefore = dsl.fetchCount(AUDIT_EVENT);
        List<String> killed = new ArrayList<>();

        // What the server sees when the portal's process dies: the connection of the open transaction goes away.
        // Here that connection is killed from outside (KILL CONNECTION as the administrator) while rows are written.
        Throwable failure = importWithFault("dies.csv", file, () -> {
            String ids = server.admin("SELECT trx_mysql_thread_id FROM information_schema.INNODB_TRX WHERE trx_rows_modified > 0");
            for (String id : ids.split("\\s+")) {
                server.admin("KILL CONNECTION " + Long.parseLong(id));
                killed.add(id);
            }
            return null;
        });
        assertThat(killed).as("the import's open transaction was found and its connection killed").hasSize(1);
        assertThat(failure).isNotNull();
        System.out.println("Import cut off by KILL CONNECTION failed with " + failure);
        assertThat(ErrorKind.of(failure)).as("%s", stackTrace(failure)).isEqualTo(ErrorKind.DATABASE_UNAVAILABLE);
        assertNothingOfTheImportIsStored("dies.csv", vendorsBefore, auditBefore);
        reimportWhole("dies.csv", file, vendorsBefore);
    }

    @Test
    @Order(4)
    void aBackupRestoresEveryRecordAndAnIntactAuditChainExternalDatabase() throws Exception {
        // records of several modules, each with its audit entries
        UserService users = app.getBean(UserService.class);
        VendorService vendors = app.getBean(VendorService.class);
        for (int n = 0; n < 3; n++) {
            int i = n;
            String name = "backup-user-" + i;
            as(TestUsers.ADMIN, Role.ADMIN, () -> users.create(new UserForm(name, "Backup User " + i, name + "@example.gov",
                    EnumSet.of(Role.STAFF), null, "Backup-Passw0rd-" + i)));
            Vendor v = as("fault-staff", Role.STAFF, () -> vendors.create(VendorFixtures.form("Backup Vendor Ünïcødé " + i)));
            as("fault-staff", Role.STAFF, () -> vendors.addContact(v.id(), new ContactForm("Ann O'Neil " + i, "Sales",
                    "ann" + i + "@example.com", "(937) 555-010" + i)));
        }
        as("fault-staff", Role.STAFF, () -> app.getBean(WaiverService.class)
                .createDraft(WaiverFixtures.complete(WaiverType.RESALE, WaiverFixtures.unique("Backup"))));

        Path dir = server.dir();
        Path backup = dir.resolve("backup.sql.gz");
        Files.deleteIfExists(backup);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SPRING_DATASOURCE_URL", server.jdbcUrl(DB) + "?useUnicode=true");
        env.put("SPRING_DATASOURCE_USERNAME", USER);
        env.put("SPRING_DATASOURCE_PASSWORD", PASSWORD);
        env.put("MARIADB_BIN", server.clientBin().toString());
        String out = script(env, "backup.sh", backup.toString());
        assertThat(out).contains("Backed up");
        assertThat(backup).isNotEmptyFile();

        String restoredDb = "portal_restored";
        server.createDatabase(restoredDb, USER, PASSWORD);
        env.put("SPRING_DATASOURCE_URL", server.jdbcUrl(restoredDb));
        assertThat(script(env, "restore.sh", backup.toString())).contains("Restored");

        Map<String, Long> source = rowCounts(DB);
        assertThat(source.get("app_user")).isGreaterThanOrEqualTo(6);
        assertThat(source.get("vendor")).isGreaterThanOrEqualTo(3);
        assertThat(source.get("vendor_contact")).isGreaterThanOrEqualTo(3);
        assertThat(source.get("audit_event")).isGreaterThanOrEqualTo(10);
        assertThat(source.get("waiver_request")).isGreaterThanOrEqualTo(1);
        assertThat(rowCounts(restoredDb)).as("every table, every row").isEqualTo(source);
        assertThat(checksums(restoredDb)).as("identical contents").isEqualTo(checksums(DB));

        ChainVerification original = verifyChainOf(DB);
        ChainVerification restored = verifyChainOf(restoredDb);
        assertThat(original.intact()).isTrue();
        assertThat(restored.intact()).as("restored chain: %s", restored.problem()).isTrue();
        assertThat(restored.checked()).isEqualTo(original.checked()).isEqualTo(source.get("audit_event"));

        // a second restore onto the now filled database is refused without --force, and works with it
        assertThat(scriptFails(env, "restore.sh", backup.toString())).contains("not empty");
        assertThat(script(env, "restore.sh", "--force", backup.toString())).contains("Restored");
        assertThat(rowCounts(restoredDb)).isEqualTo(source);
    }

    @Test
    @Order(5)
    void backupAndRestoreWorkForTheEmbeddedDatabase() throws Exception {
        Path portalDataDir = Path.of("target", "test-db", "faults-embedded").toAbsolutePath();
        Path base = Path.of(System.getProperty("portal.embedded-db.base-dir", "target/codegen-mariadb/base")).toAbsolutePath();
        EmbeddedMariaDb.Server embedded = EmbeddedMariaDb.start(new EmbeddedMariaDb.Settings(
                portalDataDir.resolve("mariadb"), base, "portal", "portal", 0, true));
        try (Connection c = DriverManager.getConnection(embedded.connection().url(), embedded.connection().username(),
                embedded.connection().password())) {
            DSLContext db = DSL.using(c, SQLDialect.MARIADB);
            db.execute("CREATE TABLE evidence (id INT PRIMARY KEY, label VARCHAR(100), content LONGBLOB) ENGINE=InnoDB");
            for (int i = 1; i <= 50; i++) {
                byte[] blob = new byte[1000 + i];
                for (int j = 0; j < blob.length; j++) {
                    blob[j] = (byte) (j * 31 + i);
                }
                db.execute("INSERT INTO evidence VALUES (?, ?, ?)", i, "Ünïcødé ✓ 'quoted' \\ " + i, blob);
            }
            String before = db.fetchOne("CHECKSUM TABLE evidence").get(1, String.class);

            Path backup = portalDataDir.resolve("embedded-backup.sql");
            Map<String, String> env = new LinkedHashMap<>();
            env.put("PORTAL_DATA_DIR", portalDataDir.toString());
            env.put("MARIADB_BIN", base.resolve("bin").toString());
            assertThat(script(env, "backup.sh", backup.toString())).contains("Backed up embedded");

            db.execute("DELETE FROM evidence WHERE id > 10");
            db.execute("UPDATE evidence SET label = 'damaged'");
            assertThat(scriptFails(env, "restore.sh", backup.toString())).contains("not empty");
            assertThat(script(env, "restore.sh", "--force", backup.toString())).contains("Restored");
            assertThat(db.fetchCount(DSL.table("evidence"))).isEqualTo(50);
            assertThat(db.fetchOne("CHECKSUM TABLE evidence").get(1, String.class)).isEqualTo(before);
        } finally {
            embedded.stop();
        }
    }

    // ------------------------------------------------------------------ helpers

    private static String stackTrace(Throwable t) {
        var w = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(w));
        return w.toString();
    }

    private static Map<String, Long> rowCounts(String database) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables(database)) {
            counts.put(table, dsl.fetchOne("SELECT COUNT(*) FROM `" + database + "`.`" + table + "`").get(0, Long.class));
        }
        return counts;
    }

    private static Map<String, String> checksums(String database) {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String table : tables(database)) {
            sums.put(table, dsl.fetchOne("CHECKSUM TABLE `" + database + "`.`" + table + "`").get(1, String.class));
        }
        return sums;
    }

    private static List<String> tables(String database) {
        return dsl.fetch("SELECT table_name FROM information_schema.tables WHERE table_schema = ? ORDER BY table_name", database)
                .getValues(0, String.class);
    }

    private static ChainVerification verifyChainOf(String database) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(database), USER, PASSWORD)) {
            c.createStatement().execute("SET time_zone = '+00:00'");
            return new AuditService(DSL.using(c, SQLDialect.MARIADB), Clock.systemUTC()).verifyChain();
        }
    }

    private static Path scriptPath(String name) {
        return Path.of("docs", "ops", name).toAbsolutePath();
    }

    private static Process run(Map<String, String> env, String script, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", scriptPath(script).toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("SPRING_DATASOURCE_") || k.startsWith("PORTAL_")
                || k.equals("MARIADB_BIN"));
        pb.environment().putAll(env);
        return pb.start();
    }

    private static String script(Map<String, String> env, String script, String... args) throws Exception {
        Process p = run(env, script, args);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("%s failed:%n%s", script, out).isZero();
        System.out.println(out.strip());
        return out;
    }

    private static String scriptFails(Map<String, String> env, String script, String... args) throws Exception {
        Process p = run(env, script, args);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("%s should have refused:%n%s", script, out).isNotZero();
        return out;
    }
}
