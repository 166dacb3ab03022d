package vn.lantoa.newsroom;

/**
 * Something the portal shows changed: a published article was edited or withdrawn
 * ({@code stillPublished} false), or a category or site setting changed ({@code articleId} null).
 */
public record ArticleChanged(Long articleId, long siteId, boolean stillPublished) {}
