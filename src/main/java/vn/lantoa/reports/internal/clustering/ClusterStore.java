package vn.lantoa.reports.internal.clustering;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of clustering: clusters, the link and text buckets that lead a report to one. */
@Repository
public class ClusterStore {

    /** A report of an open cluster whose text may be a near duplicate. */
    public record Candidate(long reportId, long clusterId, String content) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    ClusterStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Serialises clustering in the current transaction, on every node: two reports of the same
     * new link arriving together must not open two clusters.
     */
    public void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('rpt-clustering'))")
                .query((rs, n) -> 1)
                .single();
    }

    /** The oldest cluster holding a report with one of these canonical links. */
    public Optional<Long> clusterWithLink(Collection<String> canonicals, long exceptReportId) {
        if (canonicals.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT min(r.cluster_id) FROM rpt_report_link l JOIN rpt_report r ON r.id = l.report_id
                WHERE l.canonical IN (:links) AND r.cluster_id IS NOT NULL AND r.id <> :self""")
                .params(Map.of("links", canonicals, "self", exceptReportId))
                .query(Long.class)
                .optional();
    }

    /** Reports of open clusters sharing at least one LSH bucket with the bands. */
    public List<Candidate> candidates(long[] bands, long exceptReportId) {
        if (bands.length == 0) {
            return List.of();
        }
        List<Long> hashes = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < bands.length; i++) {
            hashes.add(bands[i]);
            numbers.add(i);
        }
        return jdbc.sql("""
                SELECT r.id, r.cluster_id, r.content FROM rpt_report r JOIN rpt_cluster c ON c.id = r.cluster_id
                WHERE c.status IN ('NEW', 'IN_VERIFICATION') AND r.id <> :self AND r.id IN (
                    SELECT b.report_id FROM rpt_report_band b
                    JOIN unnest(CAST(:bands AS smallint[]), CAST(:hashes AS bigint[])) AS q(band, hash)
                      ON b.band = q.band AND b.hash = q.hash)
                ORDER BY r.id DESC LIMIT 500""")
                .param("self", exceptReportId)
                .param("bands", numbers.toArray(new Integer[0]))
                .param("hashes", hashes.toArray(new Long[0]))
                .query((rs, n) -> new Candidate(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .list();
    }

    public void saveBands(long reportId, long[] bands) {
        jdbc.sql("DELETE FROM rpt_report_band WHERE report_id = ?")
                .param(reportId)
                .update();
        for (int i = 0; i < bands.length; i++) {
            jdbc.sql("INSERT INTO rpt_report_band (report_id, band, hash) VALUES (?, ?, ?)")
                    .params(reportId, i, bands[i])
                    .update();
        }
    }

    /** A new cluster of the category, due after the category's rule (or the rule of {@code other}). */
    public long createCluster(String category) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int hours = jdbc.sql("""
                SELECT coalesce((SELECT hours FROM rpt_due_rule WHERE category = ?),
                                (SELECT hours FROM rpt_due_rule WHERE category = 'other'), 120)""").param(category).query(Integer.class).single();
        return jdbc.sql("""
                INSERT INTO rpt_cluster (status, category, due_at, created_at, updated_at)
                VALUES ('NEW', ?, ?, ?, ?) RETURNING id""")
                .params(category, now.plusHours(hours), now, now)
                .query(Long.class)
                .single();
    }

    public void attach(long reportId, long clusterId, String state) {
        jdbc.sql("UPDATE rpt_report SET cluster_id = ?, cluster_state = ? WHERE id = ?")
                .params(clusterId, state, reportId)
                .update();
        jdbc.sql("UPDATE rpt_cluster SET updated_at = ? WHERE id = ?")
                .params(OffsetDateTime.now(clock), clusterId)
                .update();
    }

    public Optional<String> contentOf(long reportId) {
        return jdbc.sql("SELECT content FROM rpt_report WHERE id = ?")
                .param(reportId)
                .query(String.class)
                .optional();
    }
}
