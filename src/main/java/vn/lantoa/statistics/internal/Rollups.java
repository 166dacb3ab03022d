package vn.lantoa.statistics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.organization.UnitDirectory;
import vn.lantoa.platform.Zone;
import vn.lantoa.sharing.ActionFacts;

/**
 * Keeps the rollups of the logged actions exact: each event brings its action's cell up to date
 * from the sharing module's current facts ({@link #refresh}), a rebuild reloads everything, and a
 * check compares the rollups with the facts and can repair them.
 */
@Service
public class Rollups {

    private static final Logger log = LoggerFactory.getLogger(Rollups.class);

    private final ActionFacts facts;
    private final UnitDirectory units;
    private final RollupWriter writer;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ShadowRebuild shadow;

    Rollups(
            ActionFacts facts,
            UnitDirectory units,
            RollupWriter writer,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            ShadowRebuild shadow) {
        this.shadow = shadow;
        this.facts = facts;
        this.units = units;
        this.writer = writer;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Counts the action as it is now (or no longer, if it is gone); doing it twice changes nothing. */
    public void refresh(long actionId) {
        transaction.executeWithoutResult(status -> {
            writer.lockAgainstRebuild();
            writer.lock(actionId);
            Optional<RollupCell> was = writer.counted(actionId);
            Optional<RollupCell> now = facts.find(actionId).map(RollupCell::of);
            if (!was.equals(now)) {
                writer.move(was, now, this::above);
            }
        });
    }

    /** Rebuilds every rollup from the raw actions, in one transaction (readers see the old figures until it commits). */
    public void rebuildAll() {
        long started = System.nanoTime();
        long count = shadow.applies() ? shadow.rebuild(units.paths()) : rebuildInPlace();
        vacuum();
        log.info(
                "Rebuilt the statistics rollups from {} actions in {} ms",
                count,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The rebuild on one connection, for a role that may not replace the tables (or in a caller's transaction). */
    private long rebuildInPlace() {
        return transaction.execute(status -> {
            writer.clear();
            List<RollupWriter.Index> indexes = writer.dropIndexes(RollupWriter.BULK);
            long loaded = phase("loaded the facts", () -> loadFacts("stat_action"));
            phase("derived the unit cells", () -> {
                writer.deriveUnitCells();
                return 0L;
            });
            phase("built the indexes", () -> {
                writer.restore(indexes);
                return 0L;
            });
            phase("derived the subtree rollups and bitmaps", () -> {
                writer.deriveFromUnitCells(units.paths());
                return 0L;
            });
            return loaded;
        });
    }

    private static long phase(String what, java.util.function.LongSupplier work) {
        long started = System.nanoTime();
        long result = work.getAsLong();
        log.info("Rollup rebuild: {} in {} ms", what, (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    /**
     * After a rebuild, marks the new rows visible to all so the subtree reads are index-only at once
     * (10 times faster on the province than with a heap fetch per row) instead of when autovacuum
     * comes by. Not possible inside a caller's transaction: autovacuum does it then.
     */
    private void vacuum() {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            return; // a failed statement would abort the caller's transaction
        }
        try {
            jdbc.sql("VACUUM (ANALYZE) " + RollupWriter.TABLES).update();
        } catch (org.springframework.dao.DataAccessException e) {
            log.debug("No VACUUM after the rebuild (left to autovacuum): {}", e.getMessage());
        }
    }

    /** Compares the rollups with the raw actions; with {@code repair}, rebuilds them when they disagree. */
    public RollupCheck check(boolean repair) {
        RollupCheck result = transaction.execute(status -> {
            jdbc.sql("CREATE TEMP TABLE stat_raw (LIKE stat_action) ON COMMIT DROP")
                    .update();
            jdbc.sql("LOCK TABLE " + RollupWriter.TABLES + " IN SHARE MODE").update();
            writer.bulkMemory();
            long seen = loadFacts("stat_raw");
            List<String> samples = new ArrayList<>();
            long differences = differences(samples);
            boolean repaired = false;
            if (differences > 0 && repair) {
                writer.clear();
                jdbc.sql("INSERT INTO stat_action SELECT * FROM stat_raw").update();
                writer.derive(units.paths());
                repaired = true;
            }
            return new RollupCheck(seen, differences, List.copyOf(samples), repaired);
        });
        if (result.repaired()) {
            vacuum();
        }
        if (result.agrees()) {
            log.info("Statistics rollups agree with the {} logged actions", result.actionsSeen());
        } else {
            log.warn(
                    "Statistics rollups differ from the logged actions in {} places{}: {}",
                    result.differences(),
                    result.repaired() ? " (repaired)" : "",
                    result.samples());
        }
        return result;
    }

    /**
     * Rebuilds the subtree rollups from the unit cells, for the tree as it is now (after a unit
     * moved); the unit cells themselves do not depend on the tree.
     */
    public void rebuildSubtrees() {
        rebuildSubtrees(false);
    }

    /** The same, and with {@code members} the members' bitmaps per unit too (all that derives from the unit cells). */
    public void rebuildSubtrees(boolean members) {
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> writer.rederiveSubtrees(units.paths(), members));
        vacuum();
        log.info("Rebuilt the statistics subtree rollups in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** Builds the subtree rollups once on a database whose unit cells are older than them. */
    void buildSubtreesIfMissing() {
        if (subtreesMissing()) {
            rebuildSubtrees(true);
        } else if (periodsMissing()) {
            long started = System.nanoTime();
            transaction.executeWithoutResult(status -> writer.rederivePeriods(units.paths()));
            log.info(
                    "Built the active members per subtree and week, month, quarter and year from the members'"
                            + " bitmaps in {} ms",
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private boolean periodsMissing() {
        return jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM stat_member_tree) AND NOT EXISTS (SELECT 1 FROM stat_tree_period)")
                .query(Boolean.class)
                .single();
    }

    private boolean subtreesMissing() {
        return jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM stat_member_day) AND NOT EXISTS (SELECT 1 FROM stat_member_active)")
                .query(Boolean.class)
                .single();
    }

    private Long[] above(long unit) {
        return UnitPaths.above(units.path(unit).orElse(null), unit);
    }

    /** Whether there are actions but the rollups are empty (a database older than the rollups). */
    boolean missing() {
        boolean empty = jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM stat_action)")
                .query(Boolean.class)
                .single();
        return empty && facts.any();
    }

    /**
     * Counts every logged action into {@code table} (empty, shaped as {@code stat_action}) in one
     * statement on the sharing module's published view: the same cell as {@link RollupCell#of}
     * gives one action (the day in Vietnam, no topic, platform or source as 0 and ''), which {@code
     * RollupAgreementTests} holds to by checking the events' rollups against this.
     */
    private long loadFacts(String table) {
        return loadFacts(jdbc, table, 1, 0);
    }

    /** The same for one of {@code slices} disjoint parts of the actions (by id), to load them on several connections. */
    static long loadFacts(JdbcClient jdbc, String table, int slices, int slice) {
        return jdbc.sql("INSERT INTO " + table
                        + " (action_id, day, unit_id, member_id, kind, topic_id, platform, source, state)"
                        + " SELECT action_id, (at AT TIME ZONE :zone)::date, unit_id, member_id, kind,"
                        + " coalesce(topic_id, 0), coalesce(platform, ''), coalesce(source_name, ''), state"
                        + " FROM " + ActionFacts.VIEW + (slices > 1 ? " WHERE action_id % :slices = :slice" : ""))
                .param("zone", Zone.VIETNAM.getId())
                .params(slices > 1 ? java.util.Map.of("slices", slices, "slice", slice) : java.util.Map.of())
                .update();
    }

    private long differences(List<String> samples) {
        long actions = jdbc.sql("""
                SELECT count(*) FROM stat_raw r FULL JOIN stat_action a ON a.action_id = r.action_id
                 WHERE ROW(r.day, r.unit_id, r.member_id, r.kind, r.topic_id, r.platform, r.source, r.state)
                       IS DISTINCT FROM ROW(a.day, a.unit_id, a.member_id, a.kind, a.topic_id, a.platform, a.source, a.state)""").query(Long.class).single();
        String cells = """
                WITH expected AS (SELECT unit_id, day, kind, topic_id, platform, source, state, count(*) AS n
                                    FROM stat_raw GROUP BY unit_id, day, kind, topic_id, platform, source, state)
                SELECT coalesce(e.unit_id, d.unit_id) AS unit_id, coalesce(e.day, d.day) AS day,
                       coalesce(e.kind, d.kind) AS kind, coalesce(e.state, d.state) AS state,
                       coalesce(e.n, 0) AS expected, coalesce(d.n, 0) AS found
                  FROM expected e FULL JOIN stat_action_day d
                    ON (d.unit_id, d.day, d.kind, d.topic_id, d.platform, d.source, d.state)
                     = (e.unit_id, e.day, e.kind, e.topic_id, e.platform, e.source, e.state)
                 WHERE e.n IS DISTINCT FROM d.n""";
        List<String> found = jdbc.sql(cells + " ORDER BY 2, 1 LIMIT " + RollupCheck.SAMPLE)
                .query((rs, n) -> "unit " + rs.getLong(1) + " " + rs.getObject(2) + " " + rs.getString(3) + " "
                        + rs.getString(4) + ": " + rs.getLong(6) + " instead of " + rs.getLong(5))
                .list();
        samples.addAll(found);
        long dayCells = jdbc.sql("SELECT count(*) FROM (" + cells + ") x")
                .query(Long.class)
                .single();
        long memberCells = jdbc.sql("""
                WITH expected AS (SELECT unit_id, day, member_id, count(*) AS n FROM stat_raw
                                   WHERE state <> 'REJECTED' GROUP BY unit_id, day, member_id)
                SELECT count(*) FROM expected e FULL JOIN stat_member_day d
                    ON (d.unit_id, d.day, d.member_id) = (e.unit_id, e.day, e.member_id)
                 WHERE e.n IS DISTINCT FROM d.n""").query(Long.class).single();
        return actions + dayCells + memberCells + subtreeDifferences(samples);
    }

    /**
     * The subtree rollups against the ones the unit cells give for today's tree (rows of zero and
     * bits outside a member's first and last counted day do not count: both are left by moves).
     */
    private long subtreeDifferences(List<String> samples) {
        jdbc.sql("CREATE TEMP TABLE stat_chk_day (LIKE stat_below_day) ON COMMIT DROP")
                .update();
        jdbc.sql("CREATE TEMP TABLE stat_chk_split (LIKE stat_below_split) ON COMMIT DROP")
                .update();
        jdbc.sql("CREATE TEMP TABLE stat_chk_active (LIKE stat_member_active) ON COMMIT DROP")
                .update();
        jdbc.sql("CREATE TEMP TABLE stat_chk_tree (LIKE stat_member_tree) ON COMMIT DROP")
                .update();
        jdbc.sql("CREATE TEMP TABLE stat_chk_period (LIKE stat_tree_period) ON COMMIT DROP")
                .update();
        writer.deriveSubtrees(units.paths(), "stat_action_day", "stat_chk_day", "stat_chk_split");
        writer.deriveMemberDays("stat_chk_active", "stat_member_day");
        writer.deriveMemberTrees("stat_chk_tree", "stat_chk_active", "stat_member_day");
        writer.deriveTreePeriods("stat_chk_period", "stat_chk_active", "stat_chk_tree");
        long days = jdbc.sql("""
                SELECT count(*) FROM stat_chk_day e FULL JOIN (SELECT * FROM stat_below_day WHERE n <> 0) d
                    ON (d.unit_id, d.day, d.kind, d.state) = (e.unit_id, e.day, e.kind, e.state)
                 WHERE e.n IS DISTINCT FROM d.n""").query(Long.class).single();
        long splits = jdbc.sql("""
                SELECT count(*) FROM stat_chk_split e FULL JOIN (SELECT * FROM stat_below_split WHERE n <> 0) d
                    ON (d.unit_id, d.dim, d.day, d.key, d.kind) = (e.unit_id, e.dim, e.day, e.key, e.kind)
                 WHERE e.n IS DISTINCT FROM d.n""").query(Long.class).single();
        long periods = jdbc.sql("""
                SELECT count(*) FROM stat_chk_period e FULL JOIN (SELECT * FROM stat_tree_period WHERE n <> 0) d
                    ON (d.unit_id, d.span, d.start) = (e.unit_id, e.span, e.start)
                 WHERE e.n IS DISTINCT FROM d.n""").query(Long.class).single();
        String trimmed = """
                SELECT unit_id, member_id,
                       origin + (length(days::text) - length(ltrim(days::text, '0'))) AS first_day,
                       trim(BOTH '0' FROM days::text) AS bits
                  FROM %s WHERE bit_count(days) > 0""";
        List<String> members = new ArrayList<>();
        for (String[] pair : List.of(
                new String[] {"stat_chk_active", "stat_member_active", "in unit"},
                new String[] {"stat_chk_tree", "stat_member_tree", "in the subtree of unit"})) {
            members.addAll(jdbc.sql("SELECT coalesce(e.unit_id, d.unit_id), coalesce(e.member_id, d.member_id)"
                            + " FROM (" + trimmed.formatted(pair[0]) + ") e FULL JOIN ("
                            + trimmed.formatted(pair[1]) + ") d"
                            + " ON (d.unit_id, d.member_id) = (e.unit_id, e.member_id)"
                            + " WHERE ROW(e.first_day, e.bits) IS DISTINCT FROM ROW(d.first_day, d.bits) ORDER BY 1, 2")
                    .query((rs, n) ->
                            "member " + rs.getLong(2) + " " + pair[2] + " " + rs.getLong(1) + ": active days differ")
                    .list());
        }
        if (days + splits > 0) {
            samples.add("subtree rollups: " + days + " day rows and " + splits + " split rows differ");
        }
        if (periods > 0) {
            samples.add("active members per subtree and period: " + periods + " rows differ");
        }
        members.stream().limit(RollupCheck.SAMPLE).forEach(samples::add);
        return days + splits + periods + members.size();
    }
}
