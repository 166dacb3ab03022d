package vn.lantoa.statistics.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of the rollups: one action moved between cells, and whole tables loaded and derived. */
@Component
class RollupWriter {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RollupWriter.class);

    private static final String CELL =
            "unit_id = ? AND day = ? AND kind = ? AND topic_id = ? AND platform = ?" + " AND source = ? AND state = ?";
    private static final int LOCK_SPACE = 0x53544154; // "STAT"

    private final JdbcClient jdbc;
    private final String workMem;
    private final String maintenanceWorkMem;

    RollupWriter(
            JdbcClient jdbc,
            @org.springframework.beans.factory.annotation.Value("${lantoa.statistics.rebuild.work-mem:256MB}")
                    String workMem,
            @org.springframework.beans.factory.annotation.Value(
                            "${lantoa.statistics.rebuild.maintenance-work-mem:512MB}")
                    String maintenanceWorkMem) {
        this.jdbc = jdbc;
        this.workMem = workMem;
        this.maintenanceWorkMem = maintenanceWorkMem;
    }

    /**
     * Gives this transaction (only: {@code set_config(…, true)}) the memory of a bulk job: its
     * aggregations over millions of cells hash in memory instead of sorting on disk, and its
     * indexes are built in one pass. PostgreSQL's own defaults (4 MB, 64 MB) are for many small
     * queries at once; a rebuild is one connection, rarely.
     */
    void bulkMemory() {
        jdbc.sql("SELECT set_config('work_mem', ?, true), set_config('maintenance_work_mem', ?, true)")
                .params(workMem, maintenanceWorkMem)
                .query((rs, n) -> rs.getString(1))
                .single();
    }

    /** Takes the rollups for a bulk job: event handlers wait until it commits; readers read the old rows. */
    private void lockForBulk() {
        jdbc.sql("LOCK TABLE " + TABLES + " IN EXCLUSIVE MODE").update();
        bulkMemory();
    }

    /**
     * Waits while a full rebuild runs ({@link #lockAgainstRefreshes}), then keeps it from starting
     * until this transaction ends. Shared: refreshes do not wait for each other here. Without it a
     * refresh would read the old tables, wait for the rebuild's lock on its first write, and fail
     * when the rebuild swapped those tables away.
     */
    void lockAgainstRebuild() {
        jdbc.sql("SELECT pg_advisory_xact_lock_shared(?, 0)")
                .param(LOCK_SPACE + 2)
                .query(Object.class)
                .single();
    }

    /** Taken by a full rebuild first: refreshes wait for it to commit, and it for those in flight. */
    void lockAgainstRefreshes() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?, 0)")
                .param(LOCK_SPACE + 2)
                .query(Object.class)
                .single();
    }

    /** Serialises the work on one action (two events of it may be handled at once on two nodes). */
    void lock(long actionId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?, ?)")
                .params(LOCK_SPACE, Long.hashCode(actionId))
                .query(Object.class)
                .single();
    }

    Optional<RollupCell> counted(long actionId) {
        return jdbc.sql("SELECT action_id, day, unit_id, member_id, kind, topic_id, platform, source, state"
                        + " FROM stat_action WHERE action_id = ?")
                .param(actionId)
                .query(RollupCell.class)
                .optional();
    }

    /**
     * Moves the action from the cell it was counted in ({@code was}, if any) to {@code now}; each
     * comes with the units above its unit, where the action is also counted ("below" rows).
     */
    void move(Optional<RollupCell> was, Optional<RollupCell> now, LongFunction<Long[]> above) {
        was.ifPresent(c -> subtract(c, above));
        now.ifPresent(c -> add(c, above.apply(c.unitId())));
        if (now.isPresent()) {
            RollupCell c = now.get();
            jdbc.sql("""
                    INSERT INTO stat_action (action_id, day, unit_id, member_id, kind, topic_id, platform, source, state)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (action_id) DO UPDATE SET day = excluded.day, unit_id = excluded.unit_id,
                        member_id = excluded.member_id, kind = excluded.kind, topic_id = excluded.topic_id,
                        platform = excluded.platform, source = excluded.source, state = excluded.state""")
                    .params(
                            c.actionId(),
                            c.day(),
                            c.unitId(),
                            c.memberId(),
                            c.kind(),
                            c.topicId(),
                            c.platform(),
                            c.source(),
                            c.state())
                    .update();
        } else {
            was.ifPresent(c -> jdbc.sql("DELETE FROM stat_action WHERE action_id = ?")
                    .param(c.actionId())
                    .update());
        }
    }

    private void add(RollupCell c, Long[] above) {
        jdbc.sql("""
                INSERT INTO stat_action_day (unit_id, day, kind, topic_id, platform, source, state, n)
                VALUES (?, ?, ?, ?, ?, ?, ?, 1)
                ON CONFLICT (unit_id, day, kind, topic_id, platform, source, state)
                DO UPDATE SET n = stat_action_day.n + 1""")
                .params(c.unitId(), c.day(), c.kind(), c.topicId(), c.platform(), c.source(), c.state())
                .update();
        if (above.length > 0) {
            jdbc.sql("""
                    INSERT INTO stat_below_day (unit_id, day, kind, state, n)
                    SELECT a, ?, ?, ?, 1 FROM unnest(?::bigint[]) AS a
                    ON CONFLICT (unit_id, day, kind, state) DO UPDATE SET n = stat_below_day.n + 1""").params(c.day(), c.kind(), c.state(), above).update();
        }
        if (!c.active()) {
            return;
        }
        if (above.length > 0) {
            jdbc.sql("INSERT INTO stat_below_split (unit_id, dim, day, key, kind, n) SELECT a, x.dim, ?, x.key, ?, 1"
                            + " FROM unnest(?::bigint[]) AS a CROSS JOIN " + SPLIT_KEYS
                            + " ON CONFLICT (unit_id, dim, day, key, kind) DO UPDATE SET n = stat_below_split.n + 1")
                    .params(c.day(), c.kind(), above, String.valueOf(c.topicId()), c.platform(), c.source())
                    .update();
        }
        int days = jdbc.sql("""
                INSERT INTO stat_member_day (unit_id, day, member_id, n) VALUES (?, ?, ?, 1)
                ON CONFLICT (unit_id, day, member_id) DO UPDATE SET n = stat_member_day.n + 1 RETURNING n""")
                .params(c.unitId(), c.day(), c.memberId())
                .query(Integer.class)
                .single();
        if (days == 1) {
            markDay(c, above);
        }
    }

    /** The three keys an action is split by, as rows (dim, key) for one statement. */
    private static final String SPLIT_KEYS = "(VALUES ('t', ?::text), ('p', ?::text), ('s', ?::text)) AS x(dim, key)";

    /**
     * Sets the day's bit in the member's bitmap of the unit and in those of the unit's subtree and
     * every subtree above it, growing each at either end as needed.
     */
    private void markDay(RollupCell c, Long[] above) {
        lockMember(c.memberId());
        String grow = """
                ON CONFLICT (unit_id, member_id) DO UPDATE SET
                    origin = least(m.origin, excluded.origin),
                    days = set_bit(CASE
                            WHEN excluded.origin < m.origin
                                THEN repeat('0', m.origin - excluded.origin)::varbit || m.days
                            WHEN excluded.origin - m.origin >= length(m.days)
                                THEN m.days || repeat('0', excluded.origin - m.origin - length(m.days) + 1)::varbit
                            ELSE m.days END,
                        greatest(excluded.origin - m.origin, 0), 1)""";
        jdbc.sql("INSERT INTO stat_member_active AS m (unit_id, member_id, origin, days) VALUES (?, ?, ?, B'1') "
                        + grow)
                .params(c.unitId(), c.memberId(), c.day())
                .update();
        Long[] subtrees = selfAndAbove(c.unitId(), above);
        // The member's first day of a week, month, quarter or year in a subtree makes them one more
        // active member of that period there.
        CountedSpans.Windows windows = CountedSpans.windows(c.day());
        jdbc.sql("INSERT INTO stat_tree_period AS s (unit_id, span, start, n) SELECT u, p.span, p.start, 1"
                        + " FROM unnest(?::bigint[]) AS u,"
                        + " unnest(?::text[], ?::text[]::date[], ?::text[]::date[]) AS p(span, start, stop)"
                        + " WHERE NOT EXISTS (SELECT 1 FROM stat_member_tree t WHERE t.unit_id = u AND t.member_id = ?"
                        + " AND stat_active_in(t.days, t.origin, p.start, p.stop))"
                        + " ON CONFLICT (unit_id, span, start) DO UPDATE SET n = s.n + 1")
                .params(subtrees, windows.spans(), windows.starts(), windows.stops(), c.memberId())
                .update();
        jdbc.sql("INSERT INTO stat_member_tree AS m (unit_id, member_id, origin, days)"
                        + " SELECT u, ?, ?::date, B'1' FROM unnest(?::bigint[]) AS u " + grow)
                .params(c.memberId(), c.day(), subtrees)
                .update();
    }

    /**
     * Serialises the changes to one member's bitmaps: whether a day is the member's first of its
     * week, month, quarter or year in a subtree is read before the bit is set, so two of their
     * actions handled at once (two days of one month, on two nodes) must not both see it empty.
     */
    private void lockMember(long memberId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?, ?)")
                .params(LOCK_SPACE + 1, Long.hashCode(memberId))
                .query(Object.class)
                .single();
    }

    /**
     * Clears the day's bit (a bitmap keeps its length; a row of zeros counts nobody) in the unit's
     * bitmap, and in the subtree bitmaps of the unit and those above it unless the member had a
     * counted action that day in another unit of that subtree.
     */
    private void unmarkDay(RollupCell c, LongFunction<Long[]> above) {
        lockMember(c.memberId());
        String clear = " SET days = set_bit(days, ? - origin, 0)"
                + " WHERE member_id = ? AND ? - origin BETWEEN 0 AND length(days) - 1 AND unit_id = ANY(?::bigint[])";
        jdbc.sql("UPDATE stat_member_active" + clear)
                .params(c.day(), c.memberId(), c.day(), new Long[] {c.unitId()})
                .update();
        java.util.Set<Long> subtrees =
                new java.util.LinkedHashSet<>(List.of(selfAndAbove(c.unitId(), above.apply(c.unitId()))));
        jdbc.sql("SELECT unit_id FROM stat_member_active WHERE member_id = ? AND unit_id <> ?"
                        + " AND stat_active_in(days, origin, ?, ?)")
                .params(c.memberId(), c.unitId(), c.day(), c.day())
                .query(Long.class)
                .list()
                .forEach(other ->
                        List.of(selfAndAbove(other, above.apply(other))).forEach(subtrees::remove));
        if (!subtrees.isEmpty()) {
            Long[] cleared = subtrees.toArray(Long[]::new);
            jdbc.sql("UPDATE stat_member_tree" + clear)
                    .params(c.day(), c.memberId(), c.day(), cleared)
                    .update();
            // A subtree whose bitmap of the member has no day of a period left has one active member
            // less in that period.
            CountedSpans.Windows windows = CountedSpans.windows(c.day());
            jdbc.sql("UPDATE stat_tree_period s SET n = n - 1"
                            + " FROM stat_member_tree t,"
                            + " unnest(?::text[], ?::text[]::date[], ?::text[]::date[]) AS p(span, start, stop)"
                            + " WHERE t.member_id = ? AND t.unit_id = ANY(?::bigint[])"
                            + " AND NOT stat_active_in(t.days, t.origin, p.start, p.stop)"
                            + " AND (s.unit_id, s.span, s.start) = (t.unit_id, p.span, p.start)")
                    .params(windows.spans(), windows.starts(), windows.stops(), c.memberId(), cleared)
                    .update();
        }
    }

    private static Long[] selfAndAbove(long unit, Long[] above) {
        Long[] out = java.util.Arrays.copyOf(above, above.length + 1);
        out[above.length] = unit;
        return out;
    }

    private void subtract(RollupCell c, LongFunction<Long[]> aboveOf) {
        Long[] above = aboveOf.apply(c.unitId());
        Object[] cell = {c.unitId(), c.day(), c.kind(), c.topicId(), c.platform(), c.source(), c.state()};
        if (jdbc.sql("DELETE FROM stat_action_day WHERE " + CELL + " AND n = 1")
                        .params(cell)
                        .update()
                == 0) {
            jdbc.sql("UPDATE stat_action_day SET n = n - 1 WHERE " + CELL)
                    .params(cell)
                    .update();
        }
        if (above.length > 0) {
            Object[] below = {above, c.day(), c.kind(), c.state()};
            String key = "unit_id = ANY(?::bigint[]) AND day = ? AND kind = ? AND state = ?";
            jdbc.sql("UPDATE stat_below_day SET n = n - 1 WHERE " + key)
                    .params(below)
                    .update();
            jdbc.sql("DELETE FROM stat_below_day WHERE " + key + " AND n = 0")
                    .params(below)
                    .update();
        }
        if (!c.active()) {
            return;
        }
        if (above.length > 0) {
            String key =
                    "(unit_id, dim, day, key, kind) IN (SELECT a, x.dim, ?::date, x.key, ? FROM unnest(?::bigint[]) AS a"
                            + " CROSS JOIN " + SPLIT_KEYS + ")";
            Object[] split = {c.day(), c.kind(), above, String.valueOf(c.topicId()), c.platform(), c.source()};
            jdbc.sql("UPDATE stat_below_split SET n = n - 1 WHERE " + key)
                    .params(split)
                    .update();
            jdbc.sql("DELETE FROM stat_below_split WHERE n = 0 AND " + key)
                    .params(split)
                    .update();
        }
        Object[] member = {c.unitId(), c.day(), c.memberId()};
        String key = "unit_id = ? AND day = ? AND member_id = ?";
        if (jdbc.sql("DELETE FROM stat_member_day WHERE " + key + " AND n = 1")
                        .params(member)
                        .update()
                == 0) {
            jdbc.sql("UPDATE stat_member_day SET n = n - 1 WHERE " + key)
                    .params(member)
                    .update();
        } else {
            unmarkDay(c, aboveOf);
        }
    }

    /** The units of one level of the tree (as many units above them), in a derive. */
    private static final String LEVEL = "(SELECT unit_id FROM stat_parent WHERE depth = ?)";

    /**
     * Every table of the rollups, in the order an event's refresh writes them: whoever locks them
     * all (a rebuild, a check) locks them in this order, so neither waits for the other in a cycle.
     */
    static final String TABLES = "stat_action_day, stat_below_day, stat_below_split, stat_member_day,"
            + " stat_member_active, stat_tree_period, stat_member_tree, stat_action";

    /** Empties the rollups and the counted cells, for a rebuild; waits for event handlers in flight. */
    void clear() {
        lockForBulk();
        jdbc.sql("TRUNCATE " + TABLES).update();
    }

    /** Fills every rollup from {@code stat_action}. */
    void derive(Map<Long, String> paths) {
        deriveUnitCells();
        deriveFromUnitCells(paths);
    }

    /** Fills the subtree rollups and the members' bitmaps from the unit cells (all of them empty). */
    void deriveFromUnitCells(Map<Long, String> paths) {
        timed("subtree rollups", () -> {
            // Filled without their keys, which are then built once: 3 million inserts into a
            // B-tree took as long as the aggregation that made them.
            List<Index> indexes = dropIndexes("stat_below_day", "stat_below_split");
            deriveSubtrees(paths, "stat_action_day", "stat_below_day", "stat_below_split");
            restore(indexes);
        });
        timed("members' bitmaps per unit", () -> deriveMemberDays("stat_member_active", "stat_member_day"));
        timed(
                "members' subtree bitmaps",
                () -> deriveMemberTrees("stat_member_tree", "stat_member_active", "stat_member_day"));
        timed(
                "active members per subtree and period",
                () -> deriveTreePeriods("stat_tree_period", "stat_member_active", "stat_member_tree"));
    }

    private static void timed(String step, Runnable work) {
        long started = System.nanoTime();
        work.run();
        log.info("Rollup derivation: {} in {} ms", step, (System.nanoTime() - started) / 1_000_000);
    }

    /** An index or primary key of a rollup table, as PostgreSQL describes it. */
    record Index(String table, String name, boolean primaryKey, String definition) {}

    /** The big tables a rebuild fills from scratch: loaded faster without their indexes, built once after. */
    static final String[] BULK = {"stat_action", "stat_action_day", "stat_member_day"};

    /**
     * Drops the indexes and primary keys of the (empty) tables and returns them, to be built again
     * by {@link #restore} once the rows are in: one sort per index instead of ten million inserts
     * into it. Inside the rebuild's transaction, so a failure leaves them as they were. Only the
     * tables the current role owns: the application's role of docs/operations.md ({@code lantoa_app})
     * owns none and may not drop their indexes, so its rebuild fills them with the indexes in place.
     */
    List<Index> dropIndexes(String... tables) {
        List<Index> indexes = indexes(tables);
        for (Index index : indexes) {
            jdbc.sql(
                            index.primaryKey()
                                    ? "ALTER TABLE " + index.table() + " DROP CONSTRAINT " + index.name()
                                    : "DROP INDEX " + index.name())
                    .update();
        }
        return indexes;
    }

    /** The indexes and primary keys of those of the tables the current role owns. */
    List<Index> indexes(String... tables) {
        return jdbc.sql("""
                SELECT t.relname, i.relname, con.conname IS NOT NULL,
                       CASE WHEN con.conname IS NULL THEN pg_get_indexdef(i.oid) ELSE pg_get_constraintdef(con.oid) END
                  FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
                  LEFT JOIN pg_constraint con ON con.conindid = i.oid AND con.contype = 'p'
                 WHERE t.oid = ANY(?::text[]::regclass[]) AND pg_has_role(t.relowner, 'USAGE')
                 ORDER BY t.relname, i.relname""")
                .param(tables)
                .query((rs, n) -> new Index(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4)))
                .list();
    }

    /** Builds the indexes {@link #dropIndexes} dropped. */
    void restore(List<Index> indexes) {
        for (Index index : indexes) {
            jdbc.sql(
                            index.primaryKey()
                                    ? "ALTER TABLE " + index.table() + " ADD CONSTRAINT " + index.name() + " "
                                            + index.definition()
                                    : index.definition())
                    .update();
        }
    }

    /**
     * Empties the subtree rollups and fills them again from the unit cells, for the tree as it is
     * now; the members' bitmaps per unit (which do not depend on the tree) only with {@code members}.
     */
    void rederiveSubtrees(Map<Long, String> paths, boolean members) {
        // Writers wait; readers go on reading the old rows (DELETE, not TRUNCATE) until this commits.
        lockForBulk();
        jdbc.sql("DELETE FROM stat_below_day").update();
        jdbc.sql("DELETE FROM stat_below_split").update();
        jdbc.sql("DELETE FROM stat_member_tree").update();
        jdbc.sql("DELETE FROM stat_tree_period").update();
        deriveSubtrees(paths, "stat_action_day", "stat_below_day", "stat_below_split");
        if (members) {
            jdbc.sql("DELETE FROM stat_member_active").update();
            deriveMemberDays("stat_member_active", "stat_member_day");
        }
        deriveMemberTrees("stat_member_tree", "stat_member_active", "stat_member_day");
        deriveTreePeriods("stat_tree_period", "stat_member_active", "stat_member_tree");
    }

    /**
     * Fills the "below" rows (into the tables named, which are empty) from the unit cells, level by
     * level from the deepest parents up: each parent's rows are its children's own cells and their
     * below rows, so every cell is read once per level it feeds. Leaves the tree in the temporary
     * tables {@code stat_parent} (unit, parent, depth) and {@code stat_up} (unit, itself or a unit
     * above it) for {@link #deriveMemberTrees}.
     */
    /**
     * Puts the tree into the temporary tables {@code stat_parent} (unit, parent, depth) and {@code
     * stat_up} (unit, itself or a unit above it); returns the depth of the deepest unit.
     */
    int prepareTree(Map<Long, String> paths) {
        jdbc.sql("CREATE TEMP TABLE IF NOT EXISTS stat_parent (unit_id BIGINT PRIMARY KEY, parent_id BIGINT NOT NULL,"
                        + " depth INT NOT NULL) ON COMMIT DROP")
                .update();
        jdbc.sql("CREATE TEMP TABLE IF NOT EXISTS stat_up (unit_id BIGINT NOT NULL, up_id BIGINT NOT NULL)"
                        + " ON COMMIT DROP")
                .update();
        jdbc.sql("TRUNCATE stat_parent, stat_up").update();
        List<Long> units = new java.util.ArrayList<>(), parents = new java.util.ArrayList<>();
        List<Integer> depths = new java.util.ArrayList<>();
        List<Long> upFrom = new java.util.ArrayList<>(), upTo = new java.util.ArrayList<>();
        int deepest = 0;
        for (Map.Entry<Long, String> unit : paths.entrySet()) {
            Long[] above = UnitPaths.above(unit.getValue(), unit.getKey());
            for (Long up : selfAndAbove(unit.getKey(), above)) {
                upFrom.add(unit.getKey());
                upTo.add(up);
            }
            if (above.length > 0) {
                units.add(unit.getKey());
                parents.add(above[above.length - 1]);
                depths.add(above.length);
                deepest = Math.max(deepest, above.length);
            }
        }
        jdbc.sql("INSERT INTO stat_parent SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::int[])")
                .params(units.toArray(Long[]::new), parents.toArray(Long[]::new), depths.toArray(Integer[]::new))
                .update();
        jdbc.sql("INSERT INTO stat_up SELECT * FROM unnest(?::bigint[], ?::bigint[])")
                .params(upFrom.toArray(Long[]::new), upTo.toArray(Long[]::new))
                .update();
        jdbc.sql("ANALYZE stat_parent").update();
        jdbc.sql("ANALYZE stat_up").update();
        return deepest;
    }

    /** Fills {@code belowDay} and {@code belowSplit} (empty) from the unit cells in {@code cells}. */
    void deriveSubtrees(Map<Long, String> paths, String cells, String belowDay, String belowSplit) {
        int deepest = prepareTree(paths);
        withHashedGroups(() -> deriveLevels(deepest, cells, belowDay, belowSplit));
        jdbc.sql("ANALYZE " + belowDay + ", " + belowSplit).update();
    }

    /**
     * Runs {@code work} with sorting discouraged, so that its GROUP BYs hash. The planner takes the
     * groups of (unit, day, kind, topic, platform, source) as the product of the columns' distinct
     * values, as many as the rows, and sorts 21 million rows on disk for the deepest level's splits
     * (101 s at 10 million actions); the groups are 3 million and hash in 41 s (BENCHMARKS.md).
     */
    private void withHashedGroups(Runnable work) {
        String before = jdbc.sql("SELECT current_setting('enable_sort')")
                .query(String.class)
                .single();
        jdbc.sql("SELECT set_config('enable_sort', 'off', true)")
                .query(String.class)
                .single();
        try {
            work.run();
        } finally {
            jdbc.sql("SELECT set_config('enable_sort', ?, true)")
                    .param(before)
                    .query(String.class)
                    .single();
        }
    }

    private void deriveLevels(int deepest, String cells, String belowDay, String belowSplit) {
        for (int depth = deepest; depth >= 1; depth--) {
            jdbc.sql("INSERT INTO " + belowDay + " (unit_id, day, kind, state, n)"
                            + " SELECT p.parent_id, x.day, x.kind, x.state, sum(x.n) FROM ("
                            + "   SELECT unit_id, day, kind, state, n FROM " + cells + " WHERE unit_id IN " + LEVEL
                            + "   UNION ALL SELECT unit_id, day, kind, state, n FROM " + belowDay
                            + "    WHERE unit_id IN " + LEVEL + ") x"
                            + " JOIN stat_parent p ON p.unit_id = x.unit_id"
                            + " GROUP BY 1, 2, 3, 4")
                    .params(depth, depth)
                    .update();
            // One statement per dimension: three hashes of a level's cells, each of its own
            // groups, instead of one of three times the rows (82 -> 41 s at the deepest level).
            for (Map.Entry<String, String> dim : SPLITS.entrySet()) {
                jdbc.sql("INSERT INTO " + belowSplit + " (unit_id, dim, day, key, kind, n)"
                                + " SELECT p.parent_id, '" + dim.getKey() + "', x.day, x.key, x.kind, sum(x.n) FROM ("
                                + "   SELECT unit_id, day, " + dim.getValue() + " AS key, kind, n FROM " + cells
                                + "    WHERE state <> 'REJECTED' AND unit_id IN " + LEVEL
                                + "   UNION ALL SELECT unit_id, day, key, kind, n FROM " + belowSplit
                                + "    WHERE dim = '" + dim.getKey() + "' AND unit_id IN " + LEVEL + ") x"
                                + " JOIN stat_parent p ON p.unit_id = x.unit_id"
                                + " GROUP BY p.parent_id, x.day, x.key, x.kind")
                        .params(depth, depth)
                        .update();
            }
        }
    }

    /** The split dimensions of {@code stat_below_split} and the unit cells' column of each. */
    private static final Map<String, String> SPLITS =
            new java.util.LinkedHashMap<>(Map.of("t", "topic_id::text", "p", "platform", "s", "source"));

    /** Sets bit (day - first day) of each counted day of a member in a unit, from stat_member_day. */
    // Each day's bitmap is cut from one string of zeros made once (parsing a text of zeros per day
    // took most of the time), then the member's days are OR-ed together.
    private static final String BITMAPS = " SELECT unit_id, member_id, origin,"
            + " bit_or(set_bit(substring(z.zeros FROM 1 FOR span), day - origin, 1))"
            + " FROM (SELECT unit_id, member_id, day, min(day) OVER w AS origin,"
            + "              max(day) OVER w - min(day) OVER w + 1 AS span"
            + "         FROM (%1$s) d WINDOW w AS (PARTITION BY unit_id, member_id)) x,"
            + " (SELECT repeat('0', coalesce(max(day) - min(day) + 1, 1))::varbit AS zeros FROM (%1$s) d) z"
            + " GROUP BY unit_id, member_id, origin";

    /** Fills the members' bitmaps per unit (into {@code table}, which is empty) from {@code memberDays}. */
    void deriveMemberDays(String table, String memberDays) {
        jdbc.sql("INSERT INTO " + table + " (unit_id, member_id, origin, days)"
                        + BITMAPS.formatted("SELECT unit_id, member_id, day FROM " + memberDays))
                .update();
        jdbc.sql("ANALYZE " + table).update();
    }

    /**
     * Fills the members' subtree bitmaps (into {@code table}, which is empty) from their bitmaps per
     * unit in {@code own}, for the tree in {@code stat_up}: a member counted in one unit only (nearly
     * all) has the same bitmap in that unit's subtree and every one above; the others' are built
     * again from their days.
     */
    void deriveMemberTrees(String table, String own, String memberDays) {
        prepareMulti(own);
        jdbc.sql("INSERT INTO " + table + " (unit_id, member_id, origin, days)"
                        + " SELECT u.up_id, o.member_id, o.origin, o.days FROM " + own + " o"
                        + " JOIN stat_up u ON u.unit_id = o.unit_id"
                        + " WHERE NOT EXISTS (SELECT 1 FROM stat_multi m WHERE m.member_id = o.member_id)"
                        // In key order: a subtree's rows then lie together (the province's 200,000
                        // rows in a few thousand pages, not spread over the whole table).
                        + " ORDER BY 1, 2")
                .update();
        jdbc.sql("INSERT INTO " + table + " (unit_id, member_id, origin, days)"
                        + BITMAPS.formatted("SELECT DISTINCT u.up_id AS unit_id, d.member_id, d.day"
                                + " FROM " + memberDays + " d JOIN stat_multi m ON m.member_id = d.member_id"
                                + " JOIN stat_up u ON u.unit_id = d.unit_id"))
                .update();
        jdbc.sql("ANALYZE " + table).update();
    }

    /** Puts the members counted in more than one unit (by their bitmaps per unit in {@code own}) into {@code stat_multi}. */
    private void prepareMulti(String own) {
        jdbc.sql("CREATE TEMP TABLE IF NOT EXISTS stat_multi (member_id BIGINT PRIMARY KEY) ON COMMIT DROP")
                .update();
        jdbc.sql("TRUNCATE stat_multi").update();
        jdbc.sql("INSERT INTO stat_multi SELECT member_id FROM " + own + " GROUP BY member_id HAVING count(*) > 1")
                .update();
        jdbc.sql("ANALYZE stat_multi").update();
    }

    /** Fills the active members per subtree and period again from the members' bitmaps, writers waiting. */
    void rederivePeriods(Map<Long, String> paths) {
        lockForBulk();
        jdbc.sql("DELETE FROM stat_tree_period").update();
        prepareTree(paths);
        prepareMulti("stat_member_active");
        deriveTreePeriods("stat_tree_period", "stat_member_active", "stat_member_tree");
    }

    /**
     * Fills the active members per subtree and week, month, quarter and year (into {@code table},
     * which is empty), for the tree in {@code stat_up} and the members in {@code stat_multi}. A
     * member counted in one unit only (nearly all) is active in a subtree's period exactly when it
     * is in its own unit's: so each of their bitmaps per unit (in {@code own}) is tested once per
     * period it spans, and the units' counts are summed up the tree. Testing every subtree bitmap
     * (in {@code tree}) instead tested each member once per level above it: 67 s against 33 s for
     * the weeks of the 10-million-action province (BENCHMARKS.md). The few members counted in
     * several units are tested in their subtree bitmaps, where each counts once.
     */
    void deriveTreePeriods(String table, String own, String tree) {
        for (CountedSpans.Span span : CountedSpans.ALL) {
            String series = " generate_series(date_trunc('" + span.field + "', %1$s.origin::timestamp),"
                    + " (%1$s.origin + length(%1$s.days) - 1)::timestamp, interval '" + span.step + "') AS p";
            String active = " stat_active_in(%1$s.days, %1$s.origin, p::date," + " (p + interval '" + span.step
                    + "' - interval '1 day')::date)";
            jdbc.sql("INSERT INTO " + table + " (unit_id, span, start, n)"
                            + " SELECT unit_id, ?, start, sum(n) FROM ("
                            + "   SELECT u.up_id AS unit_id, o.start, o.n FROM ("
                            + "     SELECT a.unit_id, p::date AS start, count(*) AS n FROM " + own + " a,"
                            + series.formatted("a")
                            + "      WHERE NOT EXISTS (SELECT 1 FROM stat_multi m WHERE m.member_id = a.member_id)"
                            + "        AND" + active.formatted("a")
                            + "      GROUP BY 1, 2) o"
                            + "   JOIN stat_up u ON u.unit_id = o.unit_id"
                            + "   UNION ALL"
                            + "   SELECT t.unit_id, p::date, count(*) FROM " + tree + " t"
                            + "     JOIN stat_multi m ON m.member_id = t.member_id,"
                            + series.formatted("t")
                            + "    WHERE" + active.formatted("t")
                            + "    GROUP BY 1, 2) x"
                            + " GROUP BY 1, 3")
                    .param(span.name())
                    .update();
        }
        jdbc.sql("ANALYZE " + table).update();
    }

    void deriveUnitCells() {
        deriveActionDays("stat_action_day", "stat_action");
        deriveMemberDayCounts("stat_member_day", "stat_action");
    }

    /** Fills the unit cells ({@code table}, empty) from the counted actions in {@code actions}. */
    void deriveActionDays(String table, String actions) {
        withHashedGroups(() -> jdbc.sql("INSERT INTO " + table
                        + " (unit_id, day, kind, topic_id, platform, source, state, n)"
                        + " SELECT unit_id, day, kind, topic_id, platform, source, state, count(*) FROM " + actions
                        + " GROUP BY unit_id, day, kind, topic_id, platform, source, state")
                .update());
    }

    /** Fills the members' actions per unit and day ({@code table}, empty) from {@code actions}. */
    void deriveMemberDayCounts(String table, String actions) {
        withHashedGroups(() -> jdbc.sql("INSERT INTO " + table + " (unit_id, day, member_id, n)"
                        + " SELECT unit_id, day, member_id, count(*) FROM " + actions
                        + " WHERE state <> 'REJECTED' GROUP BY unit_id, day, member_id")
                .update());
    }
}
