package vn.lantoa.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.internal.ArticleContent;
import vn.lantoa.newsroom.internal.ArticleService;
import vn.lantoa.newsroom.internal.WorkflowAction;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.Role;
import vn.lantoa.platform.web.StructuredData;
import vn.lantoa.reports.Clusters;
import vn.lantoa.reports.internal.PublicationOutcome;

@LanToaIntegrationTest
@RecordApplicationEvents
class RefuteTests {

    private static final CurrentUser NEWSROOM =
            new CurrentUser(-1, "test-reviewer", "Test reviewer", Set.of(Role.ADMIN), null);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleCatalog catalog;

    @Autowired
    PublicationOutcome outcome;

    @Autowired
    vn.lantoa.reports.internal.AppearanceWatch watch;

    @Autowired
    ApplicationEvents events;

    private Clusters clusters;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void setUp() {
        clusters = new Clusters(jdbc);
    }

    private Browser signedIn(String user) {
        Browser browser = new Browser(port);
        browser.signIn(user, LanToaIntegrationTest.DEMO_PASSWORD);
        browser.get("/quan-tri"); // the session's CSRF token
        return browser;
    }

    private static String page(long clusterId) {
        return ReportsRoutes.REFUTE.replace("{clusterId}", Long.toString(clusterId));
    }

    private static String action(String route, long clusterId) {
        return route.replace("{clusterId}", Long.toString(clusterId));
    }

    /** A category of this test's own, so that its articles never crowd other tests' category pages. */
    private long ownCategory(long site) {
        String slug = "kiem-chung-thu-" + Clusters.marker();
        return jdbc.sql(
                        "INSERT INTO news_category (site_id, slug, name, sort_order) VALUES (?, ?, ?, 9999) RETURNING id")
                .params(site, slug, "Kiểm chứng thử " + slug)
                .query(Long.class)
                .single();
    }

    private long publishedArticle(String title) {
        long site = catalog.siteForHost("").orElseThrow().id();
        long id = articles.create(
                site,
                new ArticleContent(
                        title,
                        "Tóm tắt",
                        "<p>Nội dung bài.</p>",
                        ownCategory(site),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of()),
                null,
                NEWSROOM);
        publish(id);
        return id;
    }

    private void publish(long id) {
        articles.transition(id, WorkflowAction.SUBMIT, null, null, NEWSROOM);
        articles.transition(id, WorkflowAction.APPROVE, null, null, NEWSROOM);
        articles.transition(id, WorkflowAction.PUBLISH, null, null, NEWSROOM);
    }

    private static void eventually(BooleanSupplier condition) {
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .until(condition::getAsBoolean);
    }

