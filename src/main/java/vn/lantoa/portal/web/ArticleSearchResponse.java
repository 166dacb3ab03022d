package vn.lantoa.portal.web;

import java.util.List;

/** JSON answer of {@code GET /api/v1/articles}. */
public record ArticleSearchResponse(List<Item> items, long total) {

    public record Item(
            long id, String title, String slug, String url, String summary, String publishedAt, String category) {}
}
