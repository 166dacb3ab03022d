package vn.lantoa.portal;

import java.time.OffsetDateTime;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.newsroom.ArticlePublished;
import vn.lantoa.platform.VietnameseText;

/**
 * Publishes articles for portal tests straight into the shared database (the newsroom's editing
 * is not needed) and announces them with the newsroom's event, as the newsroom does.
 */
public final class PortalTestArticles {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    public PortalTestArticles(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A word no other test uses: letters only, so search treats it as one word. */
    public static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    public long defaultSite() {
        return jdbc.sql("SELECT id FROM news_site ORDER BY id LIMIT 1")
                .query(Long.class)
                .single();
    }

    public long firstCategory() {
        return jdbc.sql("SELECT id FROM news_category WHERE site_id = ? ORDER BY sort_order, id LIMIT 1")
                .param(defaultSite())
                .query(Long.class)
                .single();
    }

    /** Publishes an article {@code hoursAgo} hours ago and returns its id. */
    public Published publish(String title, String summary, String body, int hoursAgo) {
        long site = defaultSite();
        String slug = VietnameseText.slug(title) + "-" + uniqueWord();
        long id = jdbc.sql("""
                INSERT INTO news_article (site_id, category_id, slug, title, summary, body_html, author_credit,
                                          status, published_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, 'Phóng viên thử nghiệm', 'PUBLISHED', ?, now()) RETURNING id""")
                .params(
                        site,
                        firstCategory(),
                        slug,
                        title,
                        summary,
                        "<p>" + body + "</p>",
                        OffsetDateTime.now().minusHours(hoursAgo).minusMinutes(1))
                .query(Long.class)
                .single();
        events.publishEvent(new ArticlePublished(id, site, slug));
        return new Published(id, slug);
    }

    public record Published(long id, String slug) {}
}
