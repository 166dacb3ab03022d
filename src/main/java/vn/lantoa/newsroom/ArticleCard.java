package vn.lantoa.newsroom;

import java.time.Instant;

/**
 * A published article as lists show it.
 *
 * @param coverMediaId the cover image, see {@link MediaUrls}; {@code null} when none
 */
public record ArticleCard(
        long id,
        String slug,
        String title,
        String summary,
        String categorySlug,
        String categoryName,
        Instant publishedAt,
        Long coverMediaId,
        String coverAlt) {}
