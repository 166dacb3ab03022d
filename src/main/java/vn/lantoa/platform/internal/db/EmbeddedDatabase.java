package vn.lantoa.platform.internal.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
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
 * cluster lives in {@code <data-dir>/postgres} and survives restarts; a server left running by a
 * killed process is stopped before a new one starts.
 */
public final class EmbeddedDatabase implements Closeable {

    static final String DATABASE = "lantoa";
    static final String USER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** A server for the application's data: every acknowledged commit is on disk. */
    public static EmbeddedDatabase start(Path dataDir) {
        return start(dataDir, true);
    }

    /**
     * @param durable {@code fsync=on} and {@code synchronous_commit=on}. zonky starts PostgreSQL
     *     with {@code -F} (no fsync at all) and {@code synchronous_commit=off}: a power cut may then
     *     lose acknowledged commits or corrupt the cluster. Fine for throw-away test databases, not
     *     for the application's data.
     */
    static EmbeddedDatabase start(Path dataDir, boolean durable) {
        Path cluster = prepare(dataDir);
        stopStaleServer(cluster);
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
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
            EmbeddedDatabase database = new EmbeddedDatabase(postgres);
            database.createDatabaseIfMissing();
            log.info("Embedded PostgreSQL running on port {} with data in {}", postgres.getPort(), cluster);
            return database;
        } catch (IOException | SQLException | RuntimeException e) {
            throw new EmbeddedDatabaseException(EmbeddedDatabaseException.Reason.START_FAILED, cluster, e);
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
     * a new start would fail on {@code postmaster.pid}. Stop that server (fast shutdown) first.
     */
    static void stopStaleServer(Path cluster) {
        Path pidFile = cluster.resolve("postmaster.pid");
        Optional<Long> pid = readPid(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
        if (process.isPresent() && isPostgres(process.get())) {
            log.warn("A PostgreSQL server (pid {}) from an earlier run still uses {}; stopping it", pid.get(), cluster);
            signal(pid.get(), "-INT");
            if (!waitForExit(process.get(), Duration.ofSeconds(20))) {
                process.get().destroyForcibly();
                waitForExit(process.get(), Duration.ofSeconds(5));
            }
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException(EmbeddedDatabaseException.Reason.DATA_DIR_NOT_WRITABLE, cluster, e);
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

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.contains("postgres")).orElse(true);
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
