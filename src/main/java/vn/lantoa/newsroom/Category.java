package vn.lantoa.newsroom;

/** A category of a site, in its display order. */
public record Category(long id, long siteId, String slug, String name, int sortOrder) {}
