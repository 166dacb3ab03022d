package vn.lantoa.platform.internal.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.internal.db.BackupRestoreTests;
import vn.lantoa.platform.internal.db.EmbeddedDatabase;
import vn.lantoa.platform.internal.db.OwnDatabase;

/**
 * Issue 16, "backup and restore", for the embedded PostgreSQL of the default set-up, on a running
 * instance: the jar with its demo, a change made through it, then {@code
 * ops/backup/lantoa-embedded-backup.sh} while 10 members keep logging shares; the archive unpacked
 * into a fresh data directory and the jar started on it. The copy has the change and every share
 * acknowledged before the backup began, and no half-written share (every action with its key, every
 * key with its action, no post twice). A second backup of the same instance, still running but with
 * nothing written any more, restores into a copy whose every table has the source's row count and
 * content hash. Run by {@code .ci/reliability}; needs psql (any version).
 */
class EmbeddedOnlineBackupRun {

    @TempDir
    Path dir;

    private AppProcess source;
    private AppProcess copy;

    @AfterEach
    void stop() {
        for (AppProcess app : new AppProcess[] {copy, source}) {
            if (app != null) {
                app.close();
            }
        }
    }

    @Test
    void theOnlineBackupOfARunningInstanceRestoresEverythingAcknowledgedBeforeIt() throws Exception {
        Path data = dir.resolve("data");
        source = AppProcess.start("embedded-backup", data, OwnDatabase.freePort(), List.of(), Duration.ofMinutes(3));
        source.awaitDemoData(Duration.ofMinutes(2));
        String marker =
                "Chi bộ sao lưu trực tuyến " + UUID.randomUUID().toString().substring(0, 8);
        Browser admin = new Browser(source.port());
        admin.signIn("quantri", LanToaIntegrationTest.DEMO_PASSWORD);
        admin.get("/quan-tri/don-vi");
        long unit = unitId(source.embeddedJdbcUrl());
        assertThat(admin.postForm("/quan-tri/don-vi/" + unit + "/doi-ten", Map.of("name", marker))
                        .statusCode())
                .isEqualTo(302);

        Path backups = dir.resolve("backups");
        String said;
        long backupStarted;
        double seconds;
        ShareLoad load = new ShareLoad(source.port(), 10, ShareLoad.officialArticle(source.embeddedJdbcUrl()));
        try (load) {
            load.start(1_000_000, ShareLoad.Retry.SAME_KEY, Duration.ofMinutes(5), Duration.ofMillis(20));
            AppProcess.until(() -> load.acknowledgedCount() >= 200, Duration.ofMinutes(1));
            backupStarted = System.nanoTime();
            said = AppProcess.run(
                    dir,
                    Path.of("ops/backup/lantoa-embedded-backup.sh")
                            .toAbsolutePath()
                            .toString(),
                    data.toString(),
                    backups.toString());
            seconds = (System.nanoTime() - backupStarted) / 1e9;
            AppProcess.until(
                    () -> load.attempts().stream()
                            .anyMatch(a -> a.acknowledged() && a.startNanos() > backupStarted + (long) (seconds * 1e9)),
                    Duration.ofMinutes(1));
        }
        List<String> acknowledgedBefore = load.attempts().stream()
                .filter(a -> a.acknowledged() && a.endNanos() < backupStarted)
                .map(ShareLoad.Attempt::key)
                .toList();
        Path underLoad = only(backups);

        // A second backup of the same running instance once nothing is written any more (the
        // listeners of the last shares done): the copy then equals the source table by table.
        // (and the outbox planned: the dispatcher plans the demo's notices in the background)
        AppProcess.until(() -> backgroundWorkLeft(source.embeddedJdbcUrl()) == 0, Duration.ofMinutes(1));
        Path quietBackups = dir.resolve("quiet-backups");
        AppProcess.run(
                dir,
                Path.of("ops/backup/lantoa-embedded-backup.sh").toAbsolutePath().toString(),
                data.toString(),
                quietBackups.toString());
        source.close();
        source = null;
        Map<String, String> before = contentsOf(data);
        Path quiet = Files.createDirectories(dir.resolve("restored-quiet"));
        AppProcess.run(
                dir, "tar", "-C", quiet.toString(), "-xzf", only(quietBackups).toString());
        Map<String, String> after = contentsOf(quiet);
        List<String> differ = before.keySet().stream()
                .filter(t -> !before.get(t).equals(after.get(t)))
                .toList();
        System.out.printf(
                "[backup] embedded PostgreSQL, the same script once the instance was idle (still running): %d tables, "
                        + "%d with equal row counts and content hashes%s%n",
                before.size(), before.size() - differ.size(), differ.isEmpty() ? "" : " (differ: " + differ + ")");
        assertThat(before).hasSizeGreaterThan(60);
        assertThat(after).as("every table's row count and content hash").isEqualTo(before);

        Path restored = Files.createDirectories(dir.resolve("restored"));
        AppProcess.run(dir, "tar", "-C", restored.toString(), "-xzf", underLoad.toString());
        copy = AppProcess.start(
                "embedded-backup-restored",
                restored,
                OwnDatabase.freePort(),
                List.of("--lantoa.demo.enabled=false"),
                Duration.ofMinutes(3));
        String url = copy.embeddedJdbcUrl();
        Ledger ledger = Ledger.of(url, load);
        int keptBefore = Ledger.storedOf(url, new java.util.HashSet<>(acknowledgedBefore));
        Browser reader = new Browser(copy.port());
        assertThat(reader.get("/").statusCode()).isEqualTo(200);
        reader.signIn("quantri", LanToaIntegrationTest.DEMO_PASSWORD);
        String page = reader.get("/quan-tri/don-vi/" + unit).body();
        System.out.printf(
                "[backup] embedded PostgreSQL, ops/backup/lantoa-embedded-backup.sh on the running instance while 10 "
                        + "members logged shares: %.1f s (%s); restored and started: the change there: %s; %,d of %,d "
                        + "shares acknowledged before the backup began are in the copy, %,d shares in all, "
                        + "%,d duplicates, %,d orphans%n",
                seconds,
                said.strip(),
                page.contains(marker),
                keptBefore,
                acknowledgedBefore.size(),
                ledger.rows(),
                ledger.duplicates(),
                ledger.orphans());
        assertThat(page).as("the change made before the backup").contains(marker);
        assertThat(keptBefore).as("shares acknowledged before the backup began").isEqualTo(acknowledgedBefore.size());
        assertThat(acknowledgedBefore).hasSizeGreaterThanOrEqualTo(200);
        assertThat(ledger.duplicates()).as("duplicates").isZero();
        assertThat(ledger.orphans()).as("half-written shares").isZero();
    }

