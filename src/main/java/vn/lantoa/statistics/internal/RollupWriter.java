package vn.lantoa.statistics.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of the rollups: one action moved between cells, and whole tables loaded and derived. */
@Component
class RollupWriter {

    private static final String CELL =
            "unit_id = ? AND day = ? AND kind = ? AND topic_id = ? AND platform = ?" + " AND source = ? AND state = ?";
    private static final int LOCK_SPACE = 0x53544154; // "STAT"

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RollupWriter(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
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

    /** Moves the action from the cell it was counted in ({@code was}, if any) to {@code now}. */
    void move(Optional<RollupCell> was, Optional<RollupCell> now) {
        was.ifPresent(this::subtract);
        now.ifPresent(this::add);
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

    private void add(RollupCell c) {
        jdbc.sql("""
                INSERT INTO stat_action_day (unit_id, day, kind, topic_id, platform, source, state, n)
                VALUES (?, ?, ?, ?, ?, ?, ?, 1)
                ON CONFLICT (unit_id, day, kind, topic_id, platform, source, state)
                DO UPDATE SET n = stat_action_day.n + 1""")
                .params(c.unitId(), c.day(), c.kind(), c.topicId(), c.platform(), c.source(), c.state())
                .update();
        if (c.active()) {
            jdbc.sql("""
                    INSERT INTO stat_member_day (unit_id, day, member_id, n) VALUES (?, ?, ?, 1)
                    ON CONFLICT (unit_id, day, member_id) DO UPDATE SET n = stat_member_day.n + 1""").params(c.unitId(), c.day(), c.memberId()).update();
        }
    }

    private void subtract(RollupCell c) {
        Object[] cell = {c.unitId(), c.day(), c.kind(), c.topicId(), c.platform(), c.source(), c.state()};
        if (jdbc.sql("DELETE FROM stat_action_day WHERE " + CELL + " AND n = 1")
                        .params(cell)
                        .update()
                == 0) {
            jdbc.sql("UPDATE stat_action_day SET n = n - 1 WHERE " + CELL)
                    .params(cell)
                    .update();
        }
        if (c.active()) {
            Object[] member = {c.unitId(), c.day(), c.memberId()};
            String key = "unit_id = ? AND day = ? AND member_id = ?";
            if (jdbc.sql("DELETE FROM stat_member_day WHERE " + key + " AND n = 1")
                            .params(member)
                            .update()
                    == 0) {
                jdbc.sql("UPDATE stat_member_day SET n = n - 1 WHERE " + key)
                        .params(member)
                        .update();
            }
        }
    }

    /** Appends cells to {@code table} (stat_action, or a table like it) in one statement. */
    void load(String table, List<RollupCell> cells) {
        if (cells.isEmpty()) {
            return;
        }
        int size = cells.size();
        Long[] ids = new Long[size], units = new Long[size], members = new Long[size], topics = new Long[size];
        String[] days = new String[size], kinds = new String[size], platforms = new String[size];
        String[] sources = new String[size], states = new String[size];
        for (int i = 0; i < size; i++) {
            RollupCell c = cells.get(i);
            ids[i] = c.actionId();
            days[i] = c.day().toString();
            units[i] = c.unitId();
            members[i] = c.memberId();
            kinds[i] = c.kind();
            topics[i] = c.topicId();
            platforms[i] = c.platform();
            sources[i] = c.source();
            states[i] = c.state();
        }
        template.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
                    + " (action_id, day, unit_id, member_id, kind, topic_id, platform, source, state)"
                    + " SELECT * FROM unnest(?::bigint[], ?::text[]::date[], ?::bigint[], ?::bigint[], ?::text[],"
                    + " ?::bigint[], ?::text[], ?::text[], ?::text[])")) {
                Object[][] columns = {ids, days, units, members, kinds, topics, platforms, sources, states};
                for (int i = 0; i < columns.length; i++) {
                    insert.setArray(i + 1, array(connection, columns[i]));
                }
                return insert.executeUpdate();
            }
        });
    }

    private static Array array(Connection connection, Object[] values) throws SQLException {
        return connection.createArrayOf(values instanceof Long[] ? "int8" : "text", values);
    }

    /** Empties the rollups and the counted cells, for a rebuild; waits for event handlers in flight. */
    void clear() {
        jdbc.sql("LOCK TABLE stat_action, stat_action_day, stat_member_day IN EXCLUSIVE MODE")
                .update();
        jdbc.sql("TRUNCATE stat_action, stat_action_day, stat_member_day").update();
    }

    /** Fills both rollups from {@code stat_action}. */
    void derive() {
        jdbc.sql("""
                INSERT INTO stat_action_day (unit_id, day, kind, topic_id, platform, source, state, n)
                SELECT unit_id, day, kind, topic_id, platform, source, state, count(*)
                  FROM stat_action GROUP BY unit_id, day, kind, topic_id, platform, source, state""").update();
        jdbc.sql("""
                INSERT INTO stat_member_day (unit_id, day, member_id, n)
                SELECT unit_id, day, member_id, count(*) FROM stat_action WHERE state <> 'REJECTED'
                 GROUP BY unit_id, day, member_id""").update();
    }
}
