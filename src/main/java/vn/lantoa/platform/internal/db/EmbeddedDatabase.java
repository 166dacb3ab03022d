package vn.lantoa.platform.internal.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL that LanToa runs when no {@code spring.datasource.url} is given. Its
 * cluster lives in {@code <data-dir>/postgres} and survives restarts; it listens on a fixed port
 * ({@code lantoa.embedded.port}, 5433 by default) so operators can reach it with {@code pg_dump} or
 * {@code psql}; a server left running by a killed process is stopped before a new one starts.
 */
public final class EmbeddedDatabase implements Closeable {

    static final String DATABASE = "lantoa";
    static final String USER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** The file, next to the cluster, that says which port the server listens on (for pg_dump, psql). */
    static final String PORT_FILE = "postgres.port";

    /** A server for the application's data, on a free port: every acknowledged commit is on disk. */
    public static EmbeddedDatabase start(Path dataDir) {
        return start(dataDir, true, 0);
    }

    /**
     * A server for the application's data on {@code port} (0: any free port), or on a free port
     * with a warning when that one is taken. The port is also written to {@code
     * <data-dir>/postgres.port}.
     */
    public static EmbeddedDatabase start(Path dataDir, int port) {
        return start(dataDir, true, port);
    }

    static EmbeddedDatabase start(Path dataDir, boolean durable) {
        return start(dataDir, durable, 0);
    }

    /**
     * @param durable {@code fsync=on} and {@code synchronous_commit=on}. zonky starts PostgreSQL
     *     with {@code -F} (no fsync at all) and {@code synchronous_commit=off}: a power cut may then
     *     lose acknowledged commits or corrupt the cluster. Fine for throw-away test databases, not
     *     for the application's data.
     */
    static EmbeddedDatabase start(Path dataDir, boolean durable, int port) {
        Path cluster = prepare(dataDir);
        stopStaleServer(cluster);
        int chosen = port;
        if (port > 0 && !isFree(port)) {
            chosen = 0;
            log.warn(
                    "Port {} for the embedded PostgreSQL is taken by another program; using a free port this time"
                            + " (see {}). Set lantoa.embedded.port to choose another.",
                    port,
                    cluster.resolveSibling(PORT_FILE));
        }
        return startOn(cluster, durable, chosen);
    }

    /**
     * Starts the server of {@code cluster} on {@code port} (0: a free one). Another process may take
     * the port between the check and the server's bind, as when two instances start at once: the
     * new server then exits, and zonky's wait for it connects to the other process's server (two
     * instances then made one database: {@code duplicate key … pg_database_datname_index}). So the
     * server reached must say it serves this cluster, or the start is tried again on a free port.
     */
    static EmbeddedDatabase startOn(Path cluster, boolean durable, int port) {
        for (int attempt = 1; ; attempt++) {
            EmbeddedPostgres postgres;
            try {
                postgres = launch(cluster, durable, attempt == 1 ? port : 0);
            } catch (IOException | RuntimeException e) {
                throw new EmbeddedDatabaseException(EmbeddedDatabaseException.Reason.START_FAILED, cluster, e);
            }
            try {
                if (serves(postgres, cluster)) {
                    EmbeddedDatabase database = new EmbeddedDatabase(postgres);
                    database.createDatabaseIfMissing();
                    Files.writeString(
                            cluster.resolveSibling(PORT_FILE), postgres.getPort() + "\n", StandardCharsets.US_ASCII);
                    log.info("Embedded PostgreSQL running on port {} with data in {}", postgres.getPort(), cluster);
                    return database;
                }
            } catch (IOException | SQLException | RuntimeException e) {
                throw new EmbeddedDatabaseException(EmbeddedDatabaseException.Reason.START_FAILED, cluster, e);
            }
            log.warn(
                    "Port {} was taken by another PostgreSQL while the embedded one started; trying a free port",
                    postgres.getPort());
            try {
                postgres.close(); // releases zonky's lock on the cluster
            } catch (IOException | RuntimeException e) {
                log.debug("Closing the failed start: {}", e.getMessage());
            }
            // zonky's wait may have reached the other server before this attempt's pg_ctl saw its
            // postmaster fail; a next attempt started meanwhile meets that postmaster's lock file and
            // never comes up (seen on a loaded CI machine). So the attempt must be over first.
            awaitStarters(cluster, Duration.ofSeconds(60));
            stopStaleServer(cluster);
            if (attempt == 3) {
                throw new EmbeddedDatabaseException(
                        EmbeddedDatabaseException.Reason.START_FAILED,
                        cluster,
                        new IllegalStateException("no port of its own after 3 tries"));
            }
        }
    }

