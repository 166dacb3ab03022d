package vn.lantoa.portal.internal;

import java.time.Instant;

/**
 * One search result.
 *
 * @param snippetHtml escaped text with the matches in {@code <mark>}: safe to render as is
 */
public record SearchHit(
        long id,
        String slug,
        String title,
        String summary,
        String snippetHtml,
        String categorySlug,
        String categoryName,
        Instant publishedAt,
        boolean exactMatch,
        boolean phraseMatch) {}
