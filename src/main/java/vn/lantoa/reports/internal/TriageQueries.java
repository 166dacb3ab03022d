package vn.lantoa.reports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lantoa.platform.Role;
import vn.lantoa.platform.StaffDirectory;

/** SQL of the triage pages: the queue, a cluster's reports, links and history, screenshots. */
@Repository
public class TriageQueries {

    public static final int PAGE_SIZE = 50;

    /** A cluster's own row. */
    public record ClusterRow(
            long id, ClusterStatus status, String category, Instant dueAt, Long assigneeId, String assignee) {}

    /** A report row with the facts the reporter kind is derived from. */
    public record ReportRow(
            long id,
            String trackingCode,
            String content,
            String category,
            boolean suggested,
            Instant createdAt,
            Long userId,
            Long memberId,
            Long unitId,
            boolean hasContact,
            Long clusterId) {}

    private static final String CLUSTER_COLUMNS = """
            c.id, c.status, c.category, c.due_at, c.assignee_user_id
            FROM rpt_cluster c""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final StaffDirectory staff;

    TriageQueries(JdbcClient jdbc, Clock clock, StaffDirectory staff) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.staff = staff;
    }

    public List<TriageViews.Row> queue(TriageScope scope, List<ClusterStatus> statuses, String category, int page) {
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("statuses", statuses.stream().map(Enum::name).toList());
        params.put("limit", PAGE_SIZE + 1);
        params.put("offset", Math.max(0, page - 1) * PAGE_SIZE);
        if (category != null) {
            params.put("category", category);
        }
        Instant now = clock.instant();
        Names names = new Names();
        return jdbc.sql("""
                        SELECT * FROM (SELECT c.*,
                          (SELECT count(*) FROM rpt_report r WHERE r.cluster_id = c.id) AS reports,
                          (SELECT count(*) FROM rpt_report r WHERE r.cluster_id = c.id AND r.cluster_state = 'SUGGESTED')
                              AS suggested,
                          (SELECT left(r.content, 160) FROM rpt_report r WHERE r.cluster_id = c.id ORDER BY r.id LIMIT 1)
                              AS excerpt
                        FROM rpt_cluster c) c
                        WHERE c.status IN (:statuses)"""
                        + " AND " + scope.condition()
                        + (category == null ? "" : " AND c.category = :category")
                        + " ORDER BY c.due_at ASC NULLS LAST, c.id LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> {
                    ClusterRow c = cluster(rs, names);
                    return new TriageViews.Row(
                            c.id(),
                            c.status(),
                            c.category(),
                            c.dueAt(),
                            overdue(c, now),
                            c.assignee(),
                            rs.getInt("reports"),
                            rs.getInt("suggested"),
                            rs.getString("excerpt"));
                })
                .list();
    }

    public Map<ClusterStatus, Integer> counts(TriageScope scope, String category) {
        Map<String, Object> params = new HashMap<>(scope.params());
        if (category != null) {
            params.put("category", category);
        }
        Map<ClusterStatus, Integer> out = new EnumMap<>(ClusterStatus.class);
        for (ClusterStatus s : ClusterStatus.values()) {
            out.put(s, 0);
        }
        jdbc.sql("SELECT c.status, count(*) FROM rpt_cluster c WHERE " + scope.condition()
                        + (category == null ? "" : " AND c.category = :category") + " GROUP BY c.status")
                .params(params)
                .query((rs, n) -> out.put(ClusterStatus.valueOf(rs.getString(1)), rs.getInt(2)))
                .list();
        return out;
    }

    public Optional<ClusterRow> cluster(TriageScope scope, long id) {
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("id", id);
        return jdbc.sql("SELECT " + CLUSTER_COLUMNS + " WHERE c.id = :id AND " + scope.condition())
                .params(params)
                .query((rs, n) -> cluster(rs, new Names()))
                .optional();
    }

    /** Locks the cluster row for a change. */
    public Optional<ClusterRow> clusterForUpdate(TriageScope scope, long id) {
        jdbc.sql("SELECT id FROM rpt_cluster WHERE id = ? FOR UPDATE")
                .param(id)
                .query(Long.class)
                .optional();
        return cluster(scope, id);
    }

    public List<ReportRow> reports(long clusterId) {
        return jdbc.sql("""
                SELECT id, tracking_code, content, category, cluster_state, created_at, reporter_user_id,
                       reporter_member_id, unit_id, (contact_email IS NOT NULL OR contact_phone IS NOT NULL) AS contact,
                       cluster_id
                FROM rpt_report WHERE cluster_id = ? ORDER BY id""").param(clusterId).query((rs, n) -> report(rs)).list();
    }

    public Optional<ReportRow> report(long reportId) {
        return jdbc.sql("""
                SELECT id, tracking_code, content, category, cluster_state, created_at, reporter_user_id,
                       reporter_member_id, unit_id, (contact_email IS NOT NULL OR contact_phone IS NOT NULL) AS contact,
                       cluster_id
                FROM rpt_report WHERE id = ? FOR UPDATE""").param(reportId).query((rs, n) -> report(rs)).optional();
    }

    public Map<Long, List<Long>> screenshotIds(long clusterId) {
        Map<Long, List<Long>> out = new HashMap<>();
        jdbc.sql("""
                SELECT s.report_id, s.id FROM rpt_screenshot s JOIN rpt_report r ON r.id = s.report_id
                WHERE r.cluster_id = ? ORDER BY s.id""")
                .param(clusterId)
                .query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                        .add(rs.getLong(2)))
                .list();
        return out;
    }

    public List<TriageViews.LinkView> links(long clusterId) {
        return jdbc.sql("""
                SELECT l.canonical, min(l.platform) AS platform, min(l.created_at) AS first_seen,
                       max(l.created_at) AS last_seen, count(DISTINCT l.report_id) AS reports
                FROM rpt_report_link l JOIN rpt_report r ON r.id = l.report_id
                WHERE r.cluster_id = ? GROUP BY l.canonical ORDER BY min(l.created_at)""")
                .param(clusterId)
                .query((rs, n) -> new TriageViews.LinkView(
                        rs.getString("canonical"),
                        rs.getString("platform"),
                        instant(rs, "first_seen"),
                        instant(rs, "last_seen"),
                        rs.getInt("reports")))
                .list();
    }

    public List<TriageViews.EventView> history(long clusterId) {
        return jdbc.sql("""
                SELECT kind, from_status, to_status, report_id, note, actor_name, created_at
                FROM rpt_cluster_event WHERE cluster_id = ? ORDER BY created_at DESC, id DESC""")
                .param(clusterId)
                .query((rs, n) -> new TriageViews.EventView(
                        rs.getString("kind"),
                        status(rs.getString("from_status")),
                        status(rs.getString("to_status")),
                        rs.getObject("report_id", Long.class),
                        rs.getString("note"),
                        rs.getString("actor_name"),
                        instant(rs, "created_at")))
                .list();
    }

    /** Accounts that handle reports (HANDLER or ADMIN), for assignment. */
    public List<TriageViews.Handler> handlers() {
        return staff.withAnyRole(Set.of(Role.HANDLER, Role.ADMIN)).stream()
                .map(h -> new TriageViews.Handler(h.userId(), h.displayName()))
                .toList();
    }

    public void setStatus(long clusterId, ClusterStatus status) {
        jdbc.sql("UPDATE rpt_cluster SET status = ?, updated_at = ? WHERE id = ?")
                .params(status.name(), OffsetDateTime.now(clock), clusterId)
                .update();
    }

    public void setAssignee(long clusterId, Long userId) {
        jdbc.sql("UPDATE rpt_cluster SET assignee_user_id = ?, updated_at = ? WHERE id = ?")
                .params(userId, OffsetDateTime.now(clock), clusterId)
                .update();
    }

    public void confirm(long reportId) {
        jdbc.sql("UPDATE rpt_report SET cluster_state = 'CONFIRMED' WHERE id = ?")
                .param(reportId)
                .update();
    }

    public void event(
            long clusterId,
            String kind,
            ClusterStatus from,
            ClusterStatus to,
            Long reportId,
            String note,
            long actorId,
            String actorName) {
        jdbc.sql("""
                INSERT INTO rpt_cluster_event (cluster_id, kind, from_status, to_status, report_id, note, actor_id,
                                               actor_name, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        clusterId,
                        kind,
                        from == null ? null : from.name(),
                        to == null ? null : to.name(),
                        reportId,
                        note,
                        actorId,
                        actorName,
                        OffsetDateTime.now(clock))
                .update();
    }

    /** The image of a screenshot of a report in a cluster of the scope. */
    public Optional<byte[]> screenshot(TriageScope scope, long screenshotId, boolean thumbnail) {
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("id", screenshotId);
        return jdbc.sql("SELECT " + (thumbnail ? "s.thumb_jpeg" : "s.image_jpeg")
                        + " FROM rpt_screenshot s JOIN rpt_report r ON r.id = s.report_id"
                        + " JOIN rpt_cluster c ON c.id = r.cluster_id WHERE s.id = :id AND " + scope.condition())
                .params(params)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    static boolean overdue(ClusterRow c, Instant now) {
        return c.status().open() && c.dueAt() != null && c.dueAt().isBefore(now);
    }

    /** Display names of assignees, looked up once per query through the accounts' directory. */
    private final class Names {
        private final Map<Long, String> known = new HashMap<>();

        String of(Long userId) {
            return userId == null
                    ? null
                    : known.computeIfAbsent(userId, id -> staff.displayName(id).orElse(null));
        }
    }

    private static ClusterRow cluster(ResultSet rs, Names names) throws SQLException {
        Long assignee = rs.getObject("assignee_user_id", Long.class);
        return new ClusterRow(
                rs.getLong("id"),
                ClusterStatus.valueOf(rs.getString("status")),
                rs.getString("category"),
                instant(rs, "due_at"),
                assignee,
                names.of(assignee));
    }

    private static ReportRow report(ResultSet rs) throws SQLException {
        return new ReportRow(
                rs.getLong("id"),
                rs.getString("tracking_code"),
                rs.getString("content"),
                rs.getString("category"),
                "SUGGESTED".equals(rs.getString("cluster_state")),
                instant(rs, "created_at"),
                rs.getObject("reporter_user_id", Long.class),
                rs.getObject("reporter_member_id", Long.class),
                rs.getObject("unit_id", Long.class),
                rs.getBoolean("contact"),
                rs.getObject("cluster_id", Long.class));
    }

    private static ClusterStatus status(String s) {
        return s == null ? null : ClusterStatus.valueOf(s);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
