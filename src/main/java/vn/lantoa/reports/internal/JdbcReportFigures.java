package vn.lantoa.reports.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
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
        Map<String, Object> params = Map.of(
                "units",
                unitIds.isEmpty() ? List.of(-1L) : unitIds,
                "public",
                withPublic,
                "from",
                Timestamp.from(from),
                "to",
                Timestamp.from(to));
        String inScope = "(r.unit_id IN (:units) OR (:public AND r.unit_id IS NULL))";
        Map<String, Long> byCategory = new LinkedHashMap<>();
        jdbc.sql("SELECT coalesce(r.category, ''), count(*) FROM rpt_report r WHERE " + inScope
                        + " AND r.created_at >= :from AND r.created_at < :to GROUP BY 1 ORDER BY 2 DESC, 1")
                .params(params)
                .query((rs, n) -> byCategory.put(rs.getString(1), rs.getLong(2)))
                .list();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        jdbc.sql(
                        "SELECT coalesce(c.status, ''), count(*) FROM rpt_report r LEFT JOIN rpt_cluster c ON c.id = r.cluster_id"
                                + " WHERE " + inScope + " AND r.created_at >= :from AND r.created_at < :to"
                                + " GROUP BY 1 ORDER BY 2 DESC, 1")
                .params(params)
                .query((rs, n) -> byStatus.put(rs.getString(1), rs.getLong(2)))
                .list();
        // A cluster counts once, at its first change to REFUTED; the clock starts at its first report.
        record Refuted(long count, Double medianSeconds) {}
        Refuted refuted = jdbc.sql("""
                WITH refuted AS (
                    SELECT e.cluster_id, min(e.created_at) AS at
                      FROM rpt_cluster_event e
                     WHERE e.kind = 'STATUS' AND e.to_status = 'REFUTED'
                     GROUP BY e.cluster_id),
                     mine AS (
                    SELECT f.cluster_id, f.at, (SELECT min(r2.created_at) FROM rpt_report r2
                                                 WHERE r2.cluster_id = f.cluster_id) AS first_report
                      FROM refuted f
                     WHERE f.at >= :from AND f.at < :to
                       AND EXISTS (SELECT 1 FROM rpt_report r WHERE r.cluster_id = f.cluster_id AND """ + inScope + "))" + """
                SELECT count(*),
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM (at - first_report)))
                  FROM mine WHERE first_report IS NOT NULL""")
                .params(params)
                .query((rs, n) -> new Refuted(rs.getLong(1), rs.getObject(2, Double.class)))
                .single();
        Duration median = refuted.medianSeconds() == null
                ? null
                : Duration.ofSeconds(Math.max(0, Math.round(refuted.medianSeconds())));
        return new Figures(byCategory, byStatus, refuted.count(), median);
    }
}
