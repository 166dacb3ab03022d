package vn.lantoa.newsroom.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Articles, their revisions and transitions, in {@code news_article}, {@code news_revision}, {@code news_transition}. */
@Repository
public class ArticleRepository {

    private static final String COLUMNS = """
            id, site_id, slug, title, summary, body_html, category_id, cover_media_id, cover_alt, author_credit,
            photo_credit, origin_name, origin_url, origin_author, origin_published_at, tags, status, published_at,
            scheduled_at, version""";

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Article> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM news_article WHERE id = ?")
                .param(id)
                .query(ArticleRepository::article)
                .optional();
    }

    /** Locks the row for the rest of the transaction, so two transitions cannot interleave. */
    public Optional<Article> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM news_article WHERE id = ? FOR UPDATE")
                .param(id)
                .query(ArticleRepository::article)
                .optional();
    }

    /** Approved articles whose time has come, locked; rows another node holds are skipped, not waited for. */
    public List<Article> lockDue(Instant now, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM news_article
                WHERE status = 'APPROVED' AND scheduled_at IS NOT NULL AND scheduled_at <= ?
                ORDER BY scheduled_at, id
                LIMIT ?
                FOR UPDATE SKIP LOCKED""")
                .params(ts(now), limit)
                .query(ArticleRepository::article)
                .list();
    }

    public Optional<Long> findByClientKey(String clientKey) {
        return jdbc.sql("SELECT id FROM news_article WHERE client_key = ?")
                .param(clientKey)
                .query(Long.class)
                .optional();
    }

    public boolean slugTaken(long siteId, String slug, Long exceptId) {
        return jdbc.sql("SELECT count(*) FROM news_article WHERE site_id = ? AND slug = ? AND id IS DISTINCT FROM ?")
                        .params(siteId, slug, exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public long insert(Article a, String clientKey, Instant now) {
        return jdbc.sql("""
                INSERT INTO news_article (site_id, slug, title, summary, body_html, category_id, cover_media_id,
                    cover_alt, author_credit, photo_credit, origin_name, origin_url, origin_author,
                    origin_published_at, tags, status, published_at, scheduled_at, client_key, created_at, updated_at)
                VALUES (:site, :slug, :title, :summary, :body, :category, :cover, :alt, :author, :photo, :originName,
                    :originUrl, :originAuthor, :originAt, :tags, :status, :publishedAt, :scheduledAt, :clientKey,
                    :now, :now)
                RETURNING id""")
                .param("site", a.siteId())
                .params(contentParams(a, now))
                .param("clientKey", clientKey)
                .query(Long.class)
                .single();
    }

    /** Writes the article if nobody changed it since it was read; false when somebody did. */
    public boolean update(Article a, Instant now) {
        return jdbc.sql("""
                        UPDATE news_article SET slug = :slug, title = :title, summary = :summary, body_html = :body,
                            category_id = :category, cover_media_id = :cover, cover_alt = :alt, author_credit = :author,
                            photo_credit = :photo, origin_name = :originName, origin_url = :originUrl,
                            origin_author = :originAuthor, origin_published_at = :originAt, tags = :tags,
                            status = :status, published_at = :publishedAt, scheduled_at = :scheduledAt,
                            updated_at = :now, version = version + 1
                        WHERE id = :id AND version = :version""")
                        .params(contentParams(a, now))
                        .param("id", a.id())
                        .param("version", a.version())
                        .update()
                == 1;
    }

    private static java.util.Map<String, Object> contentParams(Article a, Instant now) {
        ArticleContent c = a.content();
        var p = new java.util.HashMap<String, Object>();
        p.put("slug", a.slug());
        p.put("title", c.title());
        p.put("summary", c.summary());
        p.put("body", c.bodyHtml());
        p.put("category", c.categoryId());
        p.put("cover", c.coverMediaId());
        p.put("alt", c.coverAlt());
        p.put("author", c.authorCredit());
        p.put("photo", c.photoCredit());
        p.put("originName", c.originName());
        p.put("originUrl", c.originUrl());
        p.put("originAuthor", c.originAuthor());
        p.put("originAt", ts(c.originPublishedAt()));
        p.put("tags", c.tags().toArray(String[]::new));
        p.put("status", a.status().name());
        p.put("publishedAt", ts(a.publishedAt()));
        p.put("scheduledAt", ts(a.scheduledAt()));
        p.put("now", ts(now));
        return p;
    }

    // --- revisions

    public record Revision(
            long id,
            int number,
            String title,
            String summary,
            String bodyHtml,
            String savedBy,
            Instant savedAt,
            String note) {}

    public int addRevision(long articleId, ArticleContent c, String savedBy, Instant at, String note) {
        return jdbc.sql("""
                INSERT INTO news_revision (article_id, number, title, summary, body_html, saved_by, saved_at, note)
                VALUES (?, (SELECT coalesce(max(number), 0) + 1 FROM news_revision WHERE article_id = ?), ?, ?, ?, ?, ?, ?)
                RETURNING number""")
                .params(articleId, articleId, c.title(), c.summary(), c.bodyHtml(), savedBy, ts(at), note)
                .query(Integer.class)
                .single();
    }

    public List<Revision> revisions(long articleId) {
        return jdbc.sql("""
                SELECT id, number, title, summary, body_html, saved_by, saved_at, note FROM news_revision
                WHERE article_id = ? ORDER BY number DESC""").param(articleId).query(ArticleRepository::revision).list();
    }

    public Optional<Revision> revision(long articleId, int number) {
        return jdbc.sql("""
                SELECT id, number, title, summary, body_html, saved_by, saved_at, note FROM news_revision
                WHERE article_id = ? AND number = ?""")
                .params(articleId, number)
                .query(ArticleRepository::revision)
                .optional();
    }

    // --- transitions

    public record TransitionRow(
            String action,
            String fromStatus,
            String toStatus,
            String actor,
            Instant at,
            String comment,
            Instant dueAt) {}

    public void addTransition(long articleId, Article.Transition t, String actor, Instant at) {
        jdbc.sql("""
                INSERT INTO news_transition (article_id, action, from_status, to_status, actor, at, comment, due_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        articleId,
                        t.action().name(),
                        t.from().name(),
                        t.to().name(),
                        actor,
                        ts(at),
                        t.comment(),
                        ts(t.dueAt()))
                .update();
    }

    public List<TransitionRow> transitions(long articleId) {
        return jdbc.sql("""
                SELECT action, from_status, to_status, actor, at, comment, due_at FROM news_transition
                WHERE article_id = ? ORDER BY at DESC, id DESC""")
                .param(articleId)
                .query((rs, n) -> new TransitionRow(
                        rs.getString("action"),
                        rs.getString("from_status"),
                        rs.getString("to_status"),
                        rs.getString("actor"),
                        instant(rs.getTimestamp("at")),
                        rs.getString("comment"),
                        instant(rs.getTimestamp("due_at"))))
                .list();
    }

    // --- mapping

    private static Article article(ResultSet rs, int row) throws SQLException {
        Array tags = rs.getArray("tags");
        ArticleContent content = new ArticleContent(
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("body_html"),
                rs.getLong("category_id"),
                rs.getObject("cover_media_id", Long.class),
                rs.getString("cover_alt"),
                rs.getString("author_credit"),
                rs.getString("photo_credit"),
                rs.getString("origin_name"),
                rs.getString("origin_url"),
                rs.getString("origin_author"),
                instant(rs.getTimestamp("origin_published_at")),
                tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()));
        return new Article(
                rs.getLong("id"),
                rs.getLong("site_id"),
                rs.getString("slug"),
                content,
                ArticleStatus.valueOf(rs.getString("status")),
                instant(rs.getTimestamp("published_at")),
                instant(rs.getTimestamp("scheduled_at")),
                rs.getInt("version"));
    }

    private static Revision revision(ResultSet rs, int row) throws SQLException {
        return new Revision(
                rs.getLong("id"),
                rs.getInt("number"),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("body_html"),
                rs.getString("saved_by"),
                instant(rs.getTimestamp("saved_at")),
                rs.getString("note"));
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime ts(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, java.time.ZoneOffset.UTC);
    }
}
