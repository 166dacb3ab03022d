package vn.lantoa.reports.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.platform.NotFoundException;
import vn.lantoa.reports.internal.TriageQueries.ClusterRow;
import vn.lantoa.reports.internal.TriageQueries.ReportRow;
import vn.lantoa.reports.internal.clustering.Clustering;

/**
 * Every change a handler makes to a cluster, within their scope: status (the one place statuses
 * change, so refutation and forwarding call {@link #changeStatus}), assignment, comments, and
 * confirming, splitting off or moving a report. Each change goes into the cluster's history and
 * the audit log in the same transaction.
 */
@Service
public class Triage {

    public static final int MAX_NOTE = 2000;

    private final TriageQueries queries;
    private final TriageAccess access;
    private final Clustering clustering;
    private final ApplicationEventPublisher events;

    Triage(TriageQueries queries, TriageAccess access, Clustering clustering, ApplicationEventPublisher events) {
        this.queries = queries;
        this.access = access;
        this.clustering = clustering;
        this.events = events;
    }

    /** Moves the cluster to a status (no change when it is there already), with an optional note. */
    @Transactional
    public void changeStatus(long clusterId, ClusterStatus status, String note) {
        CurrentUser user = access.handler();
        ClusterRow cluster = cluster(user, clusterId);
        if (status == null) {
            throw new InvalidInputException("reports.triage.error.status");
        }
        if (cluster.status() == status) {
            return;
        }
        queries.setStatus(clusterId, status);
        record(user, clusterId, "STATUS", cluster.status(), status, null, note(note));
        events.publishEvent(
                AuditEvent.of("report.cluster.status", "report-cluster", clusterId, cluster.status() + " → " + status));
    }

    /** Assigns the cluster to a handler, or to nobody with {@code null}. */
    @Transactional
    public void assign(long clusterId, Long assigneeId) {
        CurrentUser user = access.handler();
        ClusterRow cluster = cluster(user, clusterId);
        String name = null;
        if (assigneeId != null) {
            name = queries.handlers().stream()
                    .filter(h -> h.id() == assigneeId)
                    .map(TriageViews.Handler::name)
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException("reports.triage.error.assignee"));
        }
        if (java.util.Objects.equals(cluster.assigneeId(), assigneeId)) {
            return;
        }
        queries.setAssignee(clusterId, assigneeId);
        record(user, clusterId, "ASSIGN", null, null, null, name);
        events.publishEvent(AuditEvent.of("report.cluster.assign", "report-cluster", clusterId, name));
    }

    @Transactional
    public void comment(long clusterId, String text) {
        CurrentUser user = access.handler();
        cluster(user, clusterId);
        String note = note(text);
        if (note == null) {
            throw new InvalidInputException("reports.triage.error.comment", MAX_NOTE);
        }
        record(user, clusterId, "COMMENT", null, null, null, note);
        events.publishEvent(AuditEvent.of("report.cluster.comment", "report-cluster", clusterId, null));
    }

    /** Confirms a report suggested for its cluster by the near-duplicate detector. */
    @Transactional
    public void confirm(long reportId) {
        CurrentUser user = access.handler();
        ReportRow report = report(user, reportId);
        if (!report.suggested()) {
            return;
        }
        queries.confirm(reportId);
        record(user, report.clusterId(), "CONFIRM", null, null, reportId, null);
        events.publishEvent(AuditEvent.of("report.confirm", "report", reportId, "cluster " + report.clusterId()));
    }

    /** Splits a report off its cluster into a new one of its own; returns the new cluster's id. */
    @Transactional
    public long split(long reportId) {
        CurrentUser user = access.handler();
        ReportRow report = report(user, reportId);
        long target = clustering.splitOff(reportId, report.category() == null ? "other" : report.category());
        record(user, report.clusterId(), "SPLIT", null, null, reportId, "→ #" + target);
        record(user, target, "MOVE_IN", null, null, reportId, "#" + report.clusterId() + " →");
        events.publishEvent(
                AuditEvent.of("report.split", "report", reportId, "cluster " + report.clusterId() + " → " + target));
        return target;
    }

    /** Moves a report into another cluster the handler may see, as confirmed. */
    @Transactional
    public void move(long reportId, long targetClusterId) {
        CurrentUser user = access.handler();
        ReportRow report = report(user, reportId);
        if (report.clusterId() != null && report.clusterId() == targetClusterId) {
            return;
        }
        TriageScope scope = access.scope(user);
        queries.clusterForUpdate(scope, targetClusterId)
                .orElseThrow(() -> new InvalidInputException("reports.triage.error.target", targetClusterId));
        clustering.attach(reportId, targetClusterId);
        record(user, report.clusterId(), "MOVE_OUT", null, null, reportId, "→ #" + targetClusterId);
        record(user, targetClusterId, "MOVE_IN", null, null, reportId, "#" + report.clusterId() + " →");
        events.publishEvent(AuditEvent.of(
                "report.move", "report", reportId, "cluster " + report.clusterId() + " → " + targetClusterId));
    }

    private ClusterRow cluster(CurrentUser user, long clusterId) {
        return queries.clusterForUpdate(access.scope(user), clusterId).orElseThrow(() -> new NotFoundException());
    }

    private ReportRow report(CurrentUser user, long reportId) {
        ReportRow report = queries.report(reportId).orElseThrow(() -> new NotFoundException());
        if (report.clusterId() == null) {
            throw new NotFoundException();
        }
        cluster(user, report.clusterId());
        return report;
    }

    private void record(
            CurrentUser user,
            long clusterId,
            String kind,
            ClusterStatus from,
            ClusterStatus to,
            Long reportId,
            String note) {
        queries.event(clusterId, kind, from, to, reportId, note, user.id(), user.displayName());
    }

    private static String note(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = vn.lantoa.platform.VietnameseText.nfc(text.strip());
        if (clean.length() > MAX_NOTE) {
            throw new InvalidInputException("reports.triage.error.comment", MAX_NOTE);
        }
        return clean;
    }
}
