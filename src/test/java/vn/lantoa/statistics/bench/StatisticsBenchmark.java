package vn.lantoa.statistics.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.LanToaApplication;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.Role;
import vn.lantoa.platform.Zone;
import vn.lantoa.statistics.internal.Period;
import vn.lantoa.statistics.internal.PeriodKind;
import vn.lantoa.statistics.internal.Rollups;
import vn.lantoa.statistics.internal.StatisticsQueries;
import vn.lantoa.statistics.internal.generator.GenerationResult;
import vn.lantoa.statistics.internal.generator.GeneratorOptions;
import vn.lantoa.statistics.internal.generator.ProvinceGenerator;
import vn.lantoa.statistics.internal.report.ReportFormat;
import vn.lantoa.statistics.internal.report.ReportJob;
import vn.lantoa.statistics.internal.report.ReportJobs;
import vn.lantoa.statistics.internal.report.ReportRequest;

/**
 * Statistics at province scale. Starts LanToa on a data directory (the embedded PostgreSQL in it);
 * when that database has no actions yet, generates a province into it first (sizes from {@code
 * lantoa.generator.*} system properties, default the full province: 10,000,000 actions). Then, in
 * the same run: the province's figures for the year (p50, p95 of {@code StatisticsQueries.figures}),
 * any commune's, the figures of the yearly report (the province and every commune), the same
 * totals straight from the raw actions table as the reference, a full rollup rebuild, and the size
 * of the database. Run by {@code bench/statistics.sh}; not a test, nothing here runs in {@code
 * ./mvnw verify}.
 */
