package vn.lantoa.reports.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;
import vn.lantoa.platform.internal.db.EmbeddedDatabase;
import vn.lantoa.reports.internal.matching.SyntheticClaims;

/**
 * What matching costs in the running app with 100,000 claims in PostgreSQL (a {@code main}, not run
 * by the build): the change queries, the first build from the table, a whole call
 * ({@code ClaimMatching.similar}: latest-change query + match), and the call after a claim was added,
 * after a verdict changed and after a statement was edited. Embedded PostgreSQL in a fresh data
 * directory, all migrations, the claims from {@link SyntheticClaims#markov}. Argument: number of
 * claims (default 100000).
 */
final class ClaimRefreshBenchmark {

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Path.of("target/claim-refresh-benchmark-db");
        FileSystemUtils.deleteRecursively(dir);
        Files.createDirectories(dir);
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir);
                HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(db.jdbcUrl());
            pool.setUsername(db.username());
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .outOfOrder(true)
                    .load()
                    .migrate();
            List<String> statements = new ArrayList<>(SyntheticClaims.evaluationClaims());
            statements.addAll(SyntheticClaims.markov(size - statements.size()));
            long start = System.nanoTime();
            insert(new JdbcTemplate(pool), statements);
            System.out.printf(Locale.ROOT, "inserted %,d claims in %,d ms%n", size, ms(start));

            Constructor<ClaimQueries> constructor =
                    ClaimQueries.class.getDeclaredConstructor(JdbcClient.class, Clock.class);
            constructor.setAccessible(true);
            ClaimQueries queries = constructor.newInstance(JdbcClient.create(pool), Clock.systemUTC());
            ClaimMatching matching = new ClaimMatching(
                    queries,
                    Clock.systemUTC(),
                    new vn.lantoa.reports.internal.ReportsMetrics(
                            new io.micrometer.core.instrument.simple.SimpleMeterRegistry()));
            List<String> texts = SyntheticClaims.queries();

            new JdbcTemplate(pool).execute("VACUUM ANALYZE rpt_claim");
            time("latest-change query (every call)", 300, queries::latestChange);
            time("fingerprint query (count, every 5 s)", 300, queries::fingerprint);
            time("all claims query", 3, queries::all);
            once("first call (build from table)", () -> matching.similar(texts.get(0), 10));
            texts.forEach(t -> matching.similar(t, 10));
            time("similar() (change query + match)", texts, t -> matching.similar(t, 10));

            JdbcTemplate jdbc = new JdbcTemplate(pool);
            jdbc.update(
                    "INSERT INTO rpt_claim (statement, verdict, created_at, updated_at) VALUES (?, 'FALSE', now(), now())",
                    "Giếng nước chung bị bỏ thuốc độc, không ai được múc nước trong tuần này.");
            once("call after a claim was added", () -> matching.similar("gieng nuoc bi bo thuoc doc", 10));
            jdbc.update("UPDATE rpt_claim SET verdict = 'MISLEADING', updated_at = now() WHERE id = 5");
            once("call after a verdict changed", () -> matching.similar("gieng nuoc bi bo thuoc doc", 10));
            jdbc.update("UPDATE rpt_claim SET statement = statement || ' (sửa)', updated_at = now() WHERE id = 6");
            once("call after a statement edit (rebuild)", () -> matching.similar("gieng nuoc bi bo thuoc doc", 10));
        }
    }

    private static void insert(JdbcTemplate jdbc, List<String> statements) {
        Timestamp now = Timestamp.from(Instant.now());
        for (int from = 0; from < statements.size(); from += 5_000) {
            List<Object[]> batch = statements.subList(from, Math.min(statements.size(), from + 5_000)).stream()
                    .map(s -> new Object[] {s, now, now})
                    .toList();
            jdbc.batchUpdate(
                    "INSERT INTO rpt_claim (statement, verdict, created_at, updated_at) VALUES (?, 'FALSE', ?, ?)",
                    batch);
        }
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static void once(String name, Supplier<?> call) {
        long start = System.nanoTime();
        call.get();
        System.out.printf(Locale.ROOT, "%-40s %,8.1f ms%n", name, (System.nanoTime() - start) / 1e6);
    }

    private static void time(String name, int times, Supplier<?> call) {
        List<String> none = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            none.add("");
        }
        time(name, none, x -> call.get());
    }

    private static void time(String name, List<String> inputs, java.util.function.Function<String, ?> call) {
        long[] nanos = new long[inputs.size()];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            call.apply(inputs.get(i));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(
                Locale.ROOT,
                "%-40s p50 %,8.1f ms, p95 %,8.1f ms (%d calls)%n",
                name,
                nanos[nanos.length / 2] / 1e6,
                nanos[(int) Math.ceil(0.95 * nanos.length) - 1] / 1e6,
                nanos.length);
    }
}
