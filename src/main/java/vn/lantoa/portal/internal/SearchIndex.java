package vn.lantoa.portal.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.PublishedArticle;

/**
 * The portal's own copy of every published article's text, in the two forms search matches on.
 * Kept current by the newsroom's events and brought up to date at start-up (articles written
 * straight into the database, e.g. the demo, or events missed while the app was down).
 */
@Component
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final JdbcClient jdbc;
    private final ArticleCatalog catalog;
    private final SearchEngine engine;

    SearchIndex(JdbcClient jdbc, ArticleCatalog catalog, SearchEngine engine) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.engine = engine;
    }

    /**
     * Indexes the article if it is published, else removes it; idempotent. This node's search finds
     * it on return (the caller is past its commit), the others within their follow interval.
     */
    public void refresh(long articleId) {
        catalog.findPublishedById(articleId).ifPresentOrElse(this::put, () -> markRemoved(articleId));
        engine.follow();
    }

    public void remove(long articleId) {
        markRemoved(articleId);
        engine.follow();
    }

    /** The row stays, without its text, until every node's index has seen it go. */
    private void markRemoved(long articleId) {
        jdbc.sql("""
                UPDATE portal_search_doc SET deleted = TRUE, title = '', summary = '', body_text = '',
                    written_xid = pg_current_xact_id()
                WHERE article_id = ? AND NOT deleted""").param(articleId).update();
    }

    /**
     * Re-indexes what changed since it was indexed and drops what is no longer published. Compares
     * ids and times first (one light query each side), then reads only the changed articles, so a
     * site of a hundred thousand articles is checked without holding their bodies in memory.
     */
    public int bringUpToDate(long siteId) {
        Map<Long, Instant> indexed = new HashMap<>();
        jdbc.sql("SELECT article_id, source_updated_at FROM portal_search_doc WHERE site_id = ? AND NOT deleted")
                .param(siteId)
                .query(rs -> {
                    Timestamp t = rs.getTimestamp(2);
                    indexed.put(rs.getLong(1), t == null ? null : t.toInstant());
                });
        Map<Long, Instant> published = catalog.publishedVersions(siteId);
        int changed = 0;
        for (var article : published.entrySet()) {
            Instant known = indexed.get(article.getKey());
            if (known == null || !known.equals(article.getValue())) {
                var current = catalog.findPublishedById(article.getKey());
                if (current.isPresent()) {
                    put(current.get());
                    changed++;
                }
            }
        }
        for (Long id : indexed.keySet()) {
            if (!published.containsKey(id)) {
                markRemoved(id);
                changed++;
            }
        }
        engine.follow();
        if (changed > 0) {
            log.info("Search index of site {}: {} articles re-indexed or removed", siteId, changed);
        }
        return changed;
    }

    /** Re-indexes every published article of a site (after a category was renamed). */
    public void reindexAll(long siteId) {
        jdbc.sql("UPDATE portal_search_doc SET source_updated_at = NULL WHERE site_id = ?")
                .param(siteId)
                .update();
        bringUpToDate(siteId);
    }

    /** Sites the index knows of besides the default one. */
    public List<Long> indexedSites() {
        return jdbc.sql("SELECT DISTINCT site_id FROM portal_search_doc WHERE NOT deleted")
                .query(Long.class)
                .list();
    }

    void put(PublishedArticle a) {
        String body = SearchText.plainText(a.bodyHtml());
        String title = nz(a.title());
        String summary = nz(a.summary());
        jdbc.sql("""
                INSERT INTO portal_search_doc (article_id, site_id, slug, title, summary, body_text, category_slug,
                    category_name, published_at, source_updated_at)
                VALUES (:id, :site, :slug, :title, :summary, :body, :cslug, :cname, :published, :updated)
                ON CONFLICT (article_id) DO UPDATE SET site_id = EXCLUDED.site_id, slug = EXCLUDED.slug,
                    title = EXCLUDED.title, summary = EXCLUDED.summary, body_text = EXCLUDED.body_text,
                    category_slug = EXCLUDED.category_slug, category_name = EXCLUDED.category_name,
                    published_at = EXCLUDED.published_at, source_updated_at = EXCLUDED.source_updated_at,
                    deleted = FALSE, written_xid = pg_current_xact_id()""")
                .param("id", a.id())
                .param("site", a.siteId())
                .param("slug", a.slug())
                .param("title", title)
                .param("summary", summary)
                .param("body", body)
                .param("cslug", a.categorySlug())
                .param("cname", a.categoryName())
                .param("published", Timestamp.from(a.publishedAt()))
                .param("updated", a.updatedAt() == null ? null : Timestamp.from(a.updatedAt()))
                .update();
    }

    private static String nz(String s) {
        return s == null ? "" : vn.lantoa.platform.VietnameseText.nfc(s);
    }
}
