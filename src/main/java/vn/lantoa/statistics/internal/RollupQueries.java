package vn.lantoa.statistics.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads of the rollups for a set of units (a subtree) and a range of days: each is one aggregate
 * over the primary key ranges of those units, never a scan of the raw actions.
 */
@Component
class RollupQueries {

    /** Counted actions of one group: shares and rebuttals by state. */
    record Actions(
            long sharesVerified,
            long sharesSelf,
            long sharesRejected,
            long rebuttalsVerified,
            long rebuttalsSelf,
            long rebuttalsRejected) {

        static final Actions NONE = new Actions(0, 0, 0, 0, 0, 0);
    }

    /** A split's row: a key (topic id, platform, source) and the counted shares and rebuttals. */
    record Split(String key, long shares, long rebuttals) {}

    private static final String ACTIONS = """
            coalesce(sum(n) FILTER (WHERE kind = 'SHARE' AND state = 'VERIFIED'), 0),
            coalesce(sum(n) FILTER (WHERE kind = 'SHARE' AND state = 'SELF_REPORTED'), 0),
            coalesce(sum(n) FILTER (WHERE kind = 'SHARE' AND state = 'REJECTED'), 0),
            coalesce(sum(n) FILTER (WHERE kind = 'REBUTTAL' AND state = 'VERIFIED'), 0),
            coalesce(sum(n) FILTER (WHERE kind = 'REBUTTAL' AND state = 'SELF_REPORTED'), 0),
            coalesce(sum(n) FILTER (WHERE kind = 'REBUTTAL' AND state = 'REJECTED'), 0)""";
    private static final String RANGE = " unit_id = ANY(?::bigint[]) AND day BETWEEN ? AND ? ";

    private final JdbcClient jdbc;

    RollupQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Actions actions(Long[] units, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT " + ACTIONS + " FROM stat_action_day WHERE" + RANGE)
                .params(units, from, to)
                .query((rs, n) -> new Actions(
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)))
                .single();
    }

    /** How many of the units have a member with a counted action in the range. */
    long activeUnits(Long[] units, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT count(DISTINCT unit_id) FROM stat_member_day WHERE" + RANGE)
                .params(units, from, to)
                .query(Long.class)
                .single();
    }

    long activeMembers(Long[] units, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT count(DISTINCT member_id) FROM stat_member_day WHERE" + RANGE)
                .params(units, from, to)
                .query(Long.class)
                .single();
    }

    /** Actions per group, where {@code groups[i]} is the group (a child unit) of {@code units[i]}. */
    Map<Long, Actions> actionsByGroup(Long[] units, Long[] groups, LocalDate from, LocalDate to) {
        Map<Long, Actions> out = new HashMap<>();
        jdbc.sql("SELECT g.grp, " + ACTIONS + " FROM stat_action_day s"
                        + " JOIN unnest(?::bigint[], ?::bigint[]) AS g(unit, grp) ON g.unit = s.unit_id"
                        + " WHERE s.day BETWEEN ? AND ? GROUP BY g.grp")
                .params(units, groups, from, to)
                .query((rs, n) -> out.put(
                        rs.getLong(1),
                        new Actions(
                                rs.getLong(2),
                                rs.getLong(3),
                                rs.getLong(4),
                                rs.getLong(5),
                                rs.getLong(6),
                                rs.getLong(7))))
                .list();
        return out;
    }

    Map<Long, Long> activeMembersByGroup(Long[] units, Long[] groups, LocalDate from, LocalDate to) {
        Map<Long, Long> out = new HashMap<>();
        jdbc.sql("SELECT g.grp, count(DISTINCT s.member_id) FROM stat_member_day s"
                        + " JOIN unnest(?::bigint[], ?::bigint[]) AS g(unit, grp) ON g.unit = s.unit_id"
                        + " WHERE s.day BETWEEN ? AND ? GROUP BY g.grp")
                .params(units, groups, from, to)
                .query((rs, n) -> out.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return out;
    }

    /** Counted (not rejected) shares and rebuttals by {@code column}: topic_id, platform or source. */
    List<Split> split(String column, Long[] units, LocalDate from, LocalDate to) {
        if (!List.of("topic_id", "platform", "source").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.sql("SELECT " + column + "::text, coalesce(sum(n) FILTER (WHERE kind = 'SHARE'), 0),"
                        + " coalesce(sum(n) FILTER (WHERE kind = 'REBUTTAL'), 0) FROM stat_action_day WHERE" + RANGE
                        + " AND state <> 'REJECTED' GROUP BY 1 ORDER BY sum(n) DESC, 1")
                .params(units, from, to)
                .query((rs, n) -> new Split(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    /**
     * Counted shares, rebuttals and active members per bucket, where the buckets start on {@code starts}
     * (ascending, the first at or before {@code from}); keys are 0-based bucket indexes.
     */
    Map<Integer, long[]> trend(Long[] units, LocalDate[] starts, LocalDate from, LocalDate to) {
        String[] days = new String[starts.length];
        for (int i = 0; i < starts.length; i++) {
            days[i] = starts[i].toString();
        }
        Map<Integer, long[]> out = new LinkedHashMap<>();
        jdbc.sql("SELECT width_bucket(day, ?::text[]::date[]), coalesce(sum(n) FILTER (WHERE kind = 'SHARE'), 0),"
                        + " coalesce(sum(n) FILTER (WHERE kind = 'REBUTTAL'), 0) FROM stat_action_day WHERE" + RANGE
                        + " AND state <> 'REJECTED' GROUP BY 1")
                .params(days, units, from, to)
                .query((rs, n) -> {
                    long[] point = out.computeIfAbsent(rs.getInt(1) - 1, k -> new long[3]);
                    point[0] = rs.getLong(2);
                    point[1] = rs.getLong(3);
                    return point;
                })
                .list();
        jdbc.sql("SELECT width_bucket(day, ?::text[]::date[]), count(DISTINCT member_id) FROM stat_member_day WHERE"
                        + RANGE + " GROUP BY 1")
                .params(days, units, from, to)
                .query((rs, n) -> out.computeIfAbsent(rs.getInt(1) - 1, k -> new long[3])[2] = rs.getLong(2))
                .list();
        return out;
    }

    /** A topic and platform's counted shares and rebuttals. */
    record TopicPlatform(long topicId, String platform, long shares, long rebuttals) {}

    private static final String PARTICIPATION = """
            coalesce(sum(n) FILTER (WHERE kind = 'SHARE' AND state = 'VERIFIED'), 0),
            coalesce(sum(n) FILTER (WHERE kind = 'SHARE' AND state = 'SELF_REPORTED'), 0),
            coalesce(sum(n) FILTER (WHERE kind = 'REBUTTAL' AND state = 'VERIFIED'), 0),
            coalesce(sum(n) FILTER (WHERE kind = 'REBUTTAL' AND state = 'SELF_REPORTED'), 0)""";

    /** Per unit (its own, not its subtree's): active members, shares verified/self, rebuttals verified/self. */
    Map<Long, long[]> participationByUnit(Long[] units, LocalDate from, LocalDate to) {
        Map<Long, long[]> out = new HashMap<>();
        jdbc.sql("SELECT unit_id, " + PARTICIPATION + " FROM stat_action_day WHERE" + RANGE + " GROUP BY unit_id")
                .params(units, from, to)
                .query((rs, n) -> out.put(
                        rs.getLong(1), new long[] {0, rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)}))
                .list();
        jdbc.sql("SELECT unit_id, count(DISTINCT member_id) FROM stat_member_day WHERE" + RANGE + " GROUP BY unit_id")
                .params(units, from, to)
                .query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new long[5])[0] = rs.getLong(2))
                .list();
        return out;
    }

    /** The same five counts for a set of members (a sharing group), wherever they logged. */
    long[] participationOfMembers(Long[] members, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT count(DISTINCT member_id) FILTER (WHERE state <> 'REJECTED'),
                       count(*) FILTER (WHERE kind = 'SHARE' AND state = 'VERIFIED'),
                       count(*) FILTER (WHERE kind = 'SHARE' AND state = 'SELF_REPORTED'),
                       count(*) FILTER (WHERE kind = 'REBUTTAL' AND state = 'VERIFIED'),
                       count(*) FILTER (WHERE kind = 'REBUTTAL' AND state = 'SELF_REPORTED')
                  FROM stat_action WHERE member_id = ANY(?::bigint[]) AND day BETWEEN ? AND ?""")
                .params(members, from, to)
                .query((rs, n) ->
                        new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)})
                .single();
    }

    List<TopicPlatform> topicsAndPlatforms(Long[] units, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT topic_id, platform, coalesce(sum(n) FILTER (WHERE kind = 'SHARE'), 0),"
                        + " coalesce(sum(n) FILTER (WHERE kind = 'REBUTTAL'), 0) FROM stat_action_day WHERE" + RANGE
                        + " AND state <> 'REJECTED' GROUP BY 1, 2")
                .params(units, from, to)
                .query((rs, n) -> new TopicPlatform(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }
}
