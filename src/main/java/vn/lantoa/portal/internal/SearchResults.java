package vn.lantoa.portal.internal;

import java.util.List;

/** One page of search results; {@code page} starts at 1. */
public record SearchResults(String query, List<SearchHit> items, long total, int page, int pages) {

    public static SearchResults empty(String query) {
        return new SearchResults(query, List.of(), 0, 1, 1);
    }
}
