package vn.lantoa.reports.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.platform.VietnameseText;

/**
 * Handing a cluster to the competent authority (e.g. the national anti-fake-news centre): the
 * package as JSON or PDF (each download audited), and the record of to whom and when it went.
 */
@Service
public class Forwarding {

    public static final int MAX_RECIPIENT = 300;
    public static final int MAX_NOTE = 1000;

    private final ClusterScope scope;
    private final ForwardPackages packages;
    private final ForwardPdf pdf;
    private final RefutationQueries queries;
    private final ApplicationEventPublisher events;
    private final Triage triage;

    Forwarding(
            ClusterScope scope,
            ForwardPackages packages,
            ForwardPdf pdf,
            RefutationQueries queries,
            ApplicationEventPublisher events,
            Triage triage) {
        this.triage = triage;
        this.scope = scope;
        this.packages = packages;
        this.pdf = pdf;
        this.queries = queries;
        this.events = events;
    }

    @Transactional
    public byte[] json(long clusterId, CurrentUser user) {
        scope.require(user, clusterId);
        events.publishEvent(AuditEvent.of("report.cluster.export", "report-cluster", clusterId, "json"));
        return packages.json(packages.build(clusterId));
    }

    @Transactional
    public byte[] pdf(long clusterId, CurrentUser user) {
        scope.require(user, clusterId);
        events.publishEvent(AuditEvent.of("report.cluster.export", "report-cluster", clusterId, "pdf"));
        return pdf.render(packages.build(clusterId));
    }

    /** Records that the package went to {@code recipient}; the cluster becomes FORWARDED. */
    @Transactional
    public void markForwarded(long clusterId, String recipient, String note, CurrentUser user) {
        scope.require(user, clusterId);
        String to = clean(recipient);
        if (to == null || to.length() > MAX_RECIPIENT) {
            throw new InvalidInputException("reports.forward.error.recipient");
        }
        String n = clean(note);
        if (n != null && n.length() > MAX_NOTE) {
            throw new InvalidInputException("reports.forward.error.note");
        }
        queries.lock(clusterId).orElseThrow();
        queries.recordForwarding(clusterId, to, n, user.username());
        triage.changeStatus(clusterId, ClusterStatus.FORWARDED, to);
        events.publishEvent(AuditEvent.of("report.cluster.forward", "report-cluster", clusterId, to));
    }

    /** The package as built now, for the page. */
    public ForwardPackage view(long clusterId, CurrentUser user) {
        scope.require(user, clusterId);
        return packages.build(clusterId);
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = VietnameseText.nfc(s).strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }
}
