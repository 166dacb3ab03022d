package vn.lantoa.newsroom;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Read access to sites, categories and published articles, for the portal and the other modules.
 * "Published" means status PUBLISHED with a publication time that has come.
 */
@Service
public class ArticleCatalog {

    private static final String VISIBLE = " a.status = 'PUBLISHED' AND a.published_at <= now() ";
    private static final String CARD_COLUMNS = """
            a.id, a.slug, a.title, a.summary, c.slug AS category_slug, c.name AS category_name,
            a.published_at, a.cover_media_id, a.cover_alt""";
    private static final String ARTICLE_COLUMNS = """
            a.id, a.site_id, a.slug, a.title, a.summary, a.body_html, a.author_credit, a.photo_credit,
            c.id AS category_id, c.slug AS category_slug, c.name AS category_name, a.published_at, a.updated_at,
            a.cover_media_id, a.cover_alt, a.origin_name, a.origin_url, a.origin_author, a.origin_published_at,
            a.tags""";
    private static final String FROM = " FROM news_article a JOIN news_category c ON c.id = a.category_id ";

    private final JdbcClient jdbc;

    ArticleCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The site whose host matches, else the first site (the default, e.g. on localhost). */
    public Optional<Site> siteForHost(String host) {
        String bare = host == null ? "" : host.toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", "");
        return jdbc.sql("""
                SELECT id, code, host, name FROM news_site
                ORDER BY (host = ?) DESC NULLS LAST, id LIMIT 1""")
                .param(bare)
                .query((rs, n) ->
                        new Site(rs.getLong("id"), rs.getString("code"), rs.getString("host"), rs.getString("name")))
                .optional();
    }

    public List<Category> categories(long siteId) {
        return jdbc.sql(
                        "SELECT id, site_id, slug, name, sort_order FROM news_category WHERE site_id = ? ORDER BY sort_order, id")
                .param(siteId)
                .query((rs, n) -> new Category(
                        rs.getLong("id"),
                        rs.getLong("site_id"),
                        rs.getString("slug"),
                        rs.getString("name"),
                        rs.getInt("sort_order")))
                .list();
    }

    /** Newest first, across all sites (kept for callers that serve the default site). */
    public List<ArticleCard> latest(int limit) {
        return jdbc.sql("SELECT " + CARD_COLUMNS + FROM + "WHERE" + VISIBLE
                        + "ORDER BY a.published_at DESC, a.id DESC LIMIT ?")
                .param(limit)
                .query(ArticleCatalog::card)
                .list();
    }

    /** Newest first within one site. */
    public List<ArticleCard> latest(long siteId, int limit) {
        return jdbc.sql("SELECT " + CARD_COLUMNS + FROM + "WHERE a.site_id = ? AND" + VISIBLE
                        + "ORDER BY a.published_at DESC, a.id DESC LIMIT ?")
                .params(siteId, limit)
                .query(ArticleCatalog::card)
                .list();
    }

    /**
     * The front page's articles in one statement: the site's newest {@code latest} and the newest
     * {@code perCategory} of each of its categories (a lateral subquery per category, on the category
     * index), each list newest first. Categories without articles are absent from the map.
     */
    public FrontPage frontPage(long siteId, int latest, int perCategory) {
        Map<Long, List<ArticleCard>> sections = new HashMap<>();
        jdbc.sql("SELECT 0::bigint AS section, x.* FROM (SELECT " + CARD_COLUMNS + FROM + "WHERE a.site_id = ? AND"
                        + VISIBLE + "ORDER BY a.published_at DESC, a.id DESC LIMIT ?) x UNION ALL SELECT c.id, y.*"
                        + " FROM news_category c CROSS JOIN LATERAL (SELECT " + CARD_COLUMNS
                        + " FROM news_article a WHERE a.category_id = c.id AND" + VISIBLE
                        + "ORDER BY a.published_at DESC, a.id DESC LIMIT ?) y WHERE c.site_id = ?")
                .params(siteId, latest, perCategory, siteId)
                .query(rs -> {
                    sections.computeIfAbsent(rs.getLong("section"), k -> new java.util.ArrayList<>())
                            .add(card(rs, 0));
                });
        java.util.Comparator<ArticleCard> newestFirst = java.util.Comparator.comparing(ArticleCard::publishedAt)
                .thenComparingLong(ArticleCard::id)
                .reversed();
        sections.values().forEach(cards -> cards.sort(newestFirst));
        List<ArticleCard> newest = sections.remove(0L);
        return new FrontPage(newest == null ? List.of() : newest, sections);
    }

    /** One page of a category, newest first; {@code page} starts at 0. */
    public List<ArticleCard> inCategory(long categoryId, int page, int size) {
        return jdbc.sql("SELECT " + CARD_COLUMNS + FROM + "WHERE a.category_id = ? AND" + VISIBLE
                        + "ORDER BY a.published_at DESC, a.id DESC LIMIT ? OFFSET ?")
                .params(categoryId, size, (long) page * size)
                .query(ArticleCatalog::card)
                .list();
    }

