package vn.lantoa.platform.internal.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.internal.db.BackupRestoreTests;
import vn.lantoa.platform.internal.db.OwnDatabase;

/**
 * Issue 16, "backup and restore", for an external PostgreSQL, with the commands of
 * docs/operations.md: a cluster of Debian's PostgreSQL (15 on Debian 12) made with {@code pg_createcluster}, the roles
 * of {@code ops/postgresql/create-roles.sql}, the jar on it as {@code lantoa_app} (Flyway as
 * {@code lantoa_owner}, with {@code ops/flyway}); a change made through the application; the
 * nightly {@code ops/backup/lantoa-backup.sh} while it runs; then "Restore into a fresh cluster":
 * the roles file, {@code pg_restore -C}, the tar of the data directory. Every table's row count and
 * content hash, and every file of the data directory, are equal, and the application runs on the
 * copy with the change. Run by {@code .ci/reliability}, which installs Debian's {@code postgresql}.
 */
class ExternalBackupRestoreRun {

    /** The newest PostgreSQL of Debian's packages on this machine (15 on Debian 12). */
    static final String VERSION = debianPostgres();

    @TempDir
    Path dir;

    private final List<String> clusters = new ArrayList<>();
    private final List<AppProcess> apps = new ArrayList<>();

    @AfterEach
    void dropEverything() throws Exception {
        apps.forEach(AppProcess::close);
        for (String cluster : clusters) {
            AppProcess.run(dir, "pg_dropcluster", "--stop", VERSION, cluster);
        }
    }

