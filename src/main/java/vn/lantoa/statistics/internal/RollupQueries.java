package vn.lantoa.statistics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * A subtree's cells in a range of days: the unit's own cells and its "below" rows (the actions
     * of every unit under it), with the columns kind, state and n.
     */
    private static final String SUBTREE = """
            (SELECT unit_id, kind, state, n FROM stat_below_day WHERE unit_id = ANY(?::bigint[]) AND day BETWEEN ? AND ?
             UNION ALL
             SELECT unit_id, kind, state, n FROM stat_action_day WHERE unit_id = ANY(?::bigint[]) AND day BETWEEN ? AND ?)""";

    /** The actions of the subtree of {@code unit}. */
    Actions actions(long unit, LocalDate from, LocalDate to) {
        return actionsOfSubtrees(new Long[] {unit}, from, to).getOrDefault(unit, Actions.NONE);
    }

    /** The actions of the subtree of each of the units (the children of a unit, say), by unit. */
    Map<Long, Actions> actionsOfSubtrees(Long[] roots, LocalDate from, LocalDate to) {
        Map<Long, Actions> out = new HashMap<>();
        jdbc.sql("SELECT unit_id, " + ACTIONS + " FROM " + SUBTREE + " x GROUP BY unit_id")
                .params(roots, from, to, roots, from, to)
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

    /**
     * How many of the units have a member with a counted action in the range: each unit's bitmaps
     * until the first active one (a province's 1,519 units: 14–70 ms against 95–110 ms for testing
     * all 200,000).
     */
    long activeUnits(Long[] units, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT count(*) FROM unnest(?::bigint[]) AS u WHERE EXISTS (SELECT 1 FROM stat_member_active m"
                        + " WHERE m.unit_id = u AND stat_active_in(m.days, m.origin, ?, ?))")
                .params(units, from, to)
                .query(Long.class)
                .single();
    }

    /**
     * The members of the subtree of {@code unit} with a counted action in each range ({@code from,
     * to} pairs), in the ranges' order: calendar weeks, months, quarters and years from their
     * counts, the other ranges (each once) in one pass over the subtree's member bitmaps.
     */
    long[] activeMembers(long unit, List<LocalDate[]> ranges) {
        long[] counts = new long[ranges.size()];
        Map<List<Object>, List<Integer>> counted = new LinkedHashMap<>();
        Map<List<LocalDate>, List<Integer>> others = new LinkedHashMap<>();
        for (int i = 0; i < ranges.size(); i++) {
            LocalDate[] r = ranges.get(i);
            Optional<CountedSpans.Span> span = CountedSpans.of(r[0], r[1]);
            (span.isPresent()
                            ? counted.computeIfAbsent(List.of(span.get().name(), r[0]), k -> new ArrayList<>())
                            : others.computeIfAbsent(List.of(r[0], r[1]), k -> new ArrayList<>()))
                    .add(i);
        }
        if (!counted.isEmpty()) {
            jdbc.sql("SELECT p.span, p.start, coalesce(s.n, 0)"
                            + " FROM unnest(?::text[], ?::text[]::date[]) AS p(span, start)"
                            + " LEFT JOIN stat_tree_period s ON (s.unit_id, s.span, s.start) = (?, p.span, p.start)")
                    .params(
                            counted.keySet().stream().map(k -> k.get(0)).toArray(String[]::new),
                            counted.keySet().stream()
                                    .map(k -> k.get(1).toString())
                                    .toArray(String[]::new),
                            unit)
                    .query((rs, n) -> {
                        long active = rs.getLong(3);
                        counted.get(List.of(rs.getString(1), rs.getObject(2, LocalDate.class)))
                                .forEach(i -> counts[i] = active);
                        return null;
                    })
                    .list();
        }
        if (others.isEmpty()) {
            return counts;
        }
        java.util.StringJoiner columns = new java.util.StringJoiner(", ", "SELECT ", " FROM stat_member_tree");
        for (List<LocalDate> range : others.keySet()) {
            columns.add("count(*) FILTER (WHERE stat_active_in(days, origin, " + literal(range.get(0)) + ", "
                    + literal(range.get(1)) + "))");
        }
        List<List<Integer>> slots = List.copyOf(others.values());
        jdbc.sql(columns + " WHERE unit_id = " + unit)
                .query((rs, n) -> {
                    for (int k = 0; k < slots.size(); k++) {
                        long active = rs.getLong(k + 1);
                        slots.get(k).forEach(i -> counts[i] = active);
                    }
                    return null;
                })
                .list();
        return counts;
    }

    /** The active members of the subtree of each of the units (the children of a unit, say), by unit. */
    Map<Long, Long> activeMembersOfSubtrees(Long[] roots, LocalDate from, LocalDate to) {
        Map<Long, Long> out = new HashMap<>();
        Optional<CountedSpans.Span> span = CountedSpans.of(from, to);
        if (span.isPresent()) {
            jdbc.sql(
                            "SELECT unit_id, n FROM stat_tree_period WHERE unit_id = ANY(?::bigint[]) AND span = ? AND start = ?")
                    .params(roots, span.get().name(), from)
                    .query((rs, n) -> out.put(rs.getLong(1), rs.getLong(2)))
                    .list();
            return out;
        }
        jdbc.sql("SELECT unit_id, count(*) FROM stat_member_tree WHERE unit_id = ANY(" + literal(roots)
                        + ") AND stat_active_in(days, origin, " + literal(from) + ", " + literal(to)
                        + ") GROUP BY unit_id")
                .query((rs, n) -> out.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return out;
    }

    // The passes over the bitmaps are written with their values, not bound: a prepared statement
    // soon gets a generic plan, which guesses a few hundred of a subtree's rows where the province
    // has 200,000, and scans them on one core by index (320 ms) instead of in parallel (165 ms).
    // The values are a number and dates, never text from a request.

    private static String literal(LocalDate day) {
        return "DATE '" + day + "'";
    }

    private static String literal(Long[] ids) {
        StringBuilder out = new StringBuilder("'{");
        for (int i = 0; i < ids.length; i++) {
            out.append(i == 0 ? "" : ",").append(ids[i].longValue());
        }
        return out.append("}'::bigint[]").toString();
    }

    /** Counted (not rejected) shares and rebuttals of the subtree by {@code column}: topic_id, platform or source. */
    List<Split> split(String column, long unit, LocalDate from, LocalDate to) {
        String dim = switch (column) {
            case "topic_id" -> "t";
            case "platform" -> "p";
            case "source" -> "s";
            default -> throw new IllegalArgumentException(column);
        };
        return jdbc.sql("SELECT key, coalesce(sum(n) FILTER (WHERE kind = 'SHARE'), 0),"
                        + " coalesce(sum(n) FILTER (WHERE kind = 'REBUTTAL'), 0) FROM ("
                        // The dimension as a literal of the column's type (char(1)): a bound text made
                        // "dim::text = $2", which the index cannot use, so all three were read.
                        + " SELECT key, kind, n FROM stat_below_split WHERE unit_id = ? AND dim = '" + dim
                        + "' AND day BETWEEN ? AND ?"
                        + " UNION ALL SELECT " + column + "::text, kind, n FROM stat_action_day"
                        + " WHERE unit_id = ? AND day BETWEEN ? AND ? AND state <> 'REJECTED') x"
                        + " GROUP BY 1 HAVING sum(n) > 0 ORDER BY sum(n) DESC, 1")
                .params(unit, from, to, unit, from, to)
                .query((rs, n) -> new Split(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    /**
     * Counted shares and rebuttals of the subtree of {@code unit} per bucket, where the buckets are
     * {@code ranges} (in order, adjacent): {shares, rebuttals} by 0-based bucket index.
     */
    Map<Integer, long[]> trend(long unit, List<LocalDate[]> ranges) {
        Map<Integer, long[]> out = new LinkedHashMap<>();
        if (ranges.isEmpty()) {
            return out;
        }
        String[] days = ranges.stream().map(r -> r[0].toString()).toArray(String[]::new);
        LocalDate from = ranges.getFirst()[0];
        LocalDate to = ranges.getLast()[1];
        jdbc.sql("SELECT width_bucket(day, ?::text[]::date[]), coalesce(sum(n) FILTER (WHERE kind = 'SHARE'), 0),"
                        + " coalesce(sum(n) FILTER (WHERE kind = 'REBUTTAL'), 0) FROM ("
                        + " SELECT day, kind, state, n FROM stat_below_day WHERE unit_id = ? AND day BETWEEN ? AND ?"
                        + " UNION ALL SELECT day, kind, state, n FROM stat_action_day WHERE unit_id = ? AND day BETWEEN ? AND ?) x"
                        + " WHERE state <> 'REJECTED' GROUP BY 1")
                .params(days, unit, from, to, unit, from, to)
                .query((rs, n) -> out.put(rs.getInt(1) - 1, new long[] {rs.getLong(2), rs.getLong(3)}))
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
