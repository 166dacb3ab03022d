package vn.lantoa.statistics.internal.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.LanToaProperties;
import vn.lantoa.platform.Zone;

/**
 * A tiny province generated into a database of its own (on the test JVM's PostgreSQL, migrated by
 * Flyway like the application's), so what it writes cannot disturb the other tests' demo data.
 */
@LanToaIntegrationTest
class ProvinceGeneratorTests {

    private static final String DATABASE = "generator_test";
    private static JdbcClient db;
    private static GeneratorOptions options;
    private static GenerationResult result;
    /** What the rollup rebuild found when it started: whether it could lock the tables it rebuilds. */
    private static String lockAtRebuild;

    @BeforeAll
    static void generateATinyProvince(@Autowired DataSource app, @Autowired LanToaProperties properties) {
        String url = ((HikariDataSource) app).getJdbcUrl();
        String base = url.substring(0, url.lastIndexOf('/') + 1);
        JdbcClient server = JdbcClient.create(new DriverManagerDataSource(base + "postgres", "postgres", ""));
        server.sql("DROP DATABASE IF EXISTS " + DATABASE).update();
        server.sql("CREATE DATABASE " + DATABASE).update();
        DataSource ds = new DriverManagerDataSource(base + DATABASE, "postgres", "");
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .outOfOrder(true)
                .load()
                .migrate();
        db = JdbcClient.create(ds);
        options = new GeneratorOptions(11, 3, 3, 300, 5_000, 80, 120, 12, 6, true, true, Instant.now());
        // The rebuild runs on connections of its own and locks the tables it rewrites: nothing the
        // generator wrote (or analysed) may still hold a lock then, or it would wait for good.
        Runnable rebuild = () -> lockAtRebuild = JdbcClient.create(ds)
                .sql("SELECT coalesce(string_agg(DISTINCT c.relname, ', '), '') FROM pg_locks l"
                        + " JOIN pg_class c ON c.oid = l.relation AND c.relkind IN ('r', 'p')"
                        + " AND c.relnamespace = 'public'::regnamespace"
                        + " WHERE l.pid <> pg_backend_pid()"
                        + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())")
                .query(String.class)
                .single();
        result = new ProvinceGenerator(ds, db, properties, rebuild).province(options);
    }

    @AfterAll
    static void dropIt(@Autowired DataSource app) {
        String url = ((HikariDataSource) app).getJdbcUrl();
        JdbcClient.create(new DriverManagerDataSource(
                        url.substring(0, url.lastIndexOf('/') + 1) + "postgres", "postgres", ""))
                .sql("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)")
                .update();
    }

    private static long count(String sql) {
        return db.sql(sql).query(Long.class).single();
    }

    @Test
    void leavesNoLockForTheRollupRebuild() {
        // No table locked by another connection: the rebuild's LOCK TABLE of the rollups need not wait.
        assertThat(lockAtRebuild).isEmpty();
    }

    @Test
    void writesTheRequestedCounts() {
        assertThat(count("SELECT count(*) FROM org_member")).isEqualTo(300);
        assertThat(count("SELECT count(*) FROM shr_action")).isEqualTo(5_000).isEqualTo(result.actions());
        assertThat(count("SELECT count(*) FROM shr_action_key")).isEqualTo(5_000);
        assertThat(count("SELECT count(*) FROM rpt_report")).isEqualTo(80);
        // root, three offices with eight cells, one region, three communes with three cells each
        assertThat(count("SELECT count(*) FROM org_unit")).isEqualTo(1 + 3 * 9 + 1 + 3 * 4);
        assertThat(result.bytesPerMillionActions()).isPositive();
    }

