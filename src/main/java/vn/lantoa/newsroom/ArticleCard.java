package vn.lantoa.newsroom;

import java.time.Instant;

/** A published article as lists show it. */
public record ArticleCard(
        long id,
        String slug,
        String title,
        String summary,
        String categorySlug,
        String categoryName,
        Instant publishedAt) {}
