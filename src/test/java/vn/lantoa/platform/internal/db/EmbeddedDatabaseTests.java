package vn.lantoa.platform.internal.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

class EmbeddedDatabaseTests {

    @TempDir
    Path dataDir;

    @Test
    void aSecondStartReusesTheData() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir)) {
            execute(first, "CREATE TABLE kept (v TEXT); INSERT INTO kept VALUES ('Tiểu Cần')");
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDir)) {
            assertThat(queryString(second, "SELECT v FROM kept")).isEqualTo("Tiểu Cần");
        }
    }

    @Test
    void theApplicationsServerAcknowledgesACommitOnlyOnceItIsOnDisk() throws Exception {
        try (EmbeddedDatabase app = EmbeddedDatabase.start(dataDir)) {
            assertThat(queryString(app, "SHOW synchronous_commit")).isEqualTo("on");
            assertThat(queryString(app, "SHOW fsync")).isEqualTo("on");
        }
    }

    @Test
    void startsAfterTheProcessThatOwnedTheServerWasKilledHard() throws Exception {
        Process owner = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Owner.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(owner.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                // wait for the owner to have created its table
            }
            assertThat(line).isEqualTo("READY");
        }
        long orphanPid = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"))
                .getFirst()
                .trim());
        owner.destroyForcibly().waitFor(); // kill -9: the postmaster it started keeps running
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(dataDir)) {
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
            assertThat(queryString(restarted, "SELECT v::text FROM survived")).isEqualTo("42");
        }
    }

    /**
     * Issue 16 point 2: a stale {@code postmaster.pid} that names a live process which does not
     * serve this cluster (after a reboot the pid is someone else's). The process is called
     * {@code postgres}, so a check of the name alone would have stopped it.
     */
    @Test
    void leavesAnUnrelatedProcessAloneWhosePidIsInAStalePostmasterPid() throws Exception {
        Path fakePostgres = Files.copy(Path.of("/bin/sleep"), dataDir.resolve("postgres-bin"));
        Path named = Files.createDirectories(dataDir.resolve("other")).resolve("postgres");
        Files.move(fakePostgres, named);
        named.toFile().setExecutable(true);
        Process stranger = new ProcessBuilder(named.toString(), "300").start();
        try {
            Path cluster = Files.createDirectories(dataDir.resolve("data/postgres"));
            Files.writeString(
                    cluster.resolve("postmaster.pid"), stranger.pid() + "\n" + cluster + "\n1700000000\n5432\n");
            assertThat(EmbeddedDatabase.servesCluster(stranger.toHandle(), cluster))
                    .isFalse();

            try (EmbeddedDatabase started = EmbeddedDatabase.start(dataDir.resolve("data"))) {
                assertThat(stranger.isAlive())
                        .as("the stranger was not signalled")
                        .isTrue();
                assertThat(queryString(started, "SELECT 'chạy'")).isEqualTo("chạy");
                // while the real postmaster is recognised as this cluster's
                long postmaster = Long.parseLong(Files.readAllLines(cluster.resolve("postmaster.pid"))
                        .getFirst()
                        .trim());
                assertThat(EmbeddedDatabase.servesCluster(
                                ProcessHandle.of(postmaster).orElseThrow(), cluster))
                        .isTrue();
            }
        } finally {
            stranger.destroyForcibly().waitFor();
        }
    }

    /** Issue 16 point 3: a fixed port an operator can give pg_dump, also written next to the cluster. */
    @Test
    void listensOnTheGivenPortAndSaysWhichNextToTheCluster() throws Exception {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, port)) {
            assertThat(db.port()).isEqualTo(port);
            assertThat(db.jdbcUrl()).contains(":" + port + "/");
            assertThat(Files.readString(dataDir.resolve(EmbeddedDatabase.PORT_FILE))
                            .strip())
                    .isEqualTo(String.valueOf(port));
        }
        // the same port again after a restart, so a backup script keeps working
        try (EmbeddedDatabase again = EmbeddedDatabase.start(dataDir, port)) {
            assertThat(again.port()).isEqualTo(port);
        }
    }

    @Test
    void fallsBackToAFreePortWhenTheGivenOneIsTakenAndSaysWhich() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThat(EmbeddedDatabase.isFree(taken.getLocalPort())).isFalse();
            try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, taken.getLocalPort())) {
                assertThat(db.port()).isNotEqualTo(taken.getLocalPort());
                assertThat(queryString(db, "SELECT 'vẫn chạy'")).isEqualTo("vẫn chạy");
                assertThat(Files.readString(dataDir.resolve(EmbeddedDatabase.PORT_FILE))
                                .strip())
                        .isEqualTo(String.valueOf(db.port()));
            }
        }
    }

    /**
     * Two instances starting at once: the port was free when chosen, then another PostgreSQL took it
     * before this one bound it. The start must not end on the other server (both instances then
     * made the same database), but on a port of its own.
     */
    @Test
    void aPortTakenByAnotherPostgresqlDuringTheStartIsNotUsed(@TempDir Path other) throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(other, false)) {
            execute(first, "CREATE TABLE belongs_to_the_first (x int)");
            Path cluster = dataDir.toAbsolutePath().resolve("postgres");
            Files.createDirectories(dataDir);
            try (EmbeddedDatabase second = EmbeddedDatabase.startOn(cluster, false, first.port())) {
                assertThat(second.port()).isNotEqualTo(first.port());
                assertThat(Path.of(queryString(second, "SHOW data_directory")).toRealPath())
                        .isEqualTo(cluster.toRealPath());
                assertThat(queryString(second, "SELECT to_regclass('belongs_to_the_first')::text"))
                        .isNull();
            }
            assertThat(queryString(first, "SELECT to_regclass('belongs_to_the_first')::text"))
                    .isEqualTo("belongs_to_the_first");
        }
    }

    /** Run in a child JVM: starts the server, writes a row, says READY and waits to be killed. */
    static final class Owner {
        public static void main(String[] args) throws Exception {
            EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]));
            execute(db, "CREATE TABLE survived (v INT); INSERT INTO survived VALUES (42)");
            System.out.println("READY");
            System.out.flush();
            new java.util.concurrent.CountDownLatch(1).await(5, java.util.concurrent.TimeUnit.MINUTES); // until killed
        }
    }

    @Test
    void aDataDirectoryThatCannotBeWrittenFailsWithOneClearSentence() throws Exception {
        Path file = Files.writeString(dataDir.resolve("not-a-directory"), "x");
        assertThatThrownBy(() -> EmbeddedDatabase.start(file.resolve("data")))
                .isInstanceOfSatisfying(EmbeddedDatabaseException.class, e -> {
                    assertThat(e.reason()).isEqualTo(EmbeddedDatabaseException.Reason.DATA_DIR_NOT_WRITABLE);
                    FailureAnalysis analysis = new StartupFailureAnalyzers.EmbeddedDatabaseFailure().analyze(e);
                    assertThat(analysis.getDescription())
                            .contains("Không ghi được vào thư mục dữ liệu")
                            .contains("is not writable");
                    assertThat(analysis.getAction()).contains("--lantoa.data-dir");
                });
    }

    private static void execute(EmbeddedDatabase db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String queryString(EmbeddedDatabase db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