public final class StatisticsBenchmark {

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "/work/gen-data");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        boolean rebuild = args.length <= 2 || !args[2].equals("no-rebuild");
        boolean subtrees = args.length > 3 && args[3].equals("subtrees");
        long started = System.nanoTime();
        ConfigurableApplicationContext app = new SpringApplication(LanToaApplication.class)
                .run(
                        "--server.port=0",
                        "--lantoa.data-dir=" + dir,
                        "--lantoa.demo.enabled=false",
                        "--lantoa.admin.initial-password=Bench-admin-password-2026",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN",
                        "--logging.level.vn.lantoa.statistics=INFO");
        try {
            System.out.printf(
                    "started in %.1f s (includes a rollup build if they were missing)%n",
                    (System.nanoTime() - started) / 1e9);
            new StatisticsBenchmark(app).run(rounds, rebuild, subtrees);
        } finally {
            app.close();
        }
    }

    private final JdbcClient jdbc;
    private final StatisticsQueries queries;
    private final Rollups rollups;
    private final ProvinceGenerator generator;
    private final Environment environment;
    private final Clock clock;
    private final ReportJobs reports;

    private StatisticsBenchmark(ConfigurableApplicationContext app) {
        this.jdbc = app.getBean(JdbcClient.class);
        this.queries = app.getBean(StatisticsQueries.class);
        this.rollups = app.getBean(Rollups.class);
        this.generator = app.getBean(ProvinceGenerator.class);
        this.environment = app.getEnvironment();
        this.clock = app.getBean(Clock.class);
        this.reports = app.getBean(ReportJobs.class);
    }

    private void run(int rounds, boolean rebuild, boolean subtrees) {
        if (subtrees) {
            long t = System.nanoTime();
            rollups.rebuildSubtrees(true);
            System.out.printf(
                    "subtree rollups and member bitmaps rebuilt from the unit cells: %.1f s%n",
                    (System.nanoTime() - t) / 1e9);
        }
        if (Boolean.getBoolean("bench.rebuildOnly")) { // -Dbench.rebuildOnly=true: the full rebuild alone
            long t = System.nanoTime();
            rollups.rebuildAll();
            System.out.printf("full rollup rebuild: %.1f s%n", (System.nanoTime() - t) / 1e9);
            return;
        }
        long actions =
                jdbc.sql("SELECT count(*) FROM shr_action").query(Long.class).single();
        if (actions == 0) {
            GenerationResult g = generator.province(GeneratorOptions.from(environment, clock.instant()));
            System.out.printf(
                    "generated %,d actions in %d s: %,d actions/s; rollups rebuilt in %d s%n",
                    g.actions(),
                    g.actionTime().toSeconds(),
                    g.actionsPerSecond(),
                    g.rollupRebuild().toSeconds());
            actions = g.actions();
        }
        long root = jdbc.sql("SELECT id FROM org_unit WHERE parent_id IS NULL ORDER BY id LIMIT 1")
                .query(Long.class)
                .single();
        List<Long> communes = jdbc.sql("""
                        SELECT u.id FROM org_unit u JOIN org_unit_kind k ON k.id = u.kind_id
                        WHERE k.code = 'DANG_UY_XA' ORDER BY u.id""").query(Long.class).list();
        CurrentUser admin = new CurrentUser(0, "bench", "Benchmark", Set.of(Role.ADMIN), root);
        LocalDate today = LocalDate.now(clock.withZone(Zone.VIETNAM));
        Period year = Period.containing(PeriodKind.YEAR, today);
        Period last12 = Period.custom(today.minusDays(364), today);
        System.out.printf(
                "database: %,d actions, %,d units, %,d members, %d communes%n",
                actions,
                jdbc.sql("SELECT count(*) FROM org_unit").query(Long.class).single(),
                jdbc.sql("SELECT count(*) FROM org_member").query(Long.class).single(),
                communes.size());

        for (int i = 0; i < 5; i++) {
            queries.figures(admin, root, last12);
        }
        print("province figures, last 12 months", times(rounds, () -> queries.figures(admin, root, last12)));
        print("province figures, this year", times(rounds, () -> queries.figures(admin, root, year)));
        Period quarter = Period.containing(PeriodKind.QUARTER, today);
        print("province figures, this quarter", times(rounds, () -> queries.figures(admin, root, quarter)));
        Period month = Period.containing(PeriodKind.MONTH, today);
        print(
                "province figures, this month (the statistics page's default)",
                times(rounds, () -> queries.figures(admin, root, month)));
        Period week = Period.containing(PeriodKind.WEEK, today);
        print("province figures, this week", times(rounds, () -> queries.figures(admin, root, week)));
        // What the back-office home's statistics tiles read (StatisticsBackOffice): this week and
        // month against the ones before, and the units without activity this month.
        print(
                "province back-office home: statistics tiles",
                times(
                        rounds,
                        () -> List.of(
                                queries.totals(admin, root, List.of(week, week.previous(), month, month.previous())),
                                queries.silentUnits(admin, root, month))));
        SplittableRandom random = new SplittableRandom(1);
        print(
                "commune figures, last 12 months (random communes)",
                times(rounds, () -> queries.figures(admin, communes.get(random.nextInt(communes.size())), last12)));
        print(
                "commune figures, this year (random communes)",
                times(rounds, () -> queries.figures(admin, communes.get(random.nextInt(communes.size())), year)));
        print(
                "commune figures, this month (random communes)",
                times(rounds, () -> queries.figures(admin, communes.get(random.nextInt(communes.size())), month)));
        if (Boolean.getBoolean("bench.figuresOnly")) { // -Dbench.figuresOnly=true: no raw reference, reports or rebuild
            return;
        }
        Long[] all =
                jdbc.sql("SELECT id FROM org_unit").query(Long.class).list().toArray(Long[]::new);
        print(
                "raw reference: province totals from shr_action, last 12 months",
                times(Math.min(rounds, 5), () -> raw(all, last12)));
        Long[] one = jdbc.sql("SELECT id FROM org_unit WHERE path LIKE '%/' || ? || '/%'")
                .param(communes.getFirst())
                .query(Long.class)
                .list()
                .toArray(Long[]::new);
        print(
                "raw reference: one commune's totals from shr_action, last 12 months",
                times(Math.min(rounds, 5), () -> raw(one, last12)));

        // The province's yearly report as a user gets it: the background job from request to the
        // finished file, once as PDF and once as XLSX.
        for (ReportFormat format : ReportFormat.values()) {
            long started = System.nanoTime();
            ReportJob job = reports.request(admin, new ReportRequest(root, year, format));
            while (job.running()) {
                java.util.concurrent.locks.LockSupport.parkNanos(20_000_000); // poll as the page does, finer
                job = reports.job(admin, job.id()).orElseThrow();
            }
            System.out.printf(
                    "province's yearly report (%s, job from request to file): %.2f s, %s, %,d bytes%n",
                    format,
                    (System.nanoTime() - started) / 1e9,
                    job.status(),
                    reports.download(admin, job.id())
                            .map(f -> f.content().length)
                            .orElse(0));
        }

        long reportStart = System.nanoTime();
        queries.figures(admin, root, last12);
        for (long commune : communes) {
            queries.figures(admin, commune, last12);
        }
        System.out.printf(
                "yearly report's figures (province + %d communes, last 12 months): %.2f s%n",
                communes.size(), (System.nanoTime() - reportStart) / 1e9);

        if (rebuild) {
            long rebuildStart = System.nanoTime();
            rollups.rebuildAll();
            System.out.printf("full rollup rebuild: %.1f s%n", (System.nanoTime() - rebuildStart) / 1e9);
        }
        long actionBytes = jdbc.sql("""
                SELECT coalesce(sum(pg_total_relation_size(i.inhrelid)), 0) + pg_total_relation_size('shr_action_key')
                FROM pg_inherits i WHERE i.inhparent = 'shr_action'::regclass""").query(Long.class).single();
        long database = jdbc.sql("SELECT pg_database_size(current_database())")
                .query(Long.class)
                .single();
        long rollupBytes = jdbc.sql("""
                SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c
                WHERE c.relkind = 'r' AND c.relname LIKE 'stat\\_%'""").query(Long.class).single();
        System.out.printf(
                "size: database %,d MB; actions with indexes and keys %,d MB = %,d MB per million actions;"
                        + " rollups %,d MB%n",
                database >> 20,
                actionBytes >> 20,
                actions == 0 ? 0 : (actionBytes / actions * 1_000_000) >> 20,
                rollupBytes >> 20);
    }

    /** What the dashboard's totals cost without rollups: counts by kind and state, active members, platforms. */
    private Object raw(Long[] units, Period period) {
        Instant from = period.start();
        Instant to = period.end();
        List<Object> out = new ArrayList<>();
        out.add(jdbc.sql("""
                        SELECT kind, state, count(*), count(DISTINCT member_id) FROM shr_action
                        WHERE unit_id = ANY (?) AND created_at >= ? AND created_at < ? GROUP BY kind, state""")
                .params(units, from.atOffset(java.time.ZoneOffset.UTC), to.atOffset(java.time.ZoneOffset.UTC))
                .query()
                .listOfRows());
        out.add(jdbc.sql("""
                        SELECT platform, count(*) FROM shr_action
                        WHERE unit_id = ANY (?) AND created_at >= ? AND created_at < ? GROUP BY platform""")
                .params(units, from.atOffset(java.time.ZoneOffset.UTC), to.atOffset(java.time.ZoneOffset.UTC))
                .query()
                .listOfRows());
        return out;
    }

    private static long[] times(int rounds, Supplier<Object> work) {
        long[] nanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void print(String what, long[] sorted) {
        System.out.printf(
                "%-70s n=%3d  p50 %8.1f ms  p95 %8.1f ms  max %8.1f ms%n",
                what,
                sorted.length,
                sorted[sorted.length / 2] / 1e6,
                sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }
}
