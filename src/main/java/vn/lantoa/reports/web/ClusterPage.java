package vn.lantoa.reports.web;

import java.util.List;
import vn.lantoa.reports.internal.ClusterStatus;
import vn.lantoa.reports.internal.TriageViews;

/** View model of {@code reports/triage-cluster.jte}: a cluster, its reports, links, claims and history. */
public record ClusterPage(TriageViews.Detail cluster) {

    public List<ClusterStatus> statuses() {
        return List.of(ClusterStatus.values());
    }

    public String action(String path) {
        return TriageController.QUEUE + "/" + cluster.id() + path;
    }

    public String reportAction(long reportId, String path) {
        return TriageController.REPORT + reportId + path;
    }

    public String screenshotUrl(long id, boolean thumbnail) {
        return TriageController.SCREENSHOT + id + (thumbnail ? "/nho.jpg" : ".jpg");
    }

    public boolean assigned(TriageViews.Handler h) {
        return cluster.assigneeId() != null && cluster.assigneeId() == h.id();
    }
}