    private static EmbeddedPostgres launch(Path cluster, boolean durable, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(cluster)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8")
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "200")
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .setServerConfig("fsync", durable ? "on" : "off") // zonky starts postgres with -F (no fsync)
                .start();
    }

    /** Whether the server that answers on the started server's port is the one of {@code cluster}. */
    private static boolean serves(EmbeddedPostgres postgres, Path cluster) throws SQLException, IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement show = c.createStatement();
                ResultSet rs = show.executeQuery("SHOW data_directory")) {
            rs.next();
            return Path.of(rs.getString(1)).toRealPath().equals(cluster.toRealPath());
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    public String username() {
        return USER;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /** Whether nothing listens on the port on the loopback address (where the embedded server listens). */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(
                    true); // as PostgreSQL does: connections of the last run in TIME_WAIT do not make it taken
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
            }
        }
    }

    private static Path prepare(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
            Path probe = Files.createTempFile(absolute, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new EmbeddedDatabaseException(EmbeddedDatabaseException.Reason.DATA_DIR_NOT_WRITABLE, absolute, e);
        }
        return absolute.resolve("postgres");
    }

    /**
     * After a {@code kill -9} of the application, its postmaster keeps running on the cluster and
     * a new start would fail on {@code postmaster.pid}. Stop that server (fast shutdown) first, but
     * only if it is the postmaster of this very cluster: after a reboot the pid in the file may
     * belong to another PostgreSQL or to anything else, which is left alone.
     */
    static void stopStaleServer(Path cluster) {
        Path pidFile = cluster.resolve("postmaster.pid");
        Optional<Long> pid = readPid(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
        if (process.isPresent() && servesCluster(process.get(), cluster)) {
            log.warn("A PostgreSQL server (pid {}) from an earlier run still uses {}; stopping it", pid.get(), cluster);
            signal(pid.get(), "-INT");
            if (!waitForExit(process.get(), Duration.ofSeconds(20))) {
                process.get().destroyForcibly();
                waitForExit(process.get(), Duration.ofSeconds(5));
            }
        } else if (process.isPresent()) {
            log.warn(
                    "{} names pid {}, a process that does not serve this cluster ({}); leaving it alone"
                            + " and removing the stale file",
                    pidFile,
                    pid.get(),
                    process.get().info().command().orElse("?"));
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException(EmbeddedDatabaseException.Reason.DATA_DIR_NOT_WRITABLE, cluster, e);
        }
    }

    /**
     * Whether the process is a postmaster of this cluster: its command line carries {@code -D
     * <cluster>} or its working directory (a postmaster changes into its data directory) is the
     * cluster. When neither can be read, the answer is no: better a failed start with a clear
     * message than a signal to a stranger.
     */
    static boolean servesCluster(ProcessHandle process, Path cluster) {
        Path target = realPath(cluster);
        List<String> args = commandLine(process);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String dir = arg.equals("-D") && i + 1 < args.size()
                    ? args.get(i + 1)
                    : arg.startsWith("-D") && arg.length() > 2
                            ? arg.substring(2)
                            : arg.startsWith("--pgdata=") ? arg.substring("--pgdata=".length()) : null;
            if (dir != null && realPath(Path.of(dir)).equals(target)) {
                return true;
            }
        }
        try {
            return Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()), "cwd"))
                    .equals(target);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** The process's arguments: {@code /proc/<pid>/cmdline} on Linux, else what the JDK can tell. */
    private static List<String> commandLine(ProcessHandle process) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
            return List.of(new String(raw, StandardCharsets.UTF_8).split("\0"));
        } catch (IOException | SecurityException e) {
            return process.info().arguments().map(List::of).orElse(List.of());
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void signal(long pid, String signal) {
        try {
            new ProcessBuilder("kill", signal, Long.toString(pid))
                    .redirectErrorStream(true)
                    .start()
                    .waitFor();
        } catch (IOException e) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits until no process this JVM started (pg_ctl, the postmaster it forks) works on {@code
     * cluster} any more: pg_ctl {@code -w start} exits once its postmaster is ready or gone.
     */
    private static void awaitStarters(Path cluster, Duration timeout) {
        List<ProcessHandle> starters = ProcessHandle.current()
                .descendants()
                .filter(p -> servesCluster(p, cluster))
                .toList();
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ProcessHandle starter : starters) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !waitForExit(starter, Duration.ofNanos(left))) {
                log.warn("A start of the embedded PostgreSQL (pid {}) did not end in {}", starter.pid(), timeout);
                return;
            }
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !process.isAlive();
    }
}
