package vn.lantoa.reports.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.ArticleUrls;
import vn.lantoa.newsroom.PublishedArticle;
import vn.lantoa.platform.NotFoundException;
import vn.lantoa.reports.internal.ReportIntake;
import vn.lantoa.reports.internal.ReportSubmission;
import vn.lantoa.reports.internal.SimilarClaim;

/** What the public and the member report pages share: the submission from a form, the pages. */
@Component
class ReportForms {

    private final ReportIntake intake;
    private final ArticleCatalog articles;

    ReportForms(ReportIntake intake, ArticleCatalog articles) {
        this.intake = intake;
        this.articles = articles;
    }

    ReportFormPage emptyPage(String action, boolean member) {
        return new ReportFormPage(
                IntakeForm.empty(UUID.randomUUID().toString()), List.of(), intake.categories(), action, member);
    }

    ReportFormPage invalidPage(IntakeForm form, String key, Object[] args, String action, boolean member) {
        IntakeForm kept = form.key() == null || form.key().isBlank()
                ? new IntakeForm(
                        form.content(),
                        form.links(),
                        form.category(),
                        "",
                        form.email(),
                        form.phone(),
                        form.consent(),
                        UUID.randomUUID().toString())
                : form;
        return new ReportFormPage(
                kept, List.of(new ReportFormPage.FormError(key, args)), intake.categories(), action, member);
    }

    static ReportSubmission submission(IntakeForm form, MultipartFile screenshot) {
        try {
            byte[] image = screenshot == null || screenshot.isEmpty() ? null : screenshot.getBytes();
            return new ReportSubmission(
                    form.content(),
                    form.linkList(),
                    form.category(),
                    image,
                    form.email(),
                    form.phone(),
                    form.consented(),
                    form.key());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ReceivedPage received(String code, String againUrl) {
        if (code == null || code.isBlank()) {
            return new ReceivedPage(null, false, List.of(), againUrl);
        }
        String clean = code.strip().toUpperCase(Locale.ROOT);
        List<SimilarClaim> matches = intake.matchesFor(clean).orElseThrow(() -> new NotFoundException());
        return new ReceivedPage(
                clean,
                intake.joinedOthers(clean),
                matches.stream().map(this::match).toList(),
                againUrl);
    }

    private ReceivedPage.Match match(SimilarClaim m) {
        Optional<PublishedArticle> article = refutation(m);
        return new ReceivedPage.Match(
                m.statement(),
                m.verdict().vafcLabel(),
                article.map(PublishedArticle::title).orElse(null),
                article.map(a -> ArticleUrls.path(a.slug())).orElse(null));
    }

    Optional<PublishedArticle> refutation(SimilarClaim m) {
        return m.refutationArticleId() == null ? Optional.empty() : articles.findPublishedById(m.refutationArticleId());
    }
}