    @Test
    void theNightlyDumpOfARunningInstanceRestoresIntoAFreshClusterWithEveryTableAndFile() throws Exception {
        // The database commands run as postgres, who must reach the backups under this directory.
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String ownerPassword = "owner-" + UUID.randomUUID();
        String appPassword = "app-" + UUID.randomUUID();
        int sourcePort = OwnDatabase.freePort();
        cluster("lantoa_src_" + tag, sourcePort);
        AppProcess.run(
                dir,
                "runuser",
                "-u",
                "postgres",
                "--",
                "psql",
                "-X",
                "-q",
                "-p",
                Integer.toString(sourcePort),
                "-v",
                "ON_ERROR_STOP=1",
                "-v",
                "owner_password=" + ownerPassword,
                "-v",
                "app_password=" + appPassword,
                "-f",
                Path.of("ops/postgresql/create-roles.sql").toAbsolutePath().toString());

        Path data = Files.createDirectories(dir.resolve("data"));
        AppProcess source = app("backup-source", data, sourcePort, appPassword, ownerPassword, true);
        source.awaitDemoData(Duration.ofMinutes(2));
        String marker = "Chi bộ sao lưu " + tag;
        Browser admin = new Browser(source.port());
        admin.signIn("quantri", LanToaIntegrationTest.DEMO_PASSWORD);
        admin.get("/quan-tri/don-vi");
        String url = "jdbc:postgresql://localhost:" + sourcePort + "/lantoa";
        long unit = Long.parseLong(scalar(sourcePort, "SELECT id FROM org_unit WHERE name = 'Chi bộ ấp Cầu Tre'"));
        assertThat(admin.postForm("/quan-tri/don-vi/" + unit + "/doi-ten", Map.of("name", marker))
                        .statusCode())
                .isEqualTo(302);

        // A file the application keeps in its data directory (as a directive's PDF): the demo on an
        // external database writes none.
        Path kept = Files.createDirectories(data.resolve("sharing/directives")).resolve("1.pdf");
        Files.write(kept, ("%PDF-1.4 " + UUID.randomUUID()).getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        // The nightly backup, as cron runs it, while the application runs.
        Path backups = dir.resolve("backups");
        long started = System.nanoTime();
        String said = AppProcess.run(
                dir,
                "env",
                "PGPORT=" + sourcePort,
                "DB=lantoa",
                "DATA_DIR=" + data,
                "BACKUP_DIR=" + backups,
                Path.of("ops/backup/lantoa-backup.sh").toAbsolutePath().toString());
        double backupSeconds = (System.nanoTime() - started) / 1e9;
        source.close();
        Map<String, String> before = BackupRestoreTests.contents(url, "lantoa_owner", ownerPassword);
        Map<String, String> filesBefore = files(data);

        // Restore into a fresh cluster.
        int restoredPort = OwnDatabase.freePort();
        cluster("lantoa_rst_" + tag, restoredPort);
        Path dump = only(backups, "lantoa-", ".dump");
        Path roles = only(backups, "roles-", ".sql");
        Path files = only(backups, "files-", ".tar.gz");
        AppProcess.run(
                dir,
                "runuser",
                "-u",
                "postgres",
                "--",
                "psql",
                "-X",
                "-q",
                "-p",
                Integer.toString(restoredPort),
                "-f",
                roles.toString()); // "role postgres already exists" is expected
        AppProcess.run(
                dir,
                "runuser",
                "-u",
                "postgres",
                "--",
                "pg_restore",
                "-p",
                Integer.toString(restoredPort),
                "-C",
                "-d",
                "postgres",
                "--exit-on-error",
                dump.toString());
        Path restoredData = Files.createDirectories(dir.resolve("restored-data"));
        AppProcess.run(dir, "tar", "-C", restoredData.toString(), "-xzf", files.toString());

        String restoredUrl = "jdbc:postgresql://localhost:" + restoredPort + "/lantoa";
        Map<String, String> after = BackupRestoreTests.contents(restoredUrl, "lantoa_owner", ownerPassword);
        Map<String, String> filesAfter = files(restoredData);
        List<String> differ = before.keySet().stream()
                .filter(t -> !before.get(t).equals(after.get(t)))
                .toList();
        System.out.printf(
                "[backup] external PostgreSQL %s, ops/backup/lantoa-backup.sh on the running instance in %.1f s (%s); "
                        + "restored into a fresh cluster: %d tables, %d with equal row counts and content hashes%s; "
                        + "%d files in the data directory, all equal: %s%n",
                VERSION,
                backupSeconds,
                said.strip(),
                before.size(),
                before.size() - differ.size(),
                differ.isEmpty() ? "" : " (differ: " + differ + ")",
                filesBefore.size(),
                filesBefore.equals(filesAfter));
        assertThat(before).hasSizeGreaterThan(60);
        assertThat(after).as("every table's row count and content hash").isEqualTo(before);
        assertThat(filesAfter).as("every file of the data directory").isEqualTo(filesBefore);

        AppProcess copy = app("backup-restored", restoredData, restoredPort, appPassword, ownerPassword, false);
        Browser reader = new Browser(copy.port());
        assertThat(reader.get("/").statusCode()).isEqualTo(200);
        reader.signIn("quantri", LanToaIntegrationTest.DEMO_PASSWORD);
        HttpResponse<String> page = reader.get("/quan-tri/don-vi/" + unit);
        assertThat(page.body()).as("the change made before the backup").contains(marker);
    }

    private static String debianPostgres() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.filter(v -> Files.isExecutable(v.resolve("bin/pg_ctl")))
                    .map(v -> v.getFileName().toString())
                    .max(java.util.Comparator.comparingInt(Integer::parseInt))
                    .orElseThrow(
                            () -> new IllegalStateException("No Debian PostgreSQL server: apt-get install postgresql"));
        } catch (IOException e) {
            throw new IllegalStateException("No Debian PostgreSQL server: apt-get install postgresql", e);
        }
    }

    private void cluster(String name, int port) throws Exception {
        AppProcess.run(dir, "pg_createcluster", VERSION, name, "-p", Integer.toString(port), "--start");
        clusters.add(name);
    }

    private AppProcess app(String name, Path data, int port, String appPassword, String ownerPassword, boolean demo) {
        AppProcess app = AppProcess.start(
                name,
                data,
                OwnDatabase.freePort(),
                List.of(
                        "--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/lantoa",
                        "--spring.datasource.username=lantoa_app",
                        "--spring.datasource.password=" + appPassword,
                        "--spring.flyway.user=lantoa_owner",
                        "--spring.flyway.password=" + ownerPassword,
                        "--spring.flyway.locations=classpath:db/migration,filesystem:"
                                + Path.of("ops/flyway").toAbsolutePath(),
                        "--lantoa.demo.enabled=" + demo),
                Duration.ofMinutes(3));
        apps.add(app);
        return app;
    }

    private static String scalar(int port, String sql) throws Exception {
        return AppProcess.run(
                        Path.of("."),
                        "runuser",
                        "-u",
                        "postgres",
                        "--",
                        "psql",
                        "-X",
                        "-At",
                        "-p",
                        Integer.toString(port),
                        "-d",
                        "lantoa",
                        "-c",
                        sql)
                .strip();
    }

    /** Path → SHA-256 of every file under {@code root}. */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                try {
                    out.put(
                            root.relativize(file).toString(),
                            HexFormat.of()
                                    .formatHex(
                                            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }

    private static Path only(Path dir, String prefix, String suffix) throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            List<Path> found = all.filter(p -> p.getFileName().toString().startsWith(prefix)
                            && p.getFileName().toString().endsWith(suffix))
                    .toList();
            assertThat(found).as(prefix + "*" + suffix + " in " + dir).hasSize(1);
            return found.getFirst();
        }
    }
}
