package vn.lantoa.reports.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the triage pages show: read models of clusters, their reports, links and history. */
public final class TriageViews {

    private TriageViews() {}

    /**
     * What the queue is narrowed to.
     *
     * @param status one status, or {@code null} for the open ones (new, in verification)
     * @param category one category code, or {@code null} for all
     */
    public record Filter(ClusterStatus status, String category, int page) {}

    /** One cluster in the queue. */
    public record Row(
            long id,
            ClusterStatus status,
            String category,
            Instant dueAt,
            boolean overdue,
            String assignee,
            int reports,
            int suggested,
            String excerpt) {}

    /** A page of the queue and the number of clusters per status (same scope and category). */
    public record Queue(List<Row> rows, Map<ClusterStatus, Integer> counts, boolean hasNext) {}

    /**
     * A report of a cluster; who filed it is told only as a kind: a member of a unit, staff or the public.
     *
     * @param unitName the reporter's unit, {@code null} for the public
     * @param hasContact whether a public reporter left a contact to be told the outcome
     */
    public record ReportView(
            long id,
            String trackingCode,
            String content,
            String category,
            boolean suggested,
            Instant createdAt,
            String reporterKind,
            String unitName,
            boolean hasContact,
            List<Long> screenshotIds) {}

    /** A link of the cluster's reports, by canonical form. */
    public record LinkView(String canonical, String platform, Instant firstSeen, Instant lastSeen, int reports) {}

    /** One entry of a cluster's history. */
    public record EventView(
            String kind, ClusterStatus from, ClusterStatus to, Long reportId, String note, String actor, Instant at) {}

    /** Someone a cluster can be assigned to. */
    public record Handler(long id, String name) {}

    /** Everything on a cluster's page. */
    public record Detail(
            long id,
            ClusterStatus status,
            String category,
            Instant dueAt,
            boolean overdue,
            Long assigneeId,
            String assignee,
            List<ReportView> reports,
            List<LinkView> links,
            vn.lantoa.reports.internal.ReporterContacts.Tally reporters,
            List<SimilarClaim> claims,
            List<EventView> history,
            List<Handler> handlers) {}
}
