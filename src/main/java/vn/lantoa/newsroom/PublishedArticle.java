package vn.lantoa.newsroom;

import java.time.Instant;

/**
 * A published article as the portal shows it.
 *
 * @param bodyHtml sanitised when it was saved; safe to render as is
 */
public record PublishedArticle(
        long id,
        String slug,
        String title,
        String summary,
        String bodyHtml,
        String authorCredit,
        String categorySlug,
        String categoryName,
        Instant publishedAt) {}
