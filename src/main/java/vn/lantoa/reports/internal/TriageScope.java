package vn.lantoa.reports.internal;

import java.util.List;
import java.util.Map;

/**
 * Which clusters a handler sees: all for an admin; otherwise clusters with a report from a
 * member or user of a unit in the handler's subtree, and, for a handler whose scope is a root
 * unit (the province), clusters with a report from the public (reports without a unit).
 */
public record TriageScope(boolean all, List<Long> units, boolean publicReports) {

    public TriageScope {
        units = units.isEmpty() ? List.of(-1L) : List.copyOf(units);
    }

    /** SQL condition on the cluster alias {@code c}, with its named parameters. */
    public String condition() {
        return all ? "TRUE" : """
                EXISTS (SELECT 1 FROM rpt_report s WHERE s.cluster_id = c.id
                        AND (s.unit_id IN (:scopeUnits) OR (:scopePublic AND s.unit_id IS NULL)))""";
    }

    public Map<String, Object> params() {
        return all ? Map.of() : Map.of("scopeUnits", units, "scopePublic", publicReports);
    }
}
