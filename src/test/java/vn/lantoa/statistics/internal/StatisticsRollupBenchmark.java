package vn.lantoa.statistics.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;
import vn.lantoa.organization.UnitDirectory;
import vn.lantoa.platform.internal.db.EmbeddedDatabase;
import vn.lantoa.sharing.ActionFacts;

/**
 * What the rollups cost on a province-sized tree (a {@code main}, not run by the build): 1 province,
 * 124 communes with 12 units each (1,613 units), N actions (default 400,000) spread over two years
 * in {@code shr_action}; a full rebuild through sharing's ActionFacts, a check, and EXPLAIN ANALYZE
 * of the province's month and year queries. Embedded PostgreSQL in a fresh data directory.
 */
final class StatisticsRollupBenchmark {

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 400_000;
        Path dir = Path.of("target/statistics-benchmark-db");
        FileSystemUtils.deleteRecursively(dir);
        Files.createDirectories(dir);
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir);
                HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(db.jdbcUrl());
            pool.setUsername(db.username());
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            JdbcClient jdbc = JdbcClient.create(pool);
            jdbc.sql("INSERT INTO org_unit_kind (code, name) VALUES ('K', 'K')").update();
            jdbc.sql("INSERT INTO org_unit (kind_id, name, path) VALUES (1, 'Tỉnh', '/1/')")
                    .update();
            jdbc.sql("""
                    INSERT INTO org_unit (parent_id, kind_id, name)
                    SELECT 1, 1, 'Xã ' || g FROM generate_series(1, 124) g""").update();
            jdbc.sql("UPDATE org_unit SET path = '/1/' || id || '/' WHERE parent_id = 1")
                    .update();
            jdbc.sql("""
                    INSERT INTO org_unit (parent_id, kind_id, name)
                    SELECT c.id, 1, 'Chi bộ ' || g FROM org_unit c, generate_series(1, 12) g WHERE c.parent_id = 1""").update();
            jdbc.sql("UPDATE org_unit u SET path = p.path || u.id || '/' FROM org_unit p"
                            + " WHERE p.id = u.parent_id AND u.path = ''")
                    .update();
            long start = System.nanoTime();
            jdbc.sql("""
                    INSERT INTO shr_action (kind, member_id, unit_id, post_url, post_canonical, platform, source_name,
                                            state, created_at)
                    SELECT CASE WHEN random() < 0.8 THEN 'SHARE' ELSE 'REBUTTAL' END,
                           (random() * 200000)::bigint, 2 + (random() * 1611)::bigint, 'u', 'u' || g,
                           (ARRAY['FACEBOOK', 'ZALO', 'TIKTOK', 'YOUTUBE'])[1 + (random() * 3)::int],
                           (ARRAY[NULL, 'Báo Nhân Dân', 'Báo Vĩnh Long'])[1 + (random() * 2)::int],
                           (ARRAY['VERIFIED', 'VERIFIED', 'SELF_REPORTED', 'REJECTED'])[1 + (random() * 3)::int],
                           now() - random() * interval '730 days'
                      FROM generate_series(1, ?) g""").param(size).update();
            System.out.printf(Locale.ROOT, "inserted %,d actions in %,d ms%n", size, ms(start));

            Constructor<?> facts = Class.forName("vn.lantoa.sharing.internal.JdbcActionFacts")
                    .getDeclaredConstructor(JdbcClient.class);
            facts.setAccessible(true);
            TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(pool));
            Constructor<?> directory = Class.forName("vn.lantoa.organization.internal.JdbcUnitDirectory")
                    .getDeclaredConstructor(JdbcClient.class);
            directory.setAccessible(true);
            RollupWriter writer = new RollupWriter(jdbc, "256MB", "512MB");
            Rollups rollups = new Rollups(
                    (ActionFacts) facts.newInstance(jdbc),
                    (UnitDirectory) directory.newInstance(jdbc),
                    writer,
                    jdbc,
                    transaction,
                    new ShadowRebuild(jdbc, writer, transaction.getTransactionManager(), 0));
            start = System.nanoTime();
            rollups.rebuildAll();
            System.out.printf(Locale.ROOT, "rebuildAll: %,d ms%n", ms(start));
            jdbc.sql("ANALYZE").update();
            for (String table : List.of("shr_action", "stat_action", "stat_action_day", "stat_member_day")) {
                System.out.printf(
                        Locale.ROOT,
                        "%s: %,d rows, %s%n",
                        table,
                        jdbc.sql("SELECT count(*) FROM " + table)
                                .query(Long.class)
                                .single(),
                        jdbc.sql("SELECT pg_size_pretty(pg_total_relation_size('" + table + "'))")
                                .query(String.class)
                                .single());
            }
            start = System.nanoTime();
            RollupCheck check = rollups.check(false);
            System.out.printf(Locale.ROOT, "check: %,d ms, %d differences%n", ms(start), check.differences());
            start = System.nanoTime();
            for (long id = 1000; id < 2000; id++) {
                rollups.refresh(id);
            }
            System.out.printf(Locale.ROOT, "refresh (an event, nothing changed): %.2f ms each%n", ms(start) / 1000.0);

            // As the app passes it: the subtree's ids (from organization's UnitDirectory) as one array parameter.
            String units = "'"
                    + jdbc.sql("SELECT array_agg(id)::text FROM org_unit WHERE path LIKE '/1/%'")
                            .query(String.class)
                            .single()
                    + "'::bigint[]";
            String month = "day BETWEEN date_trunc('month', now())::date - 31 AND date_trunc('month', now())::date - 1";
            String year = "day BETWEEN (now() - interval '1 year')::date AND now()::date";
            explain(
                    jdbc,
                    "province, last month, actions by kind and state (rollup)",
                    "SELECT kind, state, sum(n) FROM stat_action_day WHERE unit_id = ANY(" + units + ") AND " + month
                            + " GROUP BY 1, 2");
            explain(
                    jdbc,
                    "province, last month, active members (rollup)",
                    "SELECT count(DISTINCT member_id) FROM stat_member_day WHERE unit_id = ANY(" + units + ") AND "
                            + month);
            explain(
                    jdbc,
                    "province, last 12 months, actions by kind and state (rollup)",
                    "SELECT kind, state, sum(n) FROM stat_action_day WHERE unit_id = ANY(" + units + ") AND " + year
                            + " GROUP BY 1, 2");
            explain(
                    jdbc,
                    "province, last 12 months, active members (rollup)",
                    "SELECT count(DISTINCT member_id) FROM stat_member_day WHERE unit_id = ANY(" + units + ") AND "
                            + year);
            explain(
                    jdbc,
                    "the same 12 months from the raw actions, for comparison",
                    "SELECT kind, state, count(*) FROM shr_action WHERE unit_id = ANY(" + units
                            + ") AND created_at >= now() - interval '1 year' GROUP BY 1, 2");
        }
    }

    private static void explain(JdbcClient jdbc, String what, String sql) {
        List<String> plan = jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + sql)
                .query(String.class)
                .list();
        System.out.println("== " + what);
        plan.forEach(line -> System.out.println("   " + line));
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
