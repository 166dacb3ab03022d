package vn.lantoa.newsroom.internal;

import static vn.lantoa.newsroom.internal.ArticleRepository.instant;
import static vn.lantoa.newsroom.internal.ArticleRepository.ts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the back office lists: articles by status, and schedules that were missed or kept late. */
@Component
public class ArticleQueries {

    /** A schedule counts as missed when it was (or still is) more than this late. */
    public static final Duration TOLERANCE = Duration.ofMinutes(1);

    private final JdbcClient jdbc;

    ArticleQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(
            long id,
            String title,
            String slug,
            ArticleStatus status,
            String categoryName,
            Instant updatedAt,
            Instant publishedAt,
            Instant scheduledAt) {}

    /** Newest changes first; {@code status} null means all. */
    public List<Row> list(ArticleStatus status, int limit) {
        return jdbc.sql("""
                SELECT a.id, a.title, a.slug, a.status, c.name AS category_name, a.updated_at, a.published_at,
                       a.scheduled_at
                  FROM news_article a JOIN news_category c ON c.id = a.category_id
                 WHERE (CAST(? AS TEXT) IS NULL OR a.status = ?)
                 ORDER BY a.updated_at DESC, a.id DESC LIMIT ?""")
                .params(status == null ? null : status.name(), status == null ? null : status.name(), limit)
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("slug"),
                        ArticleStatus.valueOf(rs.getString("status")),
                        rs.getString("category_name"),
                        instant(rs.getTimestamp("updated_at")),
                        instant(rs.getTimestamp("published_at")),
                        instant(rs.getTimestamp("scheduled_at"))))
                .list();
    }

    /** @param publishedAt null while the article still waits */
    public record MissedSchedule(long id, String title, Instant dueAt, Instant publishedAt) {}

    /** Approved articles overdue now, and scheduled publications of the last 30 days that came late. */
    public List<MissedSchedule> missedSchedules(Instant now) {
        return jdbc.sql("""
                SELECT id, title, scheduled_at AS due_at, NULL::timestamptz AS published_at FROM news_article
                 WHERE status = 'APPROVED' AND scheduled_at < ?
                UNION ALL
                SELECT a.id, a.title, t.due_at, t.at FROM news_transition t JOIN news_article a ON a.id = t.article_id
                 WHERE t.due_at IS NOT NULL AND t.action = 'PUBLISH' AND t.at > t.due_at + ? * INTERVAL '1 second'
                   AND t.at > ?
                ORDER BY due_at DESC LIMIT 50""")
                .params(ts(now.minus(TOLERANCE)), TOLERANCE.toSeconds(), ts(now.minus(Duration.ofDays(30))))
                .query((rs, n) -> new MissedSchedule(
                        rs.getLong("id"),
                        rs.getString("title"),
                        instant(rs.getTimestamp("due_at")),
                        instant(rs.getTimestamp("published_at"))))
                .list();
    }
}
