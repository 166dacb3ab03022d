package vn.lantoa.reports.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.lantoa.organization.UnitDirectory;
import vn.lantoa.organization.UnitId;
import vn.lantoa.organization.UnitSummary;
import vn.lantoa.platform.CurrentUser;

/** The triage queue and a cluster's page, within the signed-in handler's scope. */
@Service
public class TriageReads {

    private final TriageQueries queries;
    private final TriageAccess access;
    private final UnitDirectory directory;
    private final ClaimMatching matching;
    private final Clock clock;
    private final ReporterContacts contacts;

    TriageReads(
            TriageQueries queries,
            TriageAccess access,
            UnitDirectory directory,
            ClaimMatching matching,
            Clock clock,
            ReporterContacts contacts) {
        this.contacts = contacts;
        this.queries = queries;
        this.access = access;
        this.directory = directory;
        this.matching = matching;
        this.clock = clock;
    }

    public TriageViews.Queue queue(TriageViews.Filter filter) {
        TriageScope scope = access.scope(access.handler());
        List<ClusterStatus> statuses = filter.status() == null
                ? List.of(ClusterStatus.NEW, ClusterStatus.IN_VERIFICATION)
                : List.of(filter.status());
        List<TriageViews.Row> rows = queries.queue(scope, statuses, filter.category(), Math.max(1, filter.page()));
        boolean hasNext = rows.size() > TriageQueries.PAGE_SIZE;
        return new TriageViews.Queue(
                hasNext ? rows.subList(0, TriageQueries.PAGE_SIZE) : rows,
                queries.counts(scope, filter.category()),
                hasNext);
    }

    /** A cluster the handler may see; empty for one out of scope or unknown. */
    public Optional<TriageViews.Detail> cluster(long clusterId) {
        TriageScope scope = access.scope(access.handler());
        return queries.cluster(scope, clusterId).map(c -> {
            Map<Long, List<Long>> screenshots = queries.screenshotIds(clusterId);
            List<TriageQueries.ReportRow> rows = queries.reports(clusterId);
            List<TriageViews.ReportView> reports = rows.stream()
                    .map(r -> new TriageViews.ReportView(
                            r.id(),
                            r.trackingCode(),
                            r.content(),
                            r.category(),
                            r.suggested(),
                            r.createdAt(),
                            r.memberId() != null ? "member" : r.userId() != null ? "staff" : "public",
                            r.unitId() == null
                                    ? null
                                    : directory
                                            .unit(new UnitId(r.unitId()))
                                            .map(UnitSummary::name)
                                            .orElse(null),
                            r.hasContact(),
                            screenshots.getOrDefault(r.id(), List.of())))
                    .toList();
            String statement = rows.stream()
                    .filter(r -> !r.suggested())
                    .findFirst()
                    .or(() -> rows.stream().findFirst())
                    .map(TriageQueries.ReportRow::content)
                    .orElse("");
            Instant now = clock.instant();
            return new TriageViews.Detail(
                    c.id(),
                    c.status(),
                    c.category(),
                    c.dueAt(),
                    c.status().open() && c.dueAt() != null && c.dueAt().isBefore(now),
                    c.assigneeId(),
                    c.assignee(),
                    reports,
                    queries.links(clusterId),
                    contacts.tally(clusterId),
                    matching.similar(statement, 5),
                    queries.history(clusterId),
                    queries.handlers());
        });
    }

    /** The JPEG of a screenshot (or its thumbnail) of a report the handler may see. */
    public Optional<byte[]> screenshot(long screenshotId, boolean thumbnail) {
        CurrentUser user = access.handler();
        return queries.screenshot(access.scope(user), screenshotId, thumbnail);
    }
}
