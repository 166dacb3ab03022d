package vn.lantoa.visits.internal;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.Zone;

/** Reads of the counter: the figures, the daily series and the most viewed pages. */
public final class VisitQueries {

    /** One day of the chart. */
    public record DailyRow(LocalDate day, long visits, long pageViews) {}

    /** A page and its views in a period. */
    public record PageViews(String path, long views) {}

    private final JdbcClient jdbc;

    public VisitQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures at {@code now}: today since local midnight, the week since Monday 00:00 in Vietnam. */
    public VisitFigures figures(Instant now, Duration onlineWindow) {
        LocalDate today = LocalDate.ofInstant(now, Zone.VIETNAM);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM visits_visitor WHERE last_seen > :online_since AND last_seen <= :now),
                               coalesce(sum(visits) FILTER (WHERE day = :today), 0),
                               coalesce(sum(visits) FILTER (WHERE day BETWEEN :monday AND :today), 0),
                               coalesce(sum(visits), 0) + (SELECT total_offset FROM visits_setting WHERE id = 1),
                               coalesce(sum(page_views) FILTER (WHERE day = :today), 0),
                               coalesce(sum(page_views), 0)
                        FROM visits_day""")
                .param("online_since", Timestamp.from(now.minus(onlineWindow)))
                .param("now", Timestamp.from(now.plusSeconds(60)))
                .param("today", today)
                .param("monday", monday)
                .query((rs, n) -> new VisitFigures(
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)))
                .single();
    }

    /** Every day from {@code from} to {@code to}, days without a row as zeros. */
    public List<DailyRow> daily(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT g.day::date, coalesce(d.visits, 0), coalesce(d.page_views, 0)
                        FROM generate_series(:from::date, :to::date, interval '1 day') AS g(day)
                        LEFT JOIN visits_day d ON d.day = g.day::date
                        ORDER BY 1""")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new DailyRow(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    /** The most viewed pages under {@code prefix} (e.g. {@code /bai-viet/}) from {@code from} to {@code to}. */
    public List<PageViews> topPages(String prefix, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("""
                        SELECT path, sum(views) AS views FROM visits_page_day
                        WHERE day BETWEEN :from AND :to AND starts_with(path, :prefix)
                        GROUP BY path ORDER BY views DESC, path LIMIT :limit""")
                .param("from", from)
                .param("to", to)
                .param("prefix", prefix)
                .param("limit", limit)
                .query((rs, n) -> new PageViews(rs.getString(1), rs.getLong(2)))
                .list();
    }

    public long totalOffset() {
        return jdbc.sql("SELECT total_offset FROM visits_setting WHERE id = 1")
                .query(Long.class)
                .single();
    }

    public void setTotalOffset(long offset) {
        jdbc.sql("UPDATE visits_setting SET total_offset = ? WHERE id = 1")
                .param(offset)
                .update();
    }
}
