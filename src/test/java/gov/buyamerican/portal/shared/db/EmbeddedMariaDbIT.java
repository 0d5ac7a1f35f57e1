package gov.buyamerican.portal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded server on its own (no Spring): hardened access, data that survives a restart, and recovery from a
 * stale server left running by a killed run.
 */
class EmbeddedMariaDbIT {

    private static Path root;

    @BeforeAll
    static void folder() throws Exception {
        root = Path.of("target", "test-db", "embedded-it").toAbsolutePath();
        deleteRecursively(root);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        EmbeddedMariaDb.stopStaleServer(root.resolve("mariadb/data"));
    }

    private static EmbeddedMariaDb.Settings settings() {
        return new EmbeddedMariaDb.Settings(root.resolve("mariadb"),
                Path.of(System.getProperty("portal.embedded-db.base-dir", root.resolve("base").toString())),
                "portal", "portal", 0, false);
    }

    @Test
    void hardenedPersistentAndRecoversFromAStaleServer() throws Exception {
        EmbeddedMariaDb.Server first = EmbeddedMariaDb.start(settings());
        var c = first.connection();
        try (Connection conn = DriverManager.getConnection(c.url(), c.username(), c.password())) {
            // listens on the loopback address only, with grant tables on
            assertThat(query(conn, "SELECT @@bind_address")).isEqualTo("127.0.0.1");
            assertThat(query(conn, "SELECT @@skip_grant_tables")).isEqualTo("0");
            conn.createStatement().execute("CREATE TABLE survivor (v VARCHAR(20))");
            conn.createStatement().execute("INSERT INTO survivor VALUES ('kept')");
        }
        // no password-less or wrong-password access over TCP
        assertThatThrownBy(() -> DriverManager.getConnection(c.url(), "root", "")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(c.url(), c.username(), "wrong")).isInstanceOf(SQLException.class);
        // the application user cannot read the grant tables
        try (Connection conn = DriverManager.getConnection(c.url(), c.username(), c.password())) {
            assertThatThrownBy(() -> query(conn, "SELECT COUNT(*) FROM mysql.global_priv")).isInstanceOf(SQLException.class);
        }
        // credentials are kept owner-only beside the data
        Path credentials = root.resolve("mariadb/app-credentials.properties");
        assertThat(Files.getPosixFilePermissions(credentials).toString()).isEqualTo("[OWNER_READ, OWNER_WRITE]");

        // a clean restart keeps the data
        first.stop();
        EmbeddedMariaDb.Server second = EmbeddedMariaDb.start(settings());
        assertThat(readSurvivor(second)).isEqualTo("kept");

        // a killed run leaves its server behind: the next start stops it and comes up on the same data
        long stalePid = second.pid();
        assertThat(stalePid).isPositive();
        EmbeddedMariaDb.Server third = EmbeddedMariaDb.start(settings());
        assertThat(ProcessHandle.of(stalePid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(third.pid()).isNotEqualTo(stalePid);
        assertThat(readSurvivor(third)).isEqualTo("kept");
        third.stop();
    }

    private static String readSurvivor(EmbeddedMariaDb.Server server) throws SQLException {
        var c = server.connection();
        try (Connection conn = DriverManager.getConnection(c.url(), c.username(), c.password())) {
            return query(conn, "SELECT v FROM survivor");
        }
    }

    private static String query(Connection conn, String sql) throws SQLException {
        try (var rs = conn.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void deleteRecursively(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        EmbeddedMariaDb.stopStaleServer(dir.resolve("mariadb/data"));
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
