package vn.lantoa.newsroom;

import java.time.Instant;

/** A published article's address and when it last changed: what a sitemap lists. */
public record ArticleStamp(String slug, Instant lastModified) {}
