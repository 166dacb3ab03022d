package vn.lantoa.newsroom.internal;

import java.time.Instant;
import java.util.List;

/**
 * What an editor writes: everything of an article except its workflow state. The one declaration
 * of these fields: the editor form binds into it and the JSON API unwraps it. The category may be
 * missing in what an editor sends; {@link ContentRules} refuses that, so a stored article has one.
 */
public record ArticleContent(
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
        List<String> tags) {

    public ArticleContent {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public ArticleContent withText(String newTitle, String newSummary, String newBody) {
        return new ArticleContent(
                newTitle,
                newSummary,
                newBody,
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

    public ArticleContent withCover(Long mediaId) {
        return new ArticleContent(
                title,
                summary,
                bodyHtml,
                categoryId,
                mediaId,
                coverAlt,
                authorCredit,
                photoCredit,
                originName,
                originUrl,
                originAuthor,
                originPublishedAt,
                tags);
    }
}
