package vn.lantoa.reports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lantoa.platform.VietnameseText;

/** SQL of refutation and forwarding: a cluster with its claim and reports, claim changes, status changes. */
@Repository
public class RefutationQueries {

    /** A cluster and its claim ({@code claimId} and the claim's fields null when it has none). */
    public record ClusterRow(
            long id,
            String status,
            Instant createdAt,
            Long claimId,
            String statement,
            Verdict verdict,
            String category,
            Long refutationArticleId) {}

    /** A report of a cluster, without anything about who wrote the reported content. */
    public record ReportRow(long id, String trackingCode, String content, String link, String category, Instant at) {}

    /** A status change made here. */
    public record TransitionRow(String fromStatus, String toStatus, String note, String actor, Instant at) {}

    /** A screenshot of one of the cluster's reports. */
    public record ScreenshotRow(String trackingCode, int width, int height, byte[] jpeg) {}

    /** A forwarding of the cluster's package. */
    public record ForwardingRow(String recipient, String note, String forwardedBy, Instant at) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    RefutationQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<ClusterRow> cluster(long clusterId) {
        return jdbc.sql("""
                SELECT k.id, k.status, k.created_at, k.claim_id, c.statement, c.verdict,
                       coalesce(k.category, c.category) AS category, c.refutation_article_id
                FROM rpt_cluster k LEFT JOIN rpt_claim c ON c.id = k.claim_id
                WHERE k.id = ?""").param(clusterId).query(RefutationQueries::cluster).optional();
    }

    /** The same, locked for a status change. */
    public Optional<ClusterRow> lock(long clusterId) {
        jdbc.sql("SELECT id FROM rpt_cluster WHERE id = ? FOR UPDATE")
                .param(clusterId)
                .query(Long.class)
                .optional();
        return cluster(clusterId);
    }

    /** The reports confirmed in the cluster (suggested ones are not its reports yet), oldest first. */
    public List<ReportRow> reports(long clusterId) {
        return jdbc.sql("""
                SELECT id, tracking_code, content, link, category, created_at FROM rpt_report
                WHERE cluster_id = ? AND cluster_state = 'CONFIRMED' ORDER BY created_at, id""")
                .param(clusterId)
                .query((rs, n) -> new ReportRow(
                        rs.getLong("id"),
                        rs.getString("tracking_code"),
                        rs.getString("content"),
                        rs.getString("link"),
                        rs.getString("category"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** The screenshots of the cluster's confirmed reports, in the order they came. */
    public List<ScreenshotRow> screenshots(long clusterId) {
        return jdbc.sql("""
                SELECT r.tracking_code, s.width, s.height, s.image_jpeg FROM rpt_screenshot s
                JOIN rpt_report r ON r.id = s.report_id
                WHERE r.cluster_id = ? AND r.cluster_state = 'CONFIRMED' ORDER BY s.id""")
                .param(clusterId)
                .query((rs, n) -> new ScreenshotRow(
                        rs.getString("tracking_code"),
                        rs.getInt("width"),
                        rs.getInt("height"),
                        rs.getBytes("image_jpeg")))
                .list();
    }

    /** The clusters whose claim is answered by this article. */
    public List<Long> clustersAnsweredBy(long articleId) {
        return jdbc.sql("""
                SELECT k.id FROM rpt_cluster k JOIN rpt_claim c ON c.id = k.claim_id
                WHERE c.refutation_article_id = ? ORDER BY k.id""").param(articleId).query(Long.class).list();
    }

    /** Gives the cluster a new claim. */
    public long createClaim(long clusterId, String statement, Verdict verdict, String category, Long articleId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        long claimId = jdbc.sql("""
                INSERT INTO rpt_claim (statement, verdict, category, refutation_article_id, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(VietnameseText.nfc(statement), verdict.name(), category, articleId, now, now)
                .query(Long.class)
                .single();
        jdbc.sql("UPDATE rpt_cluster SET claim_id = ?, updated_at = ? WHERE id = ?")
                .params(claimId, now, clusterId)
                .update();
        return claimId;
    }

    public void updateClaim(long claimId, String statement, Verdict verdict, Long articleId) {
        jdbc.sql("""
                UPDATE rpt_claim SET statement = ?, verdict = ?, refutation_article_id = ?, updated_at = ?
                WHERE id = ?""")
                .params(VietnameseText.nfc(statement), verdict.name(), articleId, OffsetDateTime.now(clock), claimId)
                .update();
    }

    /**
     * Moves the cluster to {@code to} and records the change in the cluster's history (as
     * {@code Triage} does, but also without a signed-in user: the newsroom's scheduler publishes
     * too); false when it already was there.
     */
    public boolean changeStatus(long clusterId, String to, String note, Long actorId, String actorName) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<String> from = jdbc.sql("SELECT status FROM rpt_cluster WHERE id = ? FOR UPDATE")
                .param(clusterId)
                .query(String.class)
                .optional();
        if (from.isEmpty() || from.get().equals(to)) {
            return false;
        }
        jdbc.sql("UPDATE rpt_cluster SET status = ?, updated_at = ? WHERE id = ?")
                .params(to, now, clusterId)
                .update();
        jdbc.sql("""
                INSERT INTO rpt_cluster_event (cluster_id, kind, from_status, to_status, note, actor_id, actor_name,
                                               created_at)
                VALUES (?, 'STATUS', ?, ?, ?, ?, ?, ?)""")
                .params(clusterId, from.get(), to, note, actorId, actorName, now)
                .update();
        return true;
    }

    public List<TransitionRow> transitions(long clusterId) {
        return jdbc.sql("""
                SELECT from_status, to_status, note, actor_name, created_at FROM rpt_cluster_event
                WHERE cluster_id = ? AND kind = 'STATUS' ORDER BY created_at, id""")
                .param(clusterId)
                .query((rs, n) -> new TransitionRow(
                        rs.getString("from_status"),
                        rs.getString("to_status"),
                        rs.getString("note"),
                        rs.getString("actor_name"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    public void recordForwarding(long clusterId, String recipient, String note, String actor) {
        jdbc.sql("""
                INSERT INTO rpt_forwarding (cluster_id, recipient, note, forwarded_by, forwarded_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(clusterId, recipient, note, actor, OffsetDateTime.now(clock))
                .update();
    }

    public List<ForwardingRow> forwardings(long clusterId) {
        return jdbc.sql("""
                SELECT recipient, note, forwarded_by, forwarded_at FROM rpt_forwarding
                WHERE cluster_id = ? ORDER BY forwarded_at, id""")
                .param(clusterId)
                .query((rs, n) -> new ForwardingRow(
                        rs.getString("recipient"),
                        rs.getString("note"),
                        rs.getString("forwarded_by"),
                        rs.getTimestamp("forwarded_at").toInstant()))
                .list();
    }

    private static ClusterRow cluster(ResultSet rs, int n) throws SQLException {
        String verdict = rs.getString("verdict");
        return new ClusterRow(
                rs.getLong("id"),
                rs.getString("status"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getObject("claim_id", Long.class),
                rs.getString("statement"),
                verdict == null ? null : Verdict.valueOf(verdict),
                rs.getString("category"),
                rs.getObject("refutation_article_id", Long.class));
    }
}
