package vn.lantoa.reports.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.ArticlePublished;
import vn.lantoa.newsroom.ArticleUrls;
import vn.lantoa.newsroom.PublishedArticle;
import vn.lantoa.notifications.Notice;
import vn.lantoa.notifications.Notifications;
import vn.lantoa.notifications.Recipient;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.LanToaProperties;
import vn.lantoa.platform.Zone;
import vn.lantoa.platform.web.StructuredData;
import vn.lantoa.reports.internal.RefutationQueries.ClusterRow;

/**
 * What happens when a cluster's answer is on the portal: the cluster is settled (REFUTED, or
 * ACCURATE for a claim found true), the change is audited, the article's page drops its cached copy
 * (its ClaimReview changed), and every reporter who left a contact or is a member is told once,
 * whatever the retries or later republications.
 */
@Component
public class PublicationOutcome {

    private final RefutationQueries queries;
    private final ReporterContacts contacts;
    private final ArticleCatalog catalog;
    private final Notifications notifications;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final LanToaProperties properties;
    private final ReportsMetrics metrics;

    PublicationOutcome(
            RefutationQueries queries,
            ReporterContacts contacts,
            ArticleCatalog catalog,
            Notifications notifications,
            MessageSource messages,
            ApplicationEventPublisher events,
            LanToaProperties properties,
            ReportsMetrics metrics) {
        this.metrics = metrics;
        this.queries = queries;
        this.contacts = contacts;
        this.catalog = catalog;
        this.notifications = notifications;
        this.messages = messages;
        this.events = events;
        this.properties = properties;
    }

    /** The newsroom published an article (retried by the event registry until it succeeds; idempotent). */
    @ApplicationModuleListener
    void on(ArticlePublished event) {
        articleLive(event.articleId());
    }

    /**
     * Settles every cluster the article answers, if it is published; safe to repeat. The history
     * names the signed-in user who linked or published it, else the system (the scheduler).
     */
    @Transactional
    public void articleLive(long articleId) {
        CurrentUser user = CurrentUser.get().orElse(null);
        Long actorId = user == null ? null : user.id();
        String actor = user == null ? t("reports.refute.systemActor") : user.displayName();
        PublishedArticle article = catalog.findPublishedById(articleId).orElse(null);
        if (article == null) {
            return;
        }
        boolean any = false;
        for (long clusterId : queries.clustersAnsweredBy(articleId)) {
            ClusterRow cluster = queries.lock(clusterId).orElseThrow();
            String to = cluster.verdict() == Verdict.ACCURATE ? "ACCURATE" : "REFUTED";
            if (queries.changeStatus(clusterId, to, "article " + articleId, actorId, actor)) {
                metrics.settled(cluster.verdict() == Verdict.ACCURATE);
                events.publishEvent(AuditEvent.of(
                        "report.cluster." + to.toLowerCase(java.util.Locale.ROOT),
                        "report-cluster",
                        clusterId,
                        "article " + articleId + " published"));
            }
            tellReporters(cluster, article, contacts.of(clusterId));
            any = true;
        }
        if (any) {
            events.publishEvent(new StructuredData.Changed(articleId));
        }
    }

    /** One notice per person (member, e-mail or phone) who reported the cluster; stored once per article. */
    public int tellReporters(ClusterRow cluster, PublishedArticle article, List<ReporterContacts.Reporter> reporters) {
        Map<String, Recipient> recipients = new LinkedHashMap<>();
        for (ReporterContacts.Reporter r : reporters) {
            if (r.memberId() != null) {
                recipients.putIfAbsent(r.identity(), new Recipient.Member(r.memberId()));
            } else if (r.email() != null) {
                recipients.putIfAbsent(r.identity(), new Recipient.Email(r.email()));
            } else if (r.phone() != null) {
                recipients.putIfAbsent(r.identity(), new Recipient.Phone(r.phone()));
            }
        }
        String link = ArticleUrls.absolute(properties.site().baseUrl(), article.slug());
        Verdict verdict = cluster.verdict() == null ? Verdict.FALSE : cluster.verdict();
        String label = t("reports.vafc." + verdict.name());
        String subject = t("reports.notice.subject", label);
        String body = t("reports.notice.body", Zone.DATE.format(cluster.createdAt()), label, article.title(), link);
        String dedup = "reports:answered:" + cluster.id() + ":" + article.id();
        recipients.values().forEach(to -> notifications.send(new Notice(to, subject, body, link, dedup)));
        return recipients.size();
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Zone.VI);
    }
}
