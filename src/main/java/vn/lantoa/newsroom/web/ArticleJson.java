package vn.lantoa.newsroom.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import vn.lantoa.newsroom.internal.Article;
import vn.lantoa.newsroom.internal.ArticleContent;

/**
 * An article as the editors' JSON API reads and answers it: the workflow fields and, flat beside
 * them, the fields of its {@link ArticleContent} (unwrapped, so the JSON is one object as before).
 * What a client sends as status, slug or times is ignored.
 */
public record ArticleJson(
        Long id,
        Long siteId,
        String slug,
        String status,
        Integer version,
        @JsonUnwrapped ArticleContent content,
        Instant scheduledAt,
        Instant publishedAt) {

    static ArticleJson of(Article a) {
        return new ArticleJson(
                a.id(),
                a.siteId(),
                a.slug(),
                a.status().name(),
                a.version(),
                a.content(),
                a.scheduledAt(),
                a.publishedAt());
    }

    /** Body of {@code submit|approve|publish}; both fields optional. */
    public record TransitionRequest(String comment, Instant publishAt) {}

    /** Answer to an upload. */
    public record MediaJson(long id, String list, String article, String og) {}
}
