package vn.lantoa.newsroom.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import vn.lantoa.platform.DemoDataContributor;
import vn.lantoa.platform.VietnameseText;

/**
 * The demo site, its categories and a dozen published articles read from
 * {@code demo/articles.txt} (blocks separated by {@code ---}: header lines, a blank line, paragraphs).
 */
@Component
class NewsroomDemoData implements DemoDataContributor {

    private final JdbcClient jdbc;
    private final Clock clock;

    NewsroomDemoData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void contribute(DemoContext context) {
        long site = jdbc.sql("INSERT INTO news_site (code, host, name) VALUES ('main', NULL, ?)"
                        + " ON CONFLICT (code) DO UPDATE SET name = excluded.name RETURNING id")
                .param("Trang thông tin điện tử (dữ liệu mẫu)")
                .query(Long.class)
                .single();
        Map<String, Long> categories = new LinkedHashMap<>();
        List<DemoArticle> articles = read();
        for (DemoArticle article : articles) {
            categories.computeIfAbsent(
                    article.category(),
                    name -> jdbc.sql("""
                    INSERT INTO news_category (site_id, slug, name, sort_order) VALUES (?, ?, ?, ?) RETURNING id""")
                            .params(site, VietnameseText.slug(name), name, categories.size() * 10)
                            .query(Long.class)
                            .single());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<DemoPhotos.Photo> photos = DemoPhotos.load(jdbc, site, now.minusDays(3));
        for (int i = 0; i < articles.size(); i++) {
            DemoArticle a = articles.get(i);
            DemoPhotos.Photo cover = photos.get(i % photos.size());
            jdbc.sql("""
                    INSERT INTO news_article (site_id, category_id, slug, title, summary, body_html, author_credit,
                                              cover_media_id, cover_alt, photo_credit, status, featured, published_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?)""")
                    .params(
                            site,
                            categories.get(a.category()),
                            VietnameseText.slug(a.title()),
                            a.title(),
                            a.summary(),
                            withInlinePhoto(a.bodyHtml(), photos.get((i + 3) % photos.size())),
                            a.author(),
                            cover.mediaId(),
                            cover.alt(),
                            cover.credit(),
                            i == 0,
                            now.minus(Duration.ofHours(5L * i + 1)))
                    .update();
        }
        waitingForReview(site, categories.values().iterator().next(), now);
    }

    /** The body with a photo placed after its first paragraph, as an editor would place it. */
    private static String withInlinePhoto(String body, DemoPhotos.Photo photo) {
        int end = body.indexOf("</p>");
        return end < 0
                ? body + DemoPhotos.figure(photo)
                : body.substring(0, end + 5) + DemoPhotos.figure(photo) + body.substring(end + 5);
    }

    /** One article the demo editor wrote and submitted, so the reviewer has something to review. */
    private void waitingForReview(long site, long category, OffsetDateTime now) {
        String title = "Xã Tiểu Cần phát động phong trào thi đua chào mừng Đại hội Đảng bộ";
        String body =
                "<p>Ban Thường vụ Đảng ủy xã phát động phong trào thi đua trong toàn Đảng bộ (bài mẫu chờ duyệt).</p>";
        long id = jdbc.sql("""
                INSERT INTO news_article (site_id, category_id, slug, title, summary, body_html, author_credit, status,
                                          created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?) RETURNING id""")
                .params(
                        site,
                        category,
                        VietnameseText.slug(title),
                        title,
                        "Bài mẫu đang chờ kiểm duyệt.",
                        body,
                        "Bảo Ngọc",
                        now.minusHours(1),
                        now.minusHours(1))
                .query(Long.class)
                .single();
        jdbc.sql("""
                INSERT INTO news_revision (article_id, number, title, summary, body_html, saved_by, saved_at)
                VALUES (?, 1, ?, 'Bài mẫu đang chờ kiểm duyệt.', ?, 'bientap', ?)""").params(id, title, body, now.minusHours(1)).update();
        jdbc.sql("""
                INSERT INTO news_transition (article_id, action, from_status, to_status, actor, at)
                VALUES (?, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'bientap', ?)""").params(id, now.minusMinutes(50)).update();
    }

    record DemoArticle(String category, String title, String summary, String author, String bodyHtml) {}

    static List<DemoArticle> read() {
        try (InputStream in = new ClassPathResource("demo/articles.txt").getInputStream()) {
            String text = VietnameseText.nfc(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<DemoArticle> articles = new ArrayList<>();
            for (String block : text.split("(?m)^---\\s*$")) {
                if (block.isBlank()) {
                    continue;
                }
                String[] parts = block.strip().split("\\R\\R", 2);
                Map<String, String> header = new LinkedHashMap<>();
                for (String line : parts[0].split("\\R")) {
                    int colon = line.indexOf(':');
                    header.put(
                            line.substring(0, colon).strip(),
                            line.substring(colon + 1).strip());
                }
                StringBuilder body = new StringBuilder();
                for (String paragraph : parts[1].strip().split("\\R\\R")) {
                    body.append("<p>")
                            .append(HtmlUtils.htmlEscape(paragraph.replaceAll("\\s*\\R\\s*", " ")))
                            .append("</p>\n");
                }
                articles.add(new DemoArticle(
                        header.get("category"),
                        header.get("title"),
                        header.get("summary"),
                        header.get("author"),
                        body.toString()));
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
