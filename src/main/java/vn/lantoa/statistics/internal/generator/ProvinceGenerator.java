package vn.lantoa.statistics.internal.generator;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.LanToaProperties;
import vn.lantoa.statistics.internal.Rollups;

/**
 * Fills the database with a generated province (see ADR 0008: it writes the other modules' tables
 * directly, in bulk, as a migration would) or adds generated history to an organisation that
 * exists (the demo's). Deterministic from the seed; logs its progress.
 */
@Component
public class ProvinceGenerator {

    private static final Logger log = LoggerFactory.getLogger(ProvinceGenerator.class);
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final LanToaProperties properties;
    private final Runnable rebuild;

    /** @param rollups rebuilt after a run (it bypasses the events they are kept by) */
    @org.springframework.beans.factory.annotation.Autowired
    ProvinceGenerator(DataSource dataSource, JdbcClient jdbc, LanToaProperties properties, Rollups rollups) {
        this(dataSource, jdbc, properties, rollups::rebuildAll);
    }

    /** @param rebuild what rebuilds the rollups after a run, on connections of its own; null: none */
    ProvinceGenerator(DataSource dataSource, JdbcClient jdbc, LanToaProperties properties, Runnable rebuild) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.properties = properties;
        this.rebuild = rebuild;
    }

    /** A whole province: organisation and history, each phase committed as it goes. */
    public GenerationResult province(GeneratorOptions options) {
        long started = System.nanoTime();
        log.info(
                "Generating a province: {} communes, {} members, {} actions, {} reports over {} days (seed {})",
                options.communes(),
                options.members(),
                options.actions(),
                options.reports(),
                options.days(),
                options.seed());
        Catalog catalog = catalog(options.articles());
        try (Sink sink = PostgresSink.own(dataSource)) {
            Structure structure = new StructureGenerator(sink, catalog, options).generate();
            log.info("Generated {} units and {} members", structure.unitIds().length, structure.members());
            return history(sink, catalog, options, structure, started);
        }
    }

    /** History over an existing organisation, in the caller's transaction (the demo seeding's). */
    GenerationResult history(GeneratorOptions options, Structure structure) {
        Catalog catalog = catalog(options.articles());
        try (Sink sink = PostgresSink.joining(dataSource)) {
            return history(sink, catalog, options, structure, System.nanoTime());
        }
    }

    private GenerationResult history(
            Sink sink, Catalog catalog, GeneratorOptions options, Structure structure, long started) {
        Campaigns campaigns =
                new ContentGenerator(sink, catalog, options, structure).generate(ReportGenerator.claimsFor(options));
        log.info(
                "Generated {} campaigns and {} refutation articles",
                campaigns.all().size(),
                campaigns.refutations().size());
        long actionsStarted = System.nanoTime();
        long[] lastLog = {actionsStarted};
        long actions = new ActionGenerator(sink, options, structure, campaigns).generate(written -> {
            long now = System.nanoTime();
            if (now - lastLog[0] > 5_000_000_000L || written == options.actions()) {
                lastLog[0] = now;
                double seconds = (now - actionsStarted) / 1e9;
                log.info(
                        "Generated {} of {} actions ({}%), {} rows/s",
                        written,
                        options.actions(),
                        options.actions() == 0 ? 100 : written * 100 / options.actions(),
                        seconds == 0 ? 0 : (long) (written / seconds));
            }
        });
        Duration actionTime = Duration.ofNanos(System.nanoTime() - actionsStarted);
        new ReportGenerator(sink, options, structure, campaigns).generate();
        log.info("Generated {} reports", options.reports());
        sink.execute("ANALYZE");
        // ANALYZE's locks end with its transaction: left open, they blocked the rebuild's LOCK TABLE
        // (on another connection) for good, and the generator waited on itself.
        sink.commit();
        long rebuildStarted = System.nanoTime();
        if (rebuild != null) {
            // The rows were copied in without the events the rollups follow: rebuild them from the actions.
            rebuild.run();
        }
        Duration rebuild = Duration.ofNanos(System.nanoTime() - rebuildStarted);
        GenerationResult result = new GenerationResult(
                structure.unitIds().length,
                structure.members(),
                campaigns.all().size(),
                actions,
                options.reports(),
                actionTime,
                rebuild,
                Duration.ofNanos(System.nanoTime() - started),
                actionBytes(),
                jdbc.sql("SELECT pg_database_size(current_database())")
                        .query(Long.class)
                        .single());
        log.info(
                "Generation done in {} s: {} actions at {} rows/s, rollups rebuilt in {} s; actions take {} MB"
                        + " ({} MB per million)",
                result.total().toSeconds(),
                result.actions(),
                result.actionsPerSecond(),
                result.rollupRebuild().toSeconds(),
                result.actionBytes() >> 20,
                result.bytesPerMillionActions() >> 20);
        return result;
    }

    private long actionBytes() {
        return jdbc.sql("""
                SELECT coalesce(sum(pg_total_relation_size(i.inhrelid)), 0) + pg_total_relation_size('shr_action_key')
                FROM pg_inherits i WHERE i.inhparent = 'shr_action'::regclass""").query(Long.class).single();
    }

    /** Kinds, topics, the site and its categories, created when missing (by code, never by id). */
    private Catalog catalog(boolean articles) {
        Map<String, Long> unitKinds = kinds("org_unit_kind", new String[][] {
            {"TINH_UY", "Tỉnh ủy", "10"},
            {"DANG_BO", "Đảng bộ, ban", "15"},
            {"DANG_UY_XA", "Đảng ủy xã", "20"},
            {"CHI_BO", "Chi bộ", "30"},
            {"DOAN_THE", "Đoàn thể", "40"}
        });
        Map<String, Long> memberKinds = kinds("org_member_kind", new String[][] {
            {"CAN_BO", "Cán bộ", "10"},
            {"DANG_VIEN", "Đảng viên", "20"},
            {"DOAN_VIEN", "Đoàn viên", "30"},
            {"HOI_VIEN", "Hội viên", "40"}
        });
        long[] topics = jdbc.sql("SELECT id FROM shr_topic ORDER BY sort_order, id").query(Long.class).list().stream()
                .mapToLong(Long::longValue)
                .toArray();
        if (!articles) {
            return new Catalog(
                    unitKinds,
                    memberKinds,
                    topics,
                    0,
                    properties.site().name(),
                    properties.site().baseUrl(),
                    0,
                    new long[0]);
        }
        jdbc.sql("INSERT INTO news_site (code, name) VALUES ('main', ?) ON CONFLICT (code) DO NOTHING")
                .param(properties.site().name())
                .update();
        long site = jdbc.sql("SELECT id FROM news_site WHERE code = 'main'")
                .query(Long.class)
                .single();
        long refutation = category(site, "phan-bac-thong-tin-sai-trai", "Phản bác thông tin sai trái", 90);
        long[] news = {
            category(site, "thoi-su", "Thời sự", 10),
            category(site, "xay-dung-dang", "Xây dựng Đảng", 20),
            category(site, "guong-sang", "Gương sáng", 30)
        };
        return new Catalog(
                unitKinds,
                memberKinds,
                topics,
                site,
                properties.site().name(),
                properties.site().baseUrl(),
                refutation,
                news);
    }

    private long category(long site, String slug, String name, int order) {
        jdbc.sql("INSERT INTO news_category (site_id, slug, name, sort_order) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (site_id, slug) DO NOTHING")
                .params(site, slug, name, order)
                .update();
        return jdbc.sql("SELECT id FROM news_category WHERE site_id = ? AND slug = ?")
                .params(site, slug)
                .query(Long.class)
                .single();
    }

    private Map<String, Long> kinds(String table, String[][] wanted) {
        Map<String, Long> ids = new HashMap<>();
        for (String[] k : wanted) {
            jdbc.sql("INSERT INTO " + table
                            + " (code, name, sort_order) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING")
                    .params(k[0], k[1], Integer.parseInt(k[2]))
                    .update();
            ids.put(
                    k[0],
                    jdbc.sql("SELECT id FROM " + table + " WHERE code = ?")
                            .param(k[0])
                            .query(Long.class)
                            .single());
        }
        return ids;
    }
}
