package vn.lantoa.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.portal.PortalTestArticles;

/** The public pages over HTTP: contents, SEO, feeds, bad input. */
@LanToaIntegrationTest
class PortalPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    Browser reader;
    PortalTestArticles articles;

    @BeforeEach
    void setUp() {
        reader = new Browser(port);
        articles = new PortalTestArticles(jdbc, events);
    }

    String firstCategorySlug() {
        return jdbc.sql("SELECT slug FROM news_category WHERE id = ?")
                .param(articles.firstCategory())
                .query(String.class)
                .single();
    }

    @Test
    void theArticlePageShowsCreditsNoticesSeoTagsAndOtherNews() {
        String w = PortalTestArticles.uniqueWord();
        var a = articles.publish("Bài kiểm tra " + w, "Tóm tắt " + w, "Thân bài của " + w, 1);
        var response = reader.get("/bai-viet/" + a.slug());
        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.body();
        assertThat(html)
                .contains("<h1 id=\"lt-article-title\" class=\"h2\">Bài kiểm tra " + w + "</h1>")
                .contains("Bài: Phóng viên thử nghiệm")
                .contains("khi phát hành lại thông tin từ website này")
                .contains("<link rel=\"canonical\" href=\"http://localhost:8080/bai-viet/" + a.slug() + "\">")
                .contains("<meta property=\"og:type\" content=\"article\">")
                .contains("<meta name=\"twitter:card\"")
                .contains("\"@type\":\"NewsArticle\"")
                .contains("https://www.facebook.com/sharer/sharer.php?u=")
                .contains("/bai-viet/" + a.slug() + "/in")
                .contains("/bai-viet/" + a.slug() + "/pdf")
                .contains("Tin khác")
                .contains("Trần Văn Minh")
                .contains("https://chinhphu.vn");
        assertThat(html).containsPattern("<time datetime=\"[^\"]+\">\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}</time>");
    }

    @Test
    void printViewAndPdfExist() {
        var a = articles.publish("Bản in " + PortalTestArticles.uniqueWord(), "Tóm tắt", "Đoạn văn có dấu: ữ ỹ ặ", 1);
        var print = reader.get("/bai-viet/" + a.slug() + "/in");
        assertThat(print.statusCode()).isEqualTo(200);
        assertThat(print.body()).contains("Đoạn văn có dấu").contains("lt-print");
        var pdf = reader.get("/bai-viet/" + a.slug() + "/pdf", "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
    }

    @Test
    void otherNewsOfTheCategoryIsPaginated() {
        String w = PortalTestArticles.uniqueWord();
        for (int i = 0; i < ArticleController.OTHERS_PAGE_SIZE + 2; i++) {
            articles.publish("Tin khác " + w + " số " + i, "Tóm tắt", "Thân", 0);
        }
        var newest = articles.publish("Tin chính " + w, "Tóm tắt", "Thân", 0);
        String first = reader.get("/bai-viet/" + newest.slug()).body();
        String second = reader.get("/bai-viet/" + newest.slug() + "?trang=2").body();
        // newest first: numbers 6 to 2 on the first page, 1 and 0 on the second
        assertThat(first)
                .contains("Tin khác " + w + " số 6")
                .doesNotContain("Tin khác " + w + " số 0")
                .contains("rel=\"next\"");
        assertThat(second)
                .contains("Tin khác " + w + " số 0")
                .doesNotContain("Tin khác " + w + " số 6")
                .contains("rel=\"prev\"");
        assertThat(first.split("lt-card").length - 1).isEqualTo(ArticleController.OTHERS_PAGE_SIZE);
        assertThat(reader.get("/bai-viet/" + newest.slug() + "?trang=-5").statusCode())
                .isEqualTo(200);
    }

    @Test
    void unknownSlugsAnswerTheNotFoundPage() {
        assertThat(reader.get("/bai-viet/khong-co-bai-nay").statusCode()).isEqualTo(404);
        assertThat(reader.get("/bai-viet/khong-co-bai-nay/pdf").statusCode()).isEqualTo(404);
        var category = reader.get("/chuyen-muc/khong-co");
        assertThat(category.statusCode()).isEqualTo(404);
        assertThat(category.body()).contains("Không tìm thấy trang");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "abc", "0", "1.5", "%00", "99999999999999999999"})
    void badPageNumbersRedirectToAPageThatExists(String trang) {
        String slug = firstCategorySlug();
        var response = reader.get("/chuyen-muc/" + slug + "?trang=" + trang);
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/chuyen-muc/" + slug);
        var target = reader.get(URI.create(location).getRawPath()
                + (URI.create(location).getRawQuery() == null
                        ? ""
                        : "?" + URI.create(location).getRawQuery()));
        assertThat(target.statusCode()).isEqualTo(200);
    }

    @Test
    void aCategoryPageListsItsArticlesAndPages() {
        var response = reader.get("/chuyen-muc/" + firstCategorySlug());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("lt-card").contains("<h1");
        assertThat(reader.get("/chuyen-muc/" + firstCategorySlug() + "?trang=99999")
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void searchHandlesHugeAndHostileQueries() {
        String huge = URLEncoder.encode("tiểu cần ".repeat(1200), StandardCharsets.UTF_8);
        var response = reader.get("/tim-kiem?q=" + huge);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("chỉ phần đầu được dùng");
        String hostile = URLEncoder.encode("<script>alert(1)</script>' OR 1=1; -- &|!:*", StandardCharsets.UTF_8);
        var escaped = reader.get("/tim-kiem?q=" + hostile + "&trang=abc");
        assertThat(escaped.statusCode()).isEqualTo(200);
        assertThat(escaped.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)");
    }

    @Test
    void searchPageMarksTheMatchesOfAnUnaccentedQuery() {
        String w = PortalTestArticles.uniqueWord();
        var a = articles.publish("Lễ hội ở Tiểu Cần " + w, "Tóm tắt", "Thân bài", 2);
        var response = reader.get("/tim-kiem?q=" + URLEncoder.encode("tieu can " + w, StandardCharsets.UTF_8));
        assertThat(response.body())
                .contains("/bai-viet/" + a.slug())
                .contains("<mark>Tiểu</mark> <mark>Cần</mark> <mark>" + w + "</mark>");
    }

    @Test
    void theJsonApiSearchesToo() {
        String w = PortalTestArticles.uniqueWord();
        var a = articles.publish("Đồng khởi " + w, "Tóm tắt API", "Thân bài", 2);
        var response = reader.get("/api/v1/articles?q=dong+khoi+" + w + "&page=abc", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"total\":1")
                .contains("\"id\":" + a.id())
                .contains("\"slug\":\"" + a.slug() + "\"")
                .contains("\"url\":\"http://localhost:8080/bai-viet/" + a.slug() + "\"")
                .contains("\"publishedAt\":\"")
                .contains("\"category\":\"");
    }

    @Test
    void rssAndSitemapListPublishedArticles() {
        var a = articles.publish("Tin RSS " + PortalTestArticles.uniqueWord() + " & <ký hiệu>", "Tóm tắt", "Thân", 0);
        var rss = reader.get("/rss.xml", "application/rss+xml");
        assertThat(rss.statusCode()).isEqualTo(200);
        assertThat(rss.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/rss+xml");
        assertThat(rss.body())
                .startsWith("<?xml")
                .contains("<rss version=\"2.0\"")
                .contains(a.slug())
                .contains("&amp; &lt;ký hiệu&gt;");
        var sitemap = reader.get("/sitemap.xml", "application/xml");
        assertThat(sitemap.statusCode()).isEqualTo(200);
        assertThat(sitemap.body())
                .contains("<urlset")
                .contains("/bai-viet/" + a.slug())
                .contains("/chuyen-muc/");
    }

    @Test
    void organisationAndContactPagesExistInVietnameseAndEnglish() throws Exception {
        assertThat(reader.get("/gioi-thieu").body())
                .contains("Chức năng, nhiệm vụ")
                .contains("tham mưu");
        assertThat(reader.get("/lien-he").body()).contains("bantuyengiao@example.gov.vn");
        HttpClient client = HttpClient.newHttpClient();
        var english = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/gioi-thieu?lang=en"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(english.body())
                .contains("<html lang=\"en\"")
                .contains("Functions and duties")
                .contains("advises");
    }

    @Test
    void theHomePageShowsEachCategoryAndTheNavigation() {
        String html = reader.get("/").body();
        assertThat(html)
                .contains("lt-sections")
                .contains("lt-section-" + firstCategorySlug())
                .contains("Tin mới");
    }
}
