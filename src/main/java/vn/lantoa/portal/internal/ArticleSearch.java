package vn.lantoa.portal.internal;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Full-text search over title, summary and body. Every word must match in its folded form;
 * results where the reader's own diacritics match come first, then phrase matches, then the
 * newest.
 */
@Service
public class ArticleSearch {

    public static final int PAGE_SIZE = 10;
    private static final int SNIPPET_CHARS = 220;

    private final JdbcClient jdbc;

    ArticleSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code page} starts at 1; out-of-range pages are clamped. */
    public SearchResults search(long siteId, String rawQuery, int page) {
        String query = SearchText.cleanQuery(rawQuery);
        List<String> exactWords = SearchText.words(SearchText.exact(query));
        List<String> foldedWords = SearchText.words(SearchText.folded(query));
        if (foldedWords.isEmpty()) {
            return SearchResults.empty(query);
        }
        // words are letters and digits only, so joining them cannot inject tsquery syntax
        String foldedAll = String.join(" & ", foldedWords);
        String foldedPhrase = String.join(" <-> ", foldedWords);
        String exactAll = exactWords.isEmpty() ? foldedAll : String.join(" & ", exactWords);
        long total = jdbc.sql("""
                SELECT count(*) FROM portal_search_doc
                WHERE site_id = ? AND folded_tsv @@ to_tsquery('simple', ?)""").params(siteId, foldedAll).query(Long.class).single();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        List<SearchHit> hits = jdbc.sql("""
                SELECT article_id, slug, title, summary, body_text, category_slug, category_name, published_at,
                       exact_tsv @@ to_tsquery('simple', :exact) AS exact_match,
                       folded_tsv @@ to_tsquery('simple', :phrase) AS phrase_match
                FROM portal_search_doc
                WHERE site_id = :site AND folded_tsv @@ to_tsquery('simple', :folded)
                ORDER BY exact_match DESC, phrase_match DESC, published_at DESC, article_id DESC
                LIMIT :limit OFFSET :offset""")
                .param("exact", exactAll)
                .param("phrase", foldedPhrase)
                .param("site", siteId)
                .param("folded", foldedAll)
                .param("limit", PAGE_SIZE)
                .param("offset", (long) (current - 1) * PAGE_SIZE)
                .query((rs, n) -> {
                    String summary = rs.getString("summary");
                    String body = rs.getString("body_text");
                    String source = SearchText.snippet(summary, foldedWords, SNIPPET_CHARS)
                                    .contains("<mark>")
                            ? summary
                            : body;
                    Timestamp published = rs.getTimestamp("published_at");
                    return new SearchHit(
                            rs.getLong("article_id"),
                            rs.getString("slug"),
                            rs.getString("title"),
                            summary,
                            SearchText.snippet(source, foldedWords, SNIPPET_CHARS),
                            rs.getString("category_slug"),
                            rs.getString("category_name"),
                            published.toInstant(),
                            rs.getBoolean("exact_match"),
                            rs.getBoolean("phrase_match"));
                })
                .list();
        return new SearchResults(query, hits, total, current, pages);
    }

    /** The title with the query's words marked, escaped. */
    public static String markTitle(String title, String query) {
        return SearchText.snippet(title, SearchText.words(SearchText.folded(query)), Integer.MAX_VALUE / 2);
    }
}
