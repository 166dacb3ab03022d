package vn.lantoa.visits.internal;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.platform.Zone;

/**
 * Writes of the counter: one flush is one transaction of additive upserts. Rows are locked in key
 * order (visitors, then days, then pages) so that flushes of several nodes never deadlock.
 */
public final class VisitStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String UPSERT_VISITORS = """
            INSERT INTO visits_visitor AS v (visitor, last_seen)
            SELECT u.visitor, u.last_seen
            FROM unnest(?::text[], ?::timestamptz[]) WITH ORDINALITY AS u(visitor, last_seen, ord)
            ORDER BY u.ord
            ON CONFLICT (visitor) DO UPDATE
                SET prev_seen = v.last_seen, last_seen = GREATEST(v.last_seen, EXCLUDED.last_seen)
            RETURNING v.visitor, v.prev_seen, v.last_seen""";

    private static final String UPSERT_DAYS = """
            INSERT INTO visits_day AS d (day, visits, page_views)
            SELECT * FROM unnest(?::date[], ?::bigint[], ?::bigint[]) ORDER BY 1
            ON CONFLICT (day) DO UPDATE
                SET visits = d.visits + EXCLUDED.visits, page_views = d.page_views + EXCLUDED.page_views""";

    private static final String UPSERT_PAGES = """
            INSERT INTO visits_page_day AS p (day, path, views)
            SELECT * FROM unnest(?::date[], ?::text[], ?::bigint[]) ORDER BY 1, 2
            ON CONFLICT (day, path) DO UPDATE SET views = p.views + EXCLUDED.views""";

    /**
     * What one flush added, and the {@code last_seen} the database holds now for each visitor it
     * wrote (for {@link VisitBuffer#written}).
     */
    public record Written(long visits, long pageViews, Map<String, Instant> lastSeen) {

        static final Written NOTHING = new Written(0, 0, Map.of());
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transaction;

    public VisitStore(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.template = template;
        this.transaction = transaction;
    }

    /** The key of {@code day}: the one some node stored first, or a new random one. */
    public byte[] dayKey(LocalDate day) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        jdbc.sql("INSERT INTO visits_day_key (day, secret) VALUES (?, ?) ON CONFLICT (day) DO NOTHING")
                .params(day, fresh)
                .update();
        return jdbc.sql("SELECT secret FROM visits_day_key WHERE day = ?")
                .param(day)
                .query(byte[].class)
                .single();
    }

    /** Adds a batch in one transaction; a visit is a sighting after {@code gap} of silence on all nodes. */
    public Written write(VisitBuffer.Batch batch, Duration gap) {
        return transaction.execute(status -> {
            Map<LocalDate, long[]> days = new TreeMap<>();
            Map<String, Instant> lastSeen = new HashMap<>();
            long visits = upsertVisitors(batch.visitors(), gap, days, lastSeen);
            long views = 0;
            Map<VisitBuffer.PageKey, Long> pages = new TreeMap<>(
                    java.util.Comparator.comparing(VisitBuffer.PageKey::day).thenComparing(VisitBuffer.PageKey::path));
            pages.putAll(batch.pageViews());
            for (Map.Entry<VisitBuffer.PageKey, Long> e : pages.entrySet()) {
                days.computeIfAbsent(e.getKey().day(), d -> new long[2])[1] += e.getValue();
                views += e.getValue();
            }
            if (!days.isEmpty()) {
                template.update(UPSERT_DAYS, ps -> {
                    array(
                            ps,
                            1,
                            "date",
                            days.keySet().stream().map(LocalDate::toString).toArray());
                    array(ps, 2, "bigint", days.values().stream().map(v -> v[0]).toArray());
                    array(ps, 3, "bigint", days.values().stream().map(v -> v[1]).toArray());
                });
            }
            if (!pages.isEmpty()) {
                template.update(UPSERT_PAGES, ps -> {
                    array(
                            ps,
                            1,
                            "date",
                            pages.keySet().stream().map(k -> k.day().toString()).toArray());
                    array(
                            ps,
                            2,
                            "text",
                            pages.keySet().stream()
                                    .map(VisitBuffer.PageKey::path)
                                    .toArray());
                    array(ps, 3, "bigint", pages.values().toArray());
                });
            }
            return new Written(visits, views, lastSeen);
        });
    }

    private long upsertVisitors(
            Map<String, VisitBuffer.Sighting> visitors,
            Duration gap,
            Map<LocalDate, long[]> days,
            Map<String, Instant> lastSeen) {
        if (visitors.isEmpty()) {
            return 0;
        }
        TreeMap<String, VisitBuffer.Sighting> sorted = new TreeMap<>(visitors);
        long[] visits = {0};
        template.query(
                UPSERT_VISITORS,
                ps -> {
                    array(ps, 1, "text", sorted.keySet().toArray());
                    array(
                            ps,
                            2,
                            "timestamptz",
                            sorted.values().stream()
                                    .map(s -> Timestamp.from(s.last()))
                                    .toArray());
                },
                rs -> {
                    String visitor = rs.getString(1);
                    Timestamp prev = rs.getTimestamp(2);
                    lastSeen.put(visitor, rs.getTimestamp(3).toInstant());
                    VisitBuffer.Sighting s = sorted.get(visitor);
                    boolean afterSilence =
                            prev == null || !s.first().isBefore(prev.toInstant().plus(gap));
                    long n = (afterSilence ? 1 : 0) + s.extraVisits();
                    if (n > 0) {
                        days.computeIfAbsent(LocalDate.ofInstant(s.first(), Zone.VIETNAM), d -> new long[2])[0] += n;
                        visits[0] += n;
                    }
                });
        return visits[0];
    }

    /** Forgets visitors not seen for a day and the keys before yesterday. */
    public void cleanUp(Instant now) {
        jdbc.sql("DELETE FROM visits_visitor WHERE last_seen < ?")
                .param(Timestamp.from(now.minus(Duration.ofDays(1))))
                .update();
        jdbc.sql("DELETE FROM visits_day_key WHERE day < ?")
                .param(LocalDate.ofInstant(now, Zone.VIETNAM).minusDays(1))
                .update();
    }

    private static void array(PreparedStatement ps, int index, String type, Object[] values) throws SQLException {
        ps.setArray(index, ps.getConnection().createArrayOf(type, values));
    }
}
