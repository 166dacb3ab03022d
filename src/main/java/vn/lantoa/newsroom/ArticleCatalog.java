package vn.lantoa.newsroom;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read access to published articles, for the portal and the other modules. */
@Service
public class ArticleCatalog {

    private static final String CARD_COLUMNS = """
            a.id, a.slug, a.title, a.summary, c.slug AS category_slug, c.name AS category_name, a.published_at""";

    private final JdbcClient jdbc;

    ArticleCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first. */
    public List<ArticleCard> latest(int limit) {
        return jdbc.sql("SELECT " + CARD_COLUMNS + """
                 FROM news_article a JOIN news_category c ON c.id = a.category_id
                WHERE a.status = 'PUBLISHED' AND a.published_at <= now()
                ORDER BY a.published_at DESC, a.id DESC LIMIT ?""")
                .param(limit)
                .query((rs, n) -> new ArticleCard(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        rs.getString("title"),
                        rs.getString("summary"),
                        rs.getString("category_slug"),
                        rs.getString("category_name"),
                        rs.getTimestamp("published_at").toInstant()))
                .list();
    }

    public Optional<PublishedArticle> findPublished(String slug) {
        return jdbc.sql("""
                SELECT a.id, a.slug, a.title, a.summary, a.body_html, a.author_credit,
                       c.slug AS category_slug, c.name AS category_name, a.published_at
                  FROM news_article a JOIN news_category c ON c.id = a.category_id
                 WHERE a.slug = ? AND a.status = 'PUBLISHED' AND a.published_at <= now()""")
                .param(slug)
                .query((rs, n) -> new PublishedArticle(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        rs.getString("title"),
                        rs.getString("summary"),
                        rs.getString("body_html"),
                        rs.getString("author_credit"),
                        rs.getString("category_slug"),
                        rs.getString("category_name"),
                        rs.getTimestamp("published_at").toInstant()))
                .optional();
    }
}
