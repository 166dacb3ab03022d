package vn.lantoa.platform.internal.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;

/**
 * Issue 16's backup and restore, as {@code docs/reliability.md} tells an operator to do it with the
 * embedded database ("Cold copy of the whole cluster"): the application stopped, {@code tar} of
 * {@code postgres} and {@code postgres.port}, unpacked into a fresh data directory, started there.
 * Every table's row count and a hash of its content are equal, and the application runs on the
 * copy with what was written before the backup. (The logical {@code pg_dump} route needs a
 * PostgreSQL 17 client, which this machine does not have; the note says so.)
 */
public class BackupRestoreTests {

    @TempDir
    Path dir;

    /** Row count and an MD5 of every row as text, in order, for each table of the schema. */
    static Map<String, String> contents(EmbeddedDatabase database) {
        return contents(database.jdbcUrl(), "postgres", "");
    }

    /** As {@link #contents(EmbeddedDatabase)}, for the database at {@code url} read as {@code user}. */
    public static Map<String, String> contents(String url, String user, String password) {
        SingleConnectionDataSource source = new SingleConnectionDataSource(url, user, password, true);
        try {
            JdbcClient jdbc = JdbcClient.create(source);
            Map<String, String> out = new TreeMap<>();
            for (String table : jdbc.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
                    .query(String.class)
                    .list()) {
                out.put(
                        table,
                        jdbc.sql(
                                        "SELECT count(*) || ' ' || coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '-')"
                                                + " FROM \"" + table + "\" t")
                                .query(String.class)
                                .single());
            }
            return out;
        } finally {
            source.destroy();
        }
    }

    private static void run(Path in, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(in.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as(String.join(" ", command))
                .isTrue();
        assertThat(process.exitValue())
                .as(String.join(" ", command) + ": " + output)
                .isZero();
    }

    @Test
    void theColdCopyOfTheDocsRestoresEveryTableAndTheApplicationRunsOnIt() throws Exception {
        Path data = dir.resolve("data");
        String marker = "Chi bộ sao lưu " + UUID.randomUUID().toString().substring(0, 8);

        // The running instance, with the demo and one change made through the application.
        EmbeddedDatabase original = EmbeddedDatabase.start(data, OwnDatabase.freePort());
        ConfigurableApplicationContext app = OwnDatabase.startApplication(original, dir.resolve("app"), true);
        Browser admin = new Browser(OwnDatabase.port(app));
        admin.signIn("quantri", LanToaIntegrationTest.DEMO_PASSWORD);
        admin.get("/quan-tri");
        long unit = app.getBean(JdbcClient.class)
                .sql("SELECT id FROM org_unit WHERE name = 'Chi bộ ấp Cầu Tre'")
                .query(Long.class)
                .single();
        assertThat(admin.postForm("/quan-tri/don-vi/" + unit + "/doi-ten", Map.of("name", marker))
                        .statusCode())
                .isEqualTo(302);

        // "systemctl stop lantoa", then the tar of the docs.
        app.close();
        Map<String, String> before = contents(original);
        original.close();
        Path archive = dir.resolve("lantoa-data.tar.gz");
        run(data, "tar", "-C", data.toString(), "-czf", archive.toString(), "postgres", "postgres.port");

        // Restore into a fresh data directory and start there.
        Path restored = dir.resolve("restored");
        Files.createDirectories(restored);
        run(restored, "tar", "-C", restored.toString(), "-xzf", archive.toString());
        EmbeddedDatabase copy = EmbeddedDatabase.start(restored, OwnDatabase.freePort());
        ConfigurableApplicationContext again = null;
        try {
            Map<String, String> after = contents(copy);
            System.out.printf(
                    "backup and restore (cold copy): %d tables, %,d bytes archived, all equal: %s%n",
                    before.size(), Files.size(archive), before.equals(after));
            assertThat(before).hasSizeGreaterThan(60);
            assertThat(after).as("every table's row count and content hash").isEqualTo(before);

            again = OwnDatabase.startApplication(copy, dir.resolve("app-restored"), true);
            Browser reader = new Browser(OwnDatabase.port(again));
            assertThat(reader.get("/").statusCode()).isEqualTo(200);
            reader.signIn("quantri", LanToaIntegrationTest.DEMO_PASSWORD);
            HttpResponse<String> page = reader.get("/quan-tri/don-vi/" + unit);
            assertThat(page.body()).as("the change made before the backup").contains(marker);
        } finally {
            if (again != null) {
                again.close();
            }
            copy.close();
        }
    }
}