    /**
     * One page of a category, newest first, and how many articles the category has, in one statement
     * (the count is an uncorrelated subquery, run once, on the index); {@code exceptId} (0: none) is
     * left out of both, for "Tin khác" beside an article. {@code page} starts at 0. A page past the
     * end has no cards; its total comes from a second, counting statement.
     */
    public CardPage pageOfCategory(long categoryId, long exceptId, int page, int size) {
        String where = "WHERE a.category_id = ? AND a.id <> ? AND" + VISIBLE;
        long offset = (long) page * size;
        var total = new long[] {-1};
        List<ArticleCard> cards = jdbc.sql("SELECT " + CARD_COLUMNS + ", (SELECT count(*) FROM news_article a " + where
                        + ") AS total" + FROM + where + "ORDER BY a.published_at DESC, a.id DESC LIMIT ? OFFSET ?")
                .params(categoryId, exceptId, categoryId, exceptId, size, offset)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return card(rs, n);
                })
                .list();
        if (total[0] < 0) {
            total[0] = jdbc.sql("SELECT count(*) FROM news_article a " + where)
                    .params(categoryId, exceptId)
                    .query(Long.class)
                    .single();
        }
        return new CardPage(cards, total[0]);
    }

    public long countInCategory(long categoryId) {
        return jdbc.sql("SELECT count(*)" + FROM + "WHERE a.category_id = ? AND" + VISIBLE)
                .param(categoryId)
                .query(Long.class)
                .single();
    }

    /**
     * A published article with one page of the other articles of its category ("Tin khác", newest
     * first, {@code page} from 0) and how many there are, in one statement: a render waits for one
     * round trip to the database, not three (BENCHMARKS.md, "Render"). The others come as parallel
     * arrays from a lateral subquery on the category index.
     */
    public Optional<ArticleWithOthers> findPublishedWithOthers(long siteId, String slug, int page, int size) {
        return jdbc.sql("SELECT " + ARTICLE_COLUMNS + """
                        , o.ids, o.slugs, o.titles, o.summaries, o.published, o.covers, o.cover_alts,
                        (SELECT count(*) FROM news_article b WHERE b.category_id = a.category_id AND b.id <> a.id
                            AND b.status = 'PUBLISHED' AND b.published_at <= now()) AS others_total
                        """ + FROM + """
                        LEFT JOIN LATERAL (
                            SELECT array_agg(b.id ORDER BY b.published_at DESC, b.id DESC) AS ids,
                                   array_agg(b.slug ORDER BY b.published_at DESC, b.id DESC) AS slugs,
                                   array_agg(b.title ORDER BY b.published_at DESC, b.id DESC) AS titles,
                                   array_agg(b.summary ORDER BY b.published_at DESC, b.id DESC) AS summaries,
                                   array_agg(b.published_at ORDER BY b.published_at DESC, b.id DESC) AS published,
                                   array_agg(b.cover_media_id ORDER BY b.published_at DESC, b.id DESC) AS covers,
                                   array_agg(b.cover_alt ORDER BY b.published_at DESC, b.id DESC) AS cover_alts
                            FROM (SELECT b.id, b.slug, b.title, b.summary, b.published_at, b.cover_media_id, b.cover_alt
                                  FROM news_article b
                                  WHERE b.category_id = a.category_id AND b.id <> a.id
                                    AND b.status = 'PUBLISHED' AND b.published_at <= now()
                                  ORDER BY b.published_at DESC, b.id DESC LIMIT ? OFFSET ?) b
                        ) o ON true
                        WHERE a.site_id = ? AND a.slug = ? AND""" + VISIBLE)
                .params(size, (long) page * size, siteId, slug)
                .query((rs, n) ->
                        new ArticleWithOthers(article(rs, n), new CardPage(others(rs), rs.getLong("others_total"))))
                .optional();
    }

    private static List<ArticleCard> others(ResultSet rs) throws SQLException {
        Long[] ids = array(rs, "ids", Long[].class);
        if (ids == null) {
            return List.of();
        }
        String[] slugs = array(rs, "slugs", String[].class);
        String[] titles = array(rs, "titles", String[].class);
        String[] summaries = array(rs, "summaries", String[].class);
        Timestamp[] published = array(rs, "published", Timestamp[].class);
        Long[] covers = array(rs, "covers", Long[].class);
        String[] alts = array(rs, "cover_alts", String[].class);
        String categorySlug = rs.getString("category_slug");
        String categoryName = rs.getString("category_name");
        List<ArticleCard> cards = new java.util.ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            cards.add(new ArticleCard(
                    ids[i],
                    slugs[i],
                    titles[i],
                    summaries[i],
                    categorySlug,
                    categoryName,
                    instant(published[i]),
                    covers[i],
                    alts[i]));
        }
        return cards;
    }

    private static <T> T array(ResultSet rs, String column, Class<T> type) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        return array == null ? null : type.cast(array.getArray());
    }

    /** Slug lookup across sites (slugs are unique per site; the default site wins a tie). */
    public Optional<PublishedArticle> findPublished(String slug) {
        return jdbc.sql("SELECT " + ARTICLE_COLUMNS + FROM + "WHERE a.slug = ? AND" + VISIBLE
                        + "ORDER BY a.site_id LIMIT 1")
                .param(slug)
                .query(ArticleCatalog::article)
                .optional();
    }

    public Optional<PublishedArticle> findPublished(long siteId, String slug) {
        return jdbc.sql("SELECT " + ARTICLE_COLUMNS + FROM + "WHERE a.site_id = ? AND a.slug = ? AND" + VISIBLE)
                .params(siteId, slug)
                .query(ArticleCatalog::article)
                .optional();
    }

    public Optional<PublishedArticle> findPublishedById(long articleId) {
        return jdbc.sql("SELECT " + ARTICLE_COLUMNS + FROM + "WHERE a.id = ? AND" + VISIBLE)
                .param(articleId)
                .query(ArticleCatalog::article)
                .optional();
    }

    /**
     * Published articles whose title or summary contains the words, accent- and case-insensitive
     * ({@code bac bo} finds "bác bỏ"), newest first; the newest ones when the text is blank.
     */
    public List<ArticleCard> searchPublished(String text, int limit) {
        String folded = text == null ? "" : text.strip();
        if (folded.length() > 200) {
            folded = folded.substring(0, 200);
        }
        String pattern = "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("SELECT " + CARD_COLUMNS + FROM + "WHERE" + VISIBLE
                        + "AND (unaccent(lower(a.title)) LIKE unaccent(lower(?))"
                        + " OR unaccent(lower(coalesce(a.summary, ''))) LIKE unaccent(lower(?)))"
                        + " ORDER BY a.published_at DESC, a.id DESC LIMIT ?")
                .params(pattern, pattern, Math.max(1, Math.min(limit, 50)))
                .query(ArticleCatalog::card)
                .list();
    }

    /** Whether an article with this id exists, published or not. */
    public boolean exists(long articleId) {
        return jdbc.sql("SELECT count(*) FROM news_article WHERE id = ?")
                        .param(articleId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Id and last change ({@code updated_at}, {@code null} if never changed) of every published
     * article of a site: no text, so a copy of a hundred thousand articles is compared in one light
     * query instead of reading every body.
     */
    public Map<Long, Instant> publishedVersions(long siteId) {
        Map<Long, Instant> versions = new HashMap<>();
        jdbc.sql("SELECT a.id, a.updated_at FROM news_article a WHERE a.site_id = ? AND" + VISIBLE)
                .param(siteId)
                .query(rs -> {
                    versions.put(rs.getLong(1), instant(rs.getTimestamp(2)));
                });
        return versions;
    }

    /** How many articles of a site are published. */
    public long countPublished(long siteId) {
        return jdbc.sql("SELECT count(*) FROM news_article a WHERE a.site_id = ? AND" + VISIBLE)
                .param(siteId)
                .query(Long.class)
                .single();
    }

    /**
     * Published articles of a site in the order they were made (by id, so a page of them stays put
     * while others are published), only slug and last change: no body, so 50,000 of them are one
     * light query.
     */
    public List<ArticleStamp> stamps(long siteId, long offset, int limit) {
        return jdbc.sql("SELECT a.slug, coalesce(a.updated_at, a.published_at) AS changed FROM news_article a"
                        + " WHERE a.site_id = ? AND" + VISIBLE + "ORDER BY a.id OFFSET ? LIMIT ?")
                .param(siteId)
                .param(offset)
                .param(limit)
                .query((rs, n) -> new ArticleStamp(rs.getString("slug"), instant(rs.getTimestamp("changed"))))
                .list();
    }

    private static ArticleCard card(ResultSet rs, int row) throws SQLException {
        return new ArticleCard(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("category_slug"),
                rs.getString("category_name"),
                instant(rs.getTimestamp("published_at")),
                rs.getObject("cover_media_id", Long.class),
                rs.getString("cover_alt"));
    }

    private static PublishedArticle article(ResultSet rs, int row) throws SQLException {
        java.sql.Array tags = rs.getArray("tags");
        return new PublishedArticle(
                rs.getLong("id"),
                rs.getLong("site_id"),
                rs.getString("slug"),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("body_html"),
                rs.getString("author_credit"),
                rs.getString("photo_credit"),
                rs.getLong("category_id"),
                rs.getString("category_slug"),
                rs.getString("category_name"),
                instant(rs.getTimestamp("published_at")),
                instant(rs.getTimestamp("updated_at")),
                rs.getObject("cover_media_id", Long.class),
                rs.getString("cover_alt"),
                rs.getString("origin_name"),
                rs.getString("origin_url"),
                rs.getString("origin_author"),
                instant(rs.getTimestamp("origin_published_at")),
                tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
