package vn.lantoa.reports.web;

import java.util.List;
import vn.lantoa.reports.internal.ClusterStatus;
import vn.lantoa.reports.internal.TriageViews;

/** View model of {@code reports/triage-cluster.jte}: a cluster, its reports, links, claims and history. */
public record ClusterPage(TriageViews.Detail cluster) {

    public List<ClusterStatus> statuses() {
        return List.of(ClusterStatus.values());
    }

    public boolean assigned(TriageViews.Handler h) {
        return cluster.assigneeId() != null && cluster.assigneeId() == h.id();
    }
}
