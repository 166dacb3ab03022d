package vn.lantoa.newsroom;

/** An article became visible on the portal (published now, or its scheduled time came). */
public record ArticlePublished(long articleId, long siteId, String slug) {}
