package vn.lantoa.portal.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Full-text search over title, summary and body (ADR 0016). Every word must match in its folded
 * form; results where the reader's own diacritics match come first, then phrase matches, then the
 * newest. Each of those four tiers is a query of its own on this node's {@link SearchEngine},
 * whose index is kept newest first, so a tier stops at the hits the page needs however many
 * articles match; the total is a count on the index. Only the page's articles are read from the
 * database, for their text.
 */
@Service
public class ArticleSearch {

    public static final int PAGE_SIZE = 10;
    /** Pages past this are not offered (their first hits would cost a scan of the tiers above). */
    public static final int MAX_PAGES = 100;

    private static final int SNIPPET_CHARS = 220;

    private final JdbcClient jdbc;
    private final SearchEngine engine;

    ArticleSearch(JdbcClient jdbc, SearchEngine engine) {
        this.jdbc = jdbc;
        this.engine = engine;
    }

    /** {@code page} starts at 1; out-of-range pages are clamped. */
    public SearchResults search(long siteId, String rawQuery, int page) {
        String query = SearchText.cleanQuery(rawQuery);
        List<String> foldedWords = SearchText.words(SearchText.folded(query));
        if (foldedWords.isEmpty()) {
            return SearchResults.empty(query);
        }
        List<String> exactWords = SearchText.words(SearchText.exact(query));
        try {
            IndexSearcher searcher = engine.acquire();
            try {
                return search(searcher, siteId, query, foldedWords, exactWords, page);
            } finally {
                engine.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchResults search(
            IndexSearcher searcher,
            long siteId,
            String query,
            List<String> foldedWords,
            List<String> exactWords,
            int page)
            throws IOException {
        BooleanQuery.Builder all = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchEngine.SITE, Long.toString(siteId))), Occur.FILTER);
        foldedWords.forEach(w -> all.add(new TermQuery(new Term(SearchEngine.FOLDED, w)), Occur.FILTER));
        Query matches = all.build();
        long total = searcher.count(matches);
        int pages = (int) Math.min(MAX_PAGES, Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        int current = Math.min(Math.max(page, 1), pages);
        int wanted = current * PAGE_SIZE;

        Query exact = allOf(SearchEngine.EXACT, exactWords.isEmpty() ? foldedWords : exactWords);
        Query phrase = phrase(SearchText.tokens(SearchText.folded(query)));
        List<Ranked> ranked = new ArrayList<>(wanted);
        for (boolean isExact : new boolean[] {true, false}) {
            for (boolean isPhrase : new boolean[] {true, false}) {
                if (ranked.size() >= wanted || (!isPhrase && phrase == null)) {
                    continue;
                }
                BooleanQuery.Builder tier = new BooleanQuery.Builder().add(matches, Occur.FILTER);
                tier.add(exact, isExact ? Occur.FILTER : Occur.MUST_NOT);
                if (phrase != null) {
                    tier.add(phrase, isPhrase ? Occur.FILTER : Occur.MUST_NOT);
                }
                int need = wanted - ranked.size();
                // the index's own order: the scan of a tier ends once it has what the page needs
                ScoreDoc[] hits = searcher.search(
                                tier.build(), new TopFieldCollectorManager(SearchEngine.NEWEST_FIRST, need, null, need))
                        .scoreDocs;
                for (ScoreDoc hit : hits) {
                    ranked.add(new Ranked((Long) ((FieldDoc) hit).fields[1], isExact, isPhrase || phrase == null));
                }
            }
        }
        List<Ranked> shown = ranked.subList(Math.min(ranked.size(), (current - 1) * PAGE_SIZE), ranked.size());
        return new SearchResults(query, hits(shown, foldedWords), total, current, pages);
    }

    private static Query allOf(String field, List<String> words) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        words.forEach(w -> q.add(new TermQuery(new Term(field, w)), Occur.FILTER));
        return q.build();
    }

    /** The query's words in a row, as a run of word pairs; {@code null} for one word (every match is a phrase). */
    private static Query phrase(List<String> tokens) {
        List<String> words = tokens.subList(0, Math.min(tokens.size(), SearchText.MAX_QUERY_WORDS));
        if (words.size() < 2) {
            return null;
        }
        if (words.size() == 2) {
            return new TermQuery(new Term(SearchEngine.PAIRS, SearchEngine.pair(words.get(0), words.get(1))));
        }
        PhraseQuery.Builder q = new PhraseQuery.Builder();
        for (int i = 1; i < words.size(); i++) {
            q.add(new Term(SearchEngine.PAIRS, SearchEngine.pair(words.get(i - 1), words.get(i))), i - 1);
        }
        return q.build();
    }

    private record Ranked(long id, boolean exact, boolean phrase) {}

    /** The page's articles, read from the shared table in the order ranked (one that went meanwhile is left out). */
    private List<SearchHit> hits(List<Ranked> ranked, List<String> foldedWords) {
        if (ranked.isEmpty()) {
            return List.of();
        }
        Map<Long, SearchHit> byId = new HashMap<>();
        Map<Long, Ranked> rank = new HashMap<>();
        ranked.forEach(r -> rank.put(r.id(), r));
        jdbc.sql("""
                SELECT article_id, slug, title, summary, body_text, category_slug, category_name, published_at
                FROM portal_search_doc WHERE article_id = ANY(?) AND NOT deleted""")
                .param(ranked.stream().map(Ranked::id).toArray(Long[]::new))
                .query(rs -> {
                    long id = rs.getLong("article_id");
                    String summary = rs.getString("summary");
                    String body = rs.getString("body_text");
                    String source = SearchText.snippet(summary, foldedWords, SNIPPET_CHARS)
                                    .contains("<mark>")
                            ? summary
                            : body;
                    Timestamp published = rs.getTimestamp("published_at");
                    Ranked r = rank.get(id);
                    byId.put(
                            id,
                            new SearchHit(
                                    id,
                                    rs.getString("slug"),
                                    rs.getString("title"),
                                    summary,
                                    SearchText.snippet(source, foldedWords, SNIPPET_CHARS),
                                    rs.getString("category_slug"),
                                    rs.getString("category_name"),
                                    published.toInstant(),
                                    r.exact(),
                                    r.phrase()));
                });
        return ranked.stream().map(r -> byId.get(r.id())).filter(h -> h != null).toList();
    }

    /** The title with the query's words marked, escaped. */
    public static String markTitle(String title, String query) {
        return SearchText.snippet(title, SearchText.words(SearchText.folded(query)), Integer.MAX_VALUE / 2);
    }
}
