package vn.lantoa.reports.web;

import java.util.List;
import vn.lantoa.reports.internal.ClusterStatus;
import vn.lantoa.reports.internal.TriageViews;

/** View model of {@code reports/triage-queue.jte}: the queue with its filter and counts. */
public record TriageQueuePage(TriageViews.Queue queue, TriageViews.Filter filter, List<String> categories) {

    public List<ClusterStatus> statuses() {
        return List.of(ClusterStatus.values());
    }

    public int count(ClusterStatus status) {
        return queue.counts().getOrDefault(status, 0);
    }

    /** The queue URL with this status (null: the open ones) and the current category. */
    public String statusUrl(ClusterStatus status) {
        return url(status, filter.category(), 1);
    }

    public String categoryUrl(String category) {
        return url(filter.status(), category, 1);
    }

    public String pageUrl(int page) {
        return url(filter.status(), filter.category(), page);
    }

    private static String url(ClusterStatus status, String category, int page) {
        StringBuilder b = new StringBuilder(ReportsRoutes.QUEUE).append("?");
        if (status != null) {
            b.append("trang-thai=").append(status.name()).append("&");
        }
        if (category != null) {
            b.append("loai=").append(category).append("&");
        }
        return b.append("trang=").append(page).toString();
    }
}