    /** Every table's row count and content hash, read from the cluster in {@code dataDir} started on its own. */
    private static Map<String, String> contentsOf(Path dataDir) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, OwnDatabase.freePort())) {
            return BackupRestoreTests.contents(database.jdbcUrl(), "postgres", "");
        }
    }

    /** Module events not completed, notices not planned and deliveries not done: what still writes. */
    private static int backgroundWorkLeft(String url) {
        try (var db = java.sql.DriverManager.getConnection(url, "postgres", "");
                var rs = db.createStatement()
                        .executeQuery("SELECT (SELECT count(*) FROM event_publication WHERE completion_date IS NULL)"
                                + " + (SELECT count(*) FROM ntf_notice WHERE planned_at IS NULL)"
                                + " + (SELECT count(*) FROM ntf_delivery WHERE status = 'PENDING')")) {
            rs.next();
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path only(Path backups) throws Exception {
        try (var files = Files.list(backups)) {
            List<Path> archives = files.filter(f -> f.getFileName().toString().endsWith(".tar.gz"))
                    .toList();
            assertThat(archives).hasSize(1);
            return archives.getFirst();
        }
    }

    private static long unitId(String url) throws Exception {
        try (var db = java.sql.DriverManager.getConnection(url, "postgres", "");
                var rs =
                        db.createStatement().executeQuery("SELECT id FROM org_unit WHERE name = 'Chi bộ ấp Cầu Tre'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