    @Test
    void buildsOneValidTreeOfFourLevels() {
        assertThat(count("SELECT count(*) FROM org_unit WHERE parent_id IS NULL"))
                .isEqualTo(1);
        assertThat(count("""
                SELECT count(*) FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id
                WHERE u.path <> coalesce(p.path, '/') || u.id || '/'""")).isZero();
        assertThat(count("SELECT max(array_length(string_to_array(trim(both '/' from path), '/'), 1)) FROM org_unit"))
                .isEqualTo(4);
        assertThat(db.sql("SELECT name FROM org_unit WHERE parent_id IS NULL")
                        .query(String.class)
                        .single())
                .isEqualTo("Tỉnh ủy Vĩnh Long");
    }

    @Test
    void everyActionIsInItsMembersUnitWithItsKey() {
        assertThat(count("SELECT count(*) FROM shr_action a JOIN org_member m ON m.id = a.member_id"))
                .isEqualTo(5_000);
        assertThat(count("SELECT count(*) FROM shr_action a JOIN org_member m ON m.id = a.member_id"
                        + " WHERE m.unit_id <> a.unit_id"))
                .isZero();
        assertThat(count("SELECT count(*) FROM shr_action a JOIN shr_action_key k ON k.action_id = a.id"
                        + " AND k.kind = a.kind AND k.canonical = a.post_canonical"))
                .isEqualTo(5_000);
        assertThat(
                        count(
                                "SELECT count(*) FROM shr_action a LEFT JOIN shr_campaign c ON c.id = a.campaign_id"
                                        + " WHERE a.campaign_id IS NOT NULL AND (c.id IS NULL OR a.created_at < c.starts_at - interval '1 day')"))
                .isZero();
    }

    @Test
    void putsEveryMonthInItsOwnPartition() {
        LocalDate first = LocalDate.ofInstant(options.start(), Zone.VIETNAM).withDayOfMonth(1);
        LocalDate last = LocalDate.ofInstant(options.end(), Zone.VIETNAM).withDayOfMonth(1);
        long months = ChronoUnit.MONTHS.between(first, last) + 1;
        assertThat(count("SELECT count(*) FROM pg_inherits WHERE inhparent = 'shr_action'::regclass"))
                .isEqualTo(months + 1); // and the default partition
        assertThat(count("SELECT count(*) FROM shr_action_default")).isZero();
        assertThat(db.sql("SELECT count(*) FROM shr_action WHERE created_at < ? OR created_at >= ?")
                        .params(
                                options.start().atOffset(java.time.ZoneOffset.UTC),
                                options.end().atOffset(java.time.ZoneOffset.UTC))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void mixesStatesPlatformsAndWeekdaysLikeAProgramme() {
        List<String> states = db.sql("SELECT DISTINCT state FROM shr_action ORDER BY 1")
                .query(String.class)
                .list();
        assertThat(states).containsExactly("REJECTED", "SELF_REPORTED", "VERIFIED");
        assertThat(db.sql("SELECT DISTINCT platform FROM shr_action ORDER BY 1")
                        .query(String.class)
                        .list())
                .containsExactly("FACEBOOK", "TIKTOK", "YOUTUBE", "ZALO");
        assertThat(count("SELECT count(*) FILTER (WHERE state = 'VERIFIED') * 100 / count(*) FROM shr_action"))
                .isBetween(70L, 95L);
        long weekday = count("SELECT count(*) / 5 FROM shr_action WHERE extract(isodow FROM created_at AT TIME ZONE"
                + " 'Asia/Ho_Chi_Minh') <= 5");
        long sunday = count("SELECT count(*) FROM shr_action WHERE extract(isodow FROM created_at AT TIME ZONE"
                + " 'Asia/Ho_Chi_Minh') = 7");
        assertThat(sunday).isLessThan(weekday);
        assertThat(count("SELECT count(*) FROM rpt_cluster WHERE status = 'REFUTED' AND claim_id IS NULL"))
                .isZero();
        assertThat(count("SELECT count(*) FROM rpt_claim c JOIN news_article a ON a.id = c.refutation_article_id"
                        + " WHERE a.status = 'PUBLISHED'"))
                .isEqualTo(count("SELECT count(*) FROM rpt_claim"));
        assertThat(Duration.between(options.start(), options.end()).toDays()).isEqualTo(120);
    }
}
