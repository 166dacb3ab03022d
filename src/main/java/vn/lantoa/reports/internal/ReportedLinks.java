package vn.lantoa.reports.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lantoa.links.LinkChecker;
import vn.lantoa.links.MalformedLinkException;

/**
 * The links reported in a cluster, in their canonical form (link variants counted once), with
 * when they were first and last reported. The one place that knows where report links are stored
 * ({@code rpt_report.link}; the intake's several links per report go here too).
 */
@Repository
public class ReportedLinks {

    /**
     * @param url the canonical form (the reported text when it cannot be canonicalised)
     * @param reported the links as reported that share this canonical form
     */
    public record Seen(String url, List<String> reported, Instant firstSeen, Instant lastSeen, int reports) {}

    private final JdbcClient jdbc;
    private final LinkChecker links;

    ReportedLinks(JdbcClient jdbc, LinkChecker links) {
        this.jdbc = jdbc;
        this.links = links;
    }

    public List<Seen> ofCluster(long clusterId) {
        return merge(
                jdbc.sql("""
                SELECT link, min(canonical) AS canonical, min(created_at) AS first_seen,
                       max(created_at) AS last_seen, count(*) AS reports
                FROM (SELECT link, NULL AS canonical, created_at FROM rpt_report
                      WHERE cluster_id = :id AND cluster_state = 'CONFIRMED' AND link IS NOT NULL
                      UNION ALL
                      SELECT l.raw, l.canonical, r.created_at FROM rpt_report_link l JOIN rpt_report r ON r.id = l.report_id
                      WHERE r.cluster_id = :id AND r.cluster_state = 'CONFIRMED') x
                GROUP BY link""").param("id", clusterId).query(ReportedLinks::row).list());
    }

    /** The links of every cluster the claim answers. */
    public List<Seen> ofClaim(long claimId) {
        return merge(
                jdbc.sql("""
                SELECT link, min(canonical) AS canonical, min(created_at) AS first_seen,
                       max(created_at) AS last_seen, count(*) AS reports
                FROM (SELECT r.link, NULL AS canonical, r.created_at FROM rpt_report r
                      JOIN rpt_cluster k ON k.id = r.cluster_id
                      WHERE k.claim_id = :id AND r.cluster_state = 'CONFIRMED' AND r.link IS NOT NULL
                      UNION ALL
                      SELECT l.raw, l.canonical, r.created_at FROM rpt_report_link l JOIN rpt_report r ON r.id = l.report_id
                      JOIN rpt_cluster k ON k.id = r.cluster_id
                      WHERE k.claim_id = :id AND r.cluster_state = 'CONFIRMED') x
                GROUP BY link""").param("id", claimId).query(ReportedLinks::row).list());
    }

    /** Puts every reported link not yet watched under watch, due now; returns how many were added. */
    public int watchNew(Instant now) {
        return jdbc.sql("""
                INSERT INTO rpt_link_watch (url, first_reported_at, next_check_at)
                SELECT link, min(created_at), ? FROM (
                    SELECT link, created_at FROM rpt_report WHERE link IS NOT NULL
                    UNION ALL
                    SELECT l.raw, r.created_at FROM rpt_report_link l JOIN rpt_report r ON r.id = l.report_id) x
                WHERE length(link) <= 2000 GROUP BY link
                ON CONFLICT (url) DO NOTHING""").param(java.sql.Timestamp.from(now)).update();
    }

    /** @param canonical as the intake stored it, or null (older single links): computed then */
    private record Row(String link, String canonical, Instant firstSeen, Instant lastSeen, int reports) {}

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(
                rs.getString("link"),
                rs.getString("canonical"),
                rs.getTimestamp("first_seen").toInstant(),
                rs.getTimestamp("last_seen").toInstant(),
                rs.getInt("reports"));
    }

    private List<Seen> merge(List<Row> rows) {
        Map<String, List<Row>> byCanonical = new LinkedHashMap<>();
        for (Row row : rows) {
            String canonical = row.canonical() != null ? row.canonical() : canonical(row.link());
            byCanonical.computeIfAbsent(canonical, k -> new ArrayList<>()).add(row);
        }
        return byCanonical.entrySet().stream()
                .map(e -> new Seen(
                        e.getKey(),
                        e.getValue().stream().map(Row::link).sorted().toList(),
                        e.getValue().stream()
                                .map(Row::firstSeen)
                                .min(Instant::compareTo)
                                .orElseThrow(),
                        e.getValue().stream()
                                .map(Row::lastSeen)
                                .max(Instant::compareTo)
                                .orElseThrow(),
                        e.getValue().stream().mapToInt(Row::reports).sum()))
                .sorted(java.util.Comparator.comparing(Seen::firstSeen).thenComparing(Seen::url))
                .toList();
    }

    private String canonical(String link) {
        try {
            return links.check(link).canonical();
        } catch (MalformedLinkException e) {
            return link.strip();
        }
    }
}
