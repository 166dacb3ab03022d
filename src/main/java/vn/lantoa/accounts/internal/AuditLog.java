package vn.lantoa.accounts.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only {@code acc_audit_log}: insert and search, nothing else (the database refuses the rest). */
@Repository
public class AuditLog {

    public static final int PAGE_SIZE = 100;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Entry(
            long id,
            OffsetDateTime at,
            Long userId,
            String username,
            String action,
            String targetType,
            String targetId,
            String detail,
            String address,
            String userAgent) {}

    /** Filters of the search page; blank fields do not filter. */
    public record Query(String username, String action, String target, OffsetDateTime from, OffsetDateTime to) {}

    void append(
            Long userId,
            String username,
            String action,
            String targetType,
            String targetId,
            String detail,
            String address,
            String userAgent) {
        jdbc.sql("""
                INSERT INTO acc_audit_log (at, user_id, username, action, target_type, target_id, detail, address,
                                           user_agent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        OffsetDateTime.now(clock),
                        userId,
                        cut(username, 100),
                        cut(action, 100),
                        cut(targetType, 100),
                        cut(targetId, 100),
                        cut(detail, 500),
                        cut(address, 100),
                        cut(userAgent, 300))
                .update();
    }

    public List<Entry> search(Query q, int page) {
        return jdbc.sql("""
                SELECT id, at, user_id, username, action, target_type, target_id, detail, address, user_agent
                FROM acc_audit_log
                WHERE (CAST(? AS TEXT) IS NULL OR username = ?)
                  AND (CAST(? AS TEXT) IS NULL OR action LIKE ? || '%')
                  AND (CAST(? AS TEXT) IS NULL OR target_type || ':' || coalesce(target_id, '') = ?
                       OR target_type = ?)
                  AND (CAST(? AS TIMESTAMPTZ) IS NULL OR at >= ?)
                  AND (CAST(? AS TIMESTAMPTZ) IS NULL OR at < ?)
                ORDER BY at DESC, id DESC LIMIT ? OFFSET ?""")
                .params(
                        blank(q.username()),
                        blank(q.username()),
                        blank(q.action()),
                        blank(q.action()),
                        blank(q.target()),
                        blank(q.target()),
                        blank(q.target()),
                        q.from(),
                        q.from(),
                        q.to(),
                        q.to(),
                        PAGE_SIZE,
                        Math.max(0, page - 1) * PAGE_SIZE)
                .query(Entry.class)
                .list();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