    private List<JsonNode> claimReviews(String html) {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : Jsoup.parse(html).select("script[type=application/ld+json]")) {
            JsonNode node = json.readTree(script.data());
            if ("ClaimReview".equals(node.path("@type").asString())) {
                out.add(node);
            }
        }
        return out;
    }

    @Test
    void linkingAPublishedArticleSettlesTheClusterAndItsCachedPageGainsAClaimReview() {
        String m = Clusters.marker();
        long cluster = clusters.cluster();
        clusters.report(
                cluster,
                "Tin đồn " + m + ": trường học đóng cửa cả tháng",
                "https://www.facebook.com/page/posts/" + m + "?fbclid=abc",
                "fabricated",
                5);
        clusters.report(cluster, "Trường học đóng cửa " + m, "https://facebook.com/page/posts/" + m, "fabricated", 2);
        clusters.report(cluster, "Nghe nói trường đóng cửa " + m, "https://tiktok.com/@a/video/" + m, "fabricated", 1);
        long article = publishedArticle("Bác bỏ tin đồn " + m);
        String slug = catalog.findPublishedById(article).orElseThrow().slug();

        Browser reader = new Browser(port);
        assertThat(claimReviews(reader.get("/bai-viet/" + slug).body())).isEmpty();
        assertThat(claimReviews(reader.get("/bai-viet/" + slug).body())).isEmpty(); // served from the cache

        Browser handler = signedIn("xuly");
        assertThat(handler.get(page(cluster) + "?q=" + URLEncoder.encode("bac bo tin don " + m, StandardCharsets.UTF_8))
                        .body())
                .contains("value=\"" + article + "\"", "Trường học đóng cửa " + m);
        String statement = "Trường học " + m + " đóng cửa cả tháng </script><script>alert(1)</script>";
        HttpResponse<String> linked = handler.postForm(
                action(ReportsRoutes.REFUTE_LINK, cluster),
                Map.of("articleId", Long.toString(article), "verdict", "FALSE", "statement", statement));
        assertThat(linked.statusCode()).isEqualTo(302);
        assertThat(handler.get(page(cluster)).body()).contains("Đã gắn bài phản bác", "data-status=\"REFUTED\"");
        assertThat(clusters.status(cluster)).isEqualTo("REFUTED");
        assertThat(clusters.audits("report.cluster.refute", cluster)).isEqualTo(1);
        assertThat(clusters.audits("report.cluster.refuted", cluster)).isEqualTo(1);

        String html = reader.get("/bai-viet/" + slug).body();
        assertThat(html).doesNotContain("<script>alert(1)");
        List<JsonNode> reviews = claimReviews(html);
        assertThat(reviews).hasSize(1);
        JsonNode review = reviews.getFirst();
        assertThat(review.path("@context").asString()).isEqualTo("https://schema.org");
        assertThat(review.path("claimReviewed").asString()).isEqualTo(statement);
        assertThat(review.path("url").asString()).endsWith("/bai-viet/" + slug);
        assertThat(review.path("datePublished").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*\\+07:00");
        assertThat(review.path("author").path("@type").asString()).isEqualTo("Organization");
        assertThat(review.path("author").path("name").asString()).isNotBlank();
        JsonNode rating = review.path("reviewRating");
        assertThat(rating.path("ratingValue").asInt()).isEqualTo(1);
        assertThat(rating.path("bestRating").asInt()).isEqualTo(5);
        assertThat(rating.path("worstRating").asInt()).isEqualTo(1);
        assertThat(rating.path("alternateName").asString()).isEqualTo("Tin giả");
        JsonNode item = review.path("itemReviewed");
        assertThat(item.path("@type").asString()).isEqualTo("Claim");
        List<String> appearances = new ArrayList<>();
        item.path("appearance").forEach(a -> appearances.add(a.path("url").asString()));
        // the two Facebook variants are one post; the earliest reported first
        assertThat(appearances).hasSize(2);
        assertThat(appearances.getFirst())
                .contains("facebook.com/page/posts/" + m)
                .doesNotContain("fbclid");
        assertThat(appearances.get(1)).contains("tiktok.com");
        assertThat(item.path("firstAppearance").path("url").asString()).isEqualTo(appearances.getFirst());

        // a new report joins: the watch drops the article's cached page, which then shows it
        watch.check();
        events.clear();
        clusters.report(cluster, "Lại tin đồn " + m, "https://www.youtube.com/watch?v=" + m, "fabricated", 0);
        watch.check();
        assertThat(events.stream(StructuredData.Changed.class)).contains(new StructuredData.Changed(article));
        assertThat(claimReviews(reader.get("/bai-viet/" + slug).body())
                        .getFirst()
                        .path("itemReviewed")
                        .path("appearance")
                        .size())
                .isEqualTo(3);
    }

    @Test
    void aDraftStartedFromTheClusterSettlesItWhenTheNewsroomPublishesIt() throws Exception {
        String m = Clusters.marker();
        long cluster = clusters.cluster();
        clusters.report(
                cluster, "Xã " + m + " thu phí làm căn cước 2 triệu đồng", "https://example.org/" + m, "scam", 3);
        Browser handler = signedIn("xuly");

        Map<String, String> form = Map.of("verdict", "MISLEADING", "statement", "Xã " + m + " thu phí làm căn cước");
        assertThat(handler.postForm(action(ReportsRoutes.REFUTE_DRAFT, cluster), form)
                        .statusCode())
                .isEqualTo(302);
        assertThat(handler.postForm(action(ReportsRoutes.REFUTE_DRAFT, cluster), form)
                        .statusCode())
                .isEqualTo(302);
        List<Long> drafts = jdbc.sql("SELECT id FROM news_article WHERE title LIKE ?")
                .param("%Xã " + m + "%")
                .query(Long.class)
                .list();
        assertThat(drafts).hasSize(1); // twice clicked, one draft
        long draft = drafts.getFirst();
        assertThat(jdbc.sql("SELECT status || '|' || body_html FROM news_article WHERE id = ?")
                        .param(draft)
                        .query(String.class)
                        .single())
                .startsWith("DRAFT|")
                .contains("Xã " + m + " thu phí làm căn cước", "https://example.org/" + m)
                .doesNotContain("href=\"https://example.org");
        assertThat(clusters.status(cluster)).isEqualTo("IN_VERIFICATION");
        assertThat(handler.get(page(cluster)).body()).contains("Bài nháp #" + draft);

        jdbc.sql("UPDATE news_article SET category_id = ? WHERE id = ?") // as its editor would file it
                .params(ownCategory(catalog.siteForHost("").orElseThrow().id()), draft)
                .update();
        publish(draft);
        eventually(() -> clusters.status(cluster).equals("REFUTED"));
        assertThat(handler.get(page(cluster)).body()).contains("Đang xác minh → Đã bác bỏ");
        articles.transition(draft, WorkflowAction.PUBLISH, null, null, NEWSROOM);
        outcome.articleLive(draft); // as a redelivered event: changes nothing
        assertThat(clusters.audits("report.cluster.refuted", cluster)).isEqualTo(1);

        String slug = catalog.findPublishedById(draft).orElseThrow().slug();
        JsonNode review =
                claimReviews(new Browser(port).get("/bai-viet/" + slug).body()).getFirst();
        assertThat(review.path("reviewRating").path("alternateName").asString()).isEqualTo("Tin sai sự thật");
        assertThat(review.path("reviewRating").path("ratingValue").asInt()).isEqualTo(2);
    }

    @Test
    void badInputIsExplainedAndOnlyHandlersWithinScopeGetIn() {
        long cluster = clusters.cluster();
        clusters.report(cluster, "Nội dung " + Clusters.marker(), null, "other", 0);
        Browser handler = signedIn("xuly");

        handler.postForm(
                action(ReportsRoutes.REFUTE_LINK, cluster),
                Map.of("articleId", "abc", "verdict", "FALSE", "statement", "x"));
        assertThat(handler.get(page(cluster)).body()).contains("Chỉ gắn được bài đã đăng");
        handler.postForm(action(ReportsRoutes.REFUTE_DRAFT, cluster), Map.of("verdict", "MAYBE", "statement", "x"));
        assertThat(handler.get(page(cluster)).body()).contains("Vui lòng chọn kết luận");
        handler.postForm(action(ReportsRoutes.REFUTE_DRAFT, cluster), Map.of("verdict", "FALSE", "statement", "  "));
        assertThat(handler.get(page(cluster)).body()).contains("Vui lòng nhập nội dung nhận định");
        handler.postForm(action(ReportsRoutes.FORWARD, cluster), Map.of("recipient", ""));
        assertThat(handler.get(page(cluster)).body()).contains("Vui lòng nhập tên cơ quan nhận");
        assertThat(clusters.status(cluster)).isEqualTo("NEW");

        assertThat(handler.get(ReportsRoutes.QUEUE + "/" + cluster).body())
                .contains("href=\"" + page(cluster) + "\"", "goi-ho-so.pdf"); // the triage's cluster page leads here
        assertThat(handler.get(page(Long.MAX_VALUE)).statusCode()).isEqualTo(404);
        assertThat(handler.get(ReportsRoutes.QUEUE + "/abc/xu-ly").statusCode()).isEqualTo(400);
        assertThat(signedIn("quanly").get(page(cluster)).statusCode()).isEqualTo(403);
        assertThat(signedIn("bientap").get(page(cluster)).statusCode()).isEqualTo(403);
        assertThat(signedIn("thanhvien").get(page(cluster)).statusCode()).isEqualTo(403);
        assertThat(new Browser(port).get(page(cluster)).statusCode()).isEqualTo(302);
    }
}
