package vn.lantoa.newsroom;

import java.time.Instant;
import java.util.List;

/**
 * A published article as the portal shows it.
 *
 * @param bodyHtml sanitised when it was saved; safe to render as is
 * @param coverMediaId the cover image, see {@link MediaUrls}; {@code null} when none
 * @param originName for republished items: the source's name ("Nguồn: …"), else {@code null}
 */
public record PublishedArticle(
        long id,
        long siteId,
        String slug,
        String title,
        String summary,
        String bodyHtml,
        String authorCredit,
        String photoCredit,
        long categoryId,
        String categorySlug,
        String categoryName,
        Instant publishedAt,
        Instant updatedAt,
        Long coverMediaId,
        String coverAlt,
        String originName,
        String originUrl,
        String originAuthor,
        Instant originPublishedAt,
        List<String> tags) {

    public PublishedArticle {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
