package vn.lantoa.reports.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.lantoa.newsroom.ArticleCard;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.ArticleUrls;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.platform.NotSignedInException;
import vn.lantoa.reports.internal.ClusterScope;
import vn.lantoa.reports.internal.Forwarding;
import vn.lantoa.reports.internal.LinkRechecks;
import vn.lantoa.reports.internal.RefutationQueries;
import vn.lantoa.reports.internal.Refutations;

/** Back office: refute a cluster, forward it, follow its links (HANDLER or ADMIN within scope). */
@Controller
class RefuteController {

    private final Refutations refutations;
    private final Forwarding forwarding;
    private final RefutationQueries queries;
    private final ClusterScope scope;
    private final ArticleCatalog catalog;
    private final LinkRechecks rechecks;
    private final MessageSource messages;

    RefuteController(
            Refutations refutations,
            Forwarding forwarding,
            RefutationQueries queries,
            ClusterScope scope,
            ArticleCatalog catalog,
            LinkRechecks rechecks,
            MessageSource messages) {
        this.refutations = refutations;
        this.forwarding = forwarding;
        this.queries = queries;
        this.scope = scope;
        this.catalog = catalog;
        this.rechecks = rechecks;
        this.messages = messages;
    }

    @GetMapping(ReportsRoutes.REFUTE)
    String page(@PathVariable long clusterId, @RequestParam(name = "q", required = false) String q, Model model) {
        CurrentUser user = user();
        scope.require(user, clusterId);
        RefutationQueries.ClusterRow cluster = queries.cluster(clusterId).orElseThrow();
        List<RefutationQueries.ReportRow> reports = queries.reports(clusterId);
        String articleTitle = null;
        String articleUrl = null;
        Long draftId = null;
        if (cluster.refutationArticleId() != null) {
            var published = catalog.findPublishedById(cluster.refutationArticleId());
            if (published.isPresent()) {
                articleTitle = published.get().title();
                articleUrl = ArticleUrls.path(published.get().slug());
            } else {
                draftId = cluster.refutationArticleId();
            }
        }
        String statement = cluster.statement() != null
                ? cluster.statement()
                : reports.isEmpty() ? "" : reports.getFirst().content();
        String query = q == null ? "" : q.strip();
        List<ArticleCard> found = catalog.searchPublished(query, 10);
        model.addAttribute(
                "page",
                new RefutePage(
                        clusterId,
                        cluster.status(),
                        cluster,
                        articleTitle,
                        articleUrl,
                        draftId,
                        statement,
                        query,
                        found,
                        reports,
                        forwarding.view(clusterId, user),
                        rechecks.enabled(),
                        queries.transitions(clusterId),
                        (String) model.getAttribute("notice"),
                        (String) model.getAttribute("error")));
        return "reports/refute";
    }

    @PostMapping(ReportsRoutes.REFUTE_LINK)
    String link(
            @PathVariable long clusterId,
            @RequestParam(required = false) String articleId,
            @RequestParam(required = false) String verdict,
            @RequestParam(required = false) String statement,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        try {
            refutations.linkArticle(clusterId, articleId(articleId), verdict, statement, user());
            redirect.addFlashAttribute("notice", t(request, "reports.refute.linked"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", t(request, e.messageKey(), e.args()));
        }
        return redirectTo(clusterId);
    }

    @PostMapping(ReportsRoutes.REFUTE_DRAFT)
    String draft(
            @PathVariable long clusterId,
            @RequestParam(required = false) String verdict,
            @RequestParam(required = false) String statement,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        try {
            long id = refutations.startDraft(clusterId, verdict, statement, user());
            redirect.addFlashAttribute("notice", t(request, "reports.refute.draftStarted", String.valueOf(id)));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", t(request, e.messageKey(), e.args()));
        }
        return redirectTo(clusterId);
    }

    @PostMapping(ReportsRoutes.FORWARD)
    String forward(
            @PathVariable long clusterId,
            @RequestParam(required = false) String recipient,
            @RequestParam(required = false) String note,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        try {
            forwarding.markForwarded(clusterId, recipient, note, user());
            redirect.addFlashAttribute("notice", t(request, "reports.forward.done", recipient.strip()));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", t(request, e.messageKey(), e.args()));
        }
        return redirectTo(clusterId);
    }

    @GetMapping(ReportsRoutes.PACKAGE_JSON)
    ResponseEntity<byte[]> packageJson(@PathVariable long clusterId) {
        return download(forwarding.json(clusterId, user()), MediaType.APPLICATION_JSON, clusterId, "json");
    }

    @GetMapping(ReportsRoutes.PACKAGE_PDF)
    ResponseEntity<byte[]> packagePdf(@PathVariable long clusterId) {
        return download(forwarding.pdf(clusterId, user()), MediaType.APPLICATION_PDF, clusterId, "pdf");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, long clusterId, String ext) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("phan-anh-" + clusterId + "." + ext)
                                .build()
                                .toString())
                .body(body);
    }

    private static long articleId(String raw) {
        try {
            return Long.parseLong(raw == null ? "" : raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("reports.refute.error.article");
        }
    }

    private static String redirectTo(long clusterId) {
        return "redirect:" + ReportsRoutes.refute(clusterId);
    }

    private String t(HttpServletRequest request, String key, Object... args) {
        Locale locale = RequestContextUtils.getLocale(request);
        return messages.getMessage(key, args, key, locale);
    }

    private static CurrentUser user() {
        return CurrentUser.get().orElseThrow(() -> new NotSignedInException());
    }
}
