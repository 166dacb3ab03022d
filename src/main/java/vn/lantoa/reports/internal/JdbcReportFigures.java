package vn.lantoa.reports.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.reports.ReportFigures;

/** {@link ReportFigures} as aggregates of {@code rpt_report}, {@code rpt_cluster} and their status history. */
@Component
class JdbcReportFigures implements ReportFigures {

    private final JdbcClient jdbc;

    JdbcReportFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Figures figures(Collection<Long> unitIds, boolean withPublic, Instant from, Instant to) {
        Map<String, Object> params =
                Map.of("units", unitIds.toArray(Long[]::new), "from", Timestamp.from(from), "to", Timestamp.from(to));
        // Public reports only with the whole province, written into the statement rather than bound:
        // a generic plan of "(:public AND ...)" cannot use the unit index (a commune then scanned
        // every report).
        String inScope = withPublic
                ? "(r.unit_id = ANY(CAST(:units AS bigint[])) OR r.unit_id IS NULL)"
                : "r.unit_id = ANY(CAST(:units AS bigint[]))";
        // Both splits in one pass over the period's reports.
        Map<String, Long> byCategory = new LinkedHashMap<>();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        jdbc.sql("SELECT GROUPING(r.category), coalesce(r.category, ''), coalesce(c.status, ''), count(*)"
                        + " FROM rpt_report r LEFT JOIN rpt_cluster c ON c.id = r.cluster_id"
                        + " WHERE " + inScope + " AND r.created_at >= :from AND r.created_at < :to"
                        + " GROUP BY GROUPING SETS ((r.category), (c.status)) ORDER BY 1, 4 DESC, 2, 3")
                .params(params)
                .query((rs, n) -> rs.getInt(1) == 0
                        ? byCategory.put(rs.getString(2), rs.getLong(4))
                        : byStatus.put(rs.getString(3), rs.getLong(4)))
                .list();
        // A cluster counts once, at its first change to REFUTED; the clock starts at its first report.
        // A subtree starts from its own reports' clusters (a commune has a few dozen); the whole
        // province, whose reports reach nearly every cluster, from the refuted ones.
        String refutedOnce = "SELECT e.cluster_id, min(e.created_at) AS at FROM rpt_cluster_event e"
                + " WHERE e.kind = 'STATUS' AND e.to_status = 'REFUTED'";
        String refuted = withPublic
                ? refutedOnce + " AND EXISTS (SELECT 1 FROM rpt_report r WHERE r.cluster_id = e.cluster_id AND "
                        + inScope + ") GROUP BY e.cluster_id"
                : refutedOnce + " AND e.cluster_id IN (SELECT r.cluster_id FROM rpt_report r WHERE " + inScope
                        + ") GROUP BY e.cluster_id";
        record Refuted(long count, Double medianSeconds) {}
        Refuted counted = jdbc.sql("WITH refuted AS (" + refuted + """
                ), mine AS (
                    SELECT f.at, (SELECT min(r2.created_at) FROM rpt_report r2 WHERE r2.cluster_id = f.cluster_id)
                               AS first_report
                      FROM refuted f WHERE f.at >= :from AND f.at < :to)
                SELECT count(*),
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM (at - first_report)))
                  FROM mine WHERE first_report IS NOT NULL""")
                .params(params)
                .query((rs, n) -> new Refuted(rs.getLong(1), rs.getObject(2, Double.class)))
                .single();
        Duration median = counted.medianSeconds() == null
                ? null
                : Duration.ofSeconds(Math.max(0, Math.round(counted.medianSeconds())));
        return new Figures(byCategory, byStatus, counted.count(), median);
    }
}
