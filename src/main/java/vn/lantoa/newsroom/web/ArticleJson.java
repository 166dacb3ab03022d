package vn.lantoa.newsroom.web;

import java.time.Instant;
import java.util.List;
import vn.lantoa.newsroom.internal.Article;
import vn.lantoa.newsroom.internal.ArticleContent;

/** An article as the editors' JSON API reads and answers it. */
public record ArticleJson(
        Long id,
        Long siteId,
        String slug,
        String status,
        Integer version,
        String title,
        String summary,
        String bodyHtml,
        Long categoryId,
        Long coverMediaId,
        String coverAlt,
        String authorCredit,
        String photoCredit,
        String originName,
        String originUrl,
        String originAuthor,
        Instant originPublishedAt,
        List<String> tags,
        Instant scheduledAt,
        Instant publishedAt) {

    static ArticleJson of(Article a) {
        ArticleContent c = a.content();
        return new ArticleJson(
                a.id(),
                a.siteId(),
                a.slug(),
                a.status().name(),
                a.version(),
                c.title(),
                c.summary(),
                c.bodyHtml(),
                c.categoryId(),
                c.coverMediaId(),
                c.coverAlt(),
                c.authorCredit(),
                c.photoCredit(),
                c.originName(),
                c.originUrl(),
                c.originAuthor(),
                c.originPublishedAt(),
                c.tags(),
                a.scheduledAt(),
                a.publishedAt());
    }

    /** The content to save (status, slug and times the client sends are ignored). */
    ArticleContent content() {
        if (categoryId == null) {
            throw new vn.lantoa.platform.InvalidInputException("newsroom.error.categoryUnknown");
        }
        return new ArticleContent(
                title,
                summary,
                bodyHtml,
                categoryId,
                coverMediaId,
                coverAlt,
                authorCredit,
                photoCredit,
                originName,
                originUrl,
                originAuthor,
                originPublishedAt,
                tags);
    }

    /** Body of {@code submit|approve|publish}; both fields optional. */
    public record TransitionRequest(String comment, Instant publishAt) {}

    /** Answer to an upload. */
    public record MediaJson(long id, String list, String article, String og) {}
}
