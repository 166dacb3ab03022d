package vn.lantoa.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** A read-only view of report counts for the statistics module (which never reads our tables). */
public interface ReportFigures {

    /**
     * Reports filed from the units in {@code [from, to)}, and the clusters of those units' reports
     * refuted in that time.
     *
     * @param withPublic also count reports with no unit (the public's), for a whole-province view
     */
    Figures figures(Collection<Long> unitIds, boolean withPublic, Instant from, Instant to);

    /**
     * @param byCategory reports by category ({@code ""} when none was chosen)
     * @param byStatus the same reports by the status of their cluster ({@code ""} when not clustered)
     * @param refuted clusters with such a report that became REFUTED in the period
     * @param medianToRefutation median time from a refuted cluster's first report to its refutation; {@code null}
     *     without one
     */
    record Figures(
            Map<String, Long> byCategory, Map<String, Long> byStatus, long refuted, Duration medianToRefutation) {}
}
