package vn.lantoa.reports.internal;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.Drafts;
import vn.lantoa.newsroom.PublishedArticle;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.platform.VietnameseText;
import vn.lantoa.platform.Zone;
import vn.lantoa.platform.web.StructuredData;
import vn.lantoa.reports.internal.RefutationQueries.ClusterRow;
import vn.lantoa.reports.internal.RefutationQueries.ReportRow;

/**
 * Answering a cluster: the claim gets its verdict (VAFC's three labels) and its refutation
 * article, either an article we already published or a draft started in the newsroom with the
 * claim. When that article is (or already was) published the cluster is settled and its reporters
 * are told ({@link PublicationOutcome}).
 */
@Service
public class Refutations {

    public static final int MAX_STATEMENT = 2000;

    private final RefutationQueries queries;
    private final ClusterScope scope;
    private final ArticleCatalog catalog;
    private final Drafts drafts;
    private final PublicationOutcome outcome;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Triage triage;

    Refutations(
            RefutationQueries queries,
            ClusterScope scope,
            ArticleCatalog catalog,
            Drafts drafts,
            PublicationOutcome outcome,
            MessageSource messages,
            ApplicationEventPublisher events,
            Triage triage) {
        this.triage = triage;
        this.queries = queries;
        this.scope = scope;
        this.catalog = catalog;
        this.drafts = drafts;
        this.outcome = outcome;
        this.messages = messages;
        this.events = events;
    }

    /** Links a published article of ours as the answer; settles the cluster at once. */
    @Transactional
    public void linkArticle(long clusterId, long articleId, String verdict, String statement, CurrentUser user) {
        scope.require(user, clusterId);
        Verdict v = verdict(verdict);
        String text = statement(statement);
        PublishedArticle article = catalog.findPublishedById(articleId)
                .orElseThrow(() -> new InvalidInputException("reports.refute.error.article"));
        ClusterRow cluster = queries.lock(clusterId).orElseThrow();
        saveClaim(cluster, text, v, article.id());
        events.publishEvent(AuditEvent.of(
                "report.cluster.refute", "report-cluster", clusterId, v.name() + " — article " + article.id()));
        if (cluster.refutationArticleId() != null && cluster.refutationArticleId() != article.id()) {
            events.publishEvent(new StructuredData.Changed(cluster.refutationArticleId()));
        }
        outcome.articleLive(article.id());
    }

    /**
     * Starts a refutation draft in the newsroom with the claim and the reported links as text (not
     * as links, so that the draft never promotes them); returns the draft's id. Clicking twice gives
     * the same draft.
     */
    @Transactional
    public long startDraft(long clusterId, String verdict, String statement, CurrentUser user) {
        scope.require(user, clusterId);
        Verdict v = verdict(verdict);
        String text = statement(statement);
        ClusterRow cluster = queries.lock(clusterId).orElseThrow();
        if (cluster.refutationArticleId() != null
                && catalog.findPublishedById(cluster.refutationArticleId()).isPresent()) {
            throw new InvalidInputException("reports.refute.error.alreadyPublished");
        }
        String label = t("reports.vafc." + v.name()).toLowerCase(Zone.VI);
        String title = t("reports.refute.draftTitle", shorten(text, 150), label);
        String lead = t("reports.refute.draftLead", label);
        StringBuilder body = new StringBuilder()
                .append("<blockquote><p>")
                .append(HtmlUtils.htmlEscape(text))
                .append("</p></blockquote><p>")
                .append(HtmlUtils.htmlEscape(t("reports.refute.draftBody", label)))
                .append("</p>");
        List<ReportRow> reports = queries.reports(clusterId);
        List<String> links = reports.stream()
                .map(ReportRow::link)
                .filter(l -> l != null)
                .distinct()
                .toList();
        if (!links.isEmpty()) {
            body.append("<p>")
                    .append(HtmlUtils.htmlEscape(t("reports.refute.draftLinks")))
                    .append("</p><ul>");
            links.forEach(
                    l -> body.append("<li>").append(HtmlUtils.htmlEscape(l)).append("</li>"));
            body.append("</ul>");
        }
        String firstSeen =
                reports.isEmpty() ? "" : Zone.DATE.format(reports.getFirst().at());
        body.append("<p>")
                .append(HtmlUtils.htmlEscape(t("reports.refute.draftFirstSeen", firstSeen)))
                .append("</p>");
        long articleId =
                drafts.startDraft(title, lead, body.toString(), "reports:cluster:" + clusterId + ":draft", user);
        saveClaim(cluster, text, v, articleId);
        if (ClusterStatus.NEW.name().equals(cluster.status())) {
            triage.changeStatus(clusterId, ClusterStatus.IN_VERIFICATION, "draft " + articleId);
        }
        events.publishEvent(
                AuditEvent.of("report.cluster.draft", "report-cluster", clusterId, v.name() + " — draft " + articleId));
        return articleId;
    }

    /**
     * A report joined or left the cluster: its links are the claim's appearances in the article's
     * ClaimReview, so the article's cached page must go. For clustering and triage to call.
     */
    public void appearancesChanged(long clusterId) {
        queries.cluster(clusterId)
                .map(ClusterRow::refutationArticleId)
                .filter(articleId -> catalog.findPublishedById(articleId).isPresent())
                .ifPresent(articleId -> events.publishEvent(new StructuredData.Changed(articleId)));
    }

    private void saveClaim(ClusterRow cluster, String statement, Verdict verdict, long articleId) {
        if (cluster.claimId() == null) {
            queries.createClaim(cluster.id(), statement, verdict, category(cluster.id()), articleId);
        } else {
            queries.updateClaim(cluster.claimId(), statement, verdict, articleId);
        }
        events.publishEvent(new StructuredData.Changed(articleId));
    }

    private String category(long clusterId) {
        return queries.reports(clusterId).stream()
                .map(ReportRow::category)
                .filter(c -> c != null)
                .findFirst()
                .orElse(null);
    }

    static Verdict verdict(String code) {
        if (code != null) {
            for (Verdict v : Verdict.values()) {
                if (v.name().equals(code.strip())) {
                    return v;
                }
            }
        }
        throw new InvalidInputException("reports.refute.error.verdict");
    }

    static String statement(String raw) {
        String text = raw == null ? "" : VietnameseText.nfc(raw).strip().replaceAll("\\s+", " ");
        if (text.isEmpty() || text.length() > MAX_STATEMENT) {
            throw new InvalidInputException("reports.refute.error.statement", MAX_STATEMENT);
        }
        return text;
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Zone.VI);
    }
}
