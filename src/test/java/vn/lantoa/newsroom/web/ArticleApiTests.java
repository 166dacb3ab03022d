package vn.lantoa.newsroom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.platform.LanToaIntegrationTest;

/** The editors' JSON API over HTTP, with real sessions and CSRF, against the shared database. */
@LanToaIntegrationTest
class ArticleApiTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ArticleCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    ApiSession editor;
    ApiSession reviewer;
    long categoryId;

    @BeforeEach
    void signIn() {
        editor = ApiSession.signedIn(port, "bientap");
        reviewer = ApiSession.signedIn(port, "kiemduyet");
        long site = catalog.siteForHost("localhost").orElseThrow().id();
        categoryId = catalog.categories(site).getFirst().id();
    }

    String article(String title, String body) {
        return JSON.writeValueAsString(JSON.createObjectNode()
                .put("title", title)
                .put("summary", "Sapo của bài " + title)
                .put("bodyHtml", body)
                .put("categoryId", categoryId)
                .put("authorCredit", "Minh Thư"));
    }

    static JsonNode body(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    @Test
    void anEditorWritesAndSubmitsAndAReviewerApprovesAndPublishes() {
        String title = "Xã Tiểu Cần ra quân tháng thanh niên " + UUID.randomUUID();
        var created =
                editor.json("POST", "/api/v1/articles", article(title, "<p>Nội dung</p><script>alert(1)</script>"));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode a = body(created);
        long id = a.get("id").asLong();
        assertThat(a.get("status").asText()).isEqualTo("DRAFT");
        assertThat(a.get("slug").asText()).startsWith("xa-tieu-can-ra-quan-thang-thanh-nien-");
        assertThat(a.get("bodyHtml").asText()).contains("Nội dung").doesNotContain("script");

        assertThat(body(editor.json("POST", "/api/v1/articles/" + id + "/submit", null))
                        .get("status")
                        .asText())
                .isEqualTo("SUBMITTED");

        var refused = editor.json("POST", "/api/v1/articles/" + id + "/approve", null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(body(refused).get("detail").asText()).isEqualTo("Tài khoản của bạn không được làm thao tác này.");

        assertThat(body(reviewer.json("POST", "/api/v1/articles/" + id + "/approve", "{\"comment\":\"Tốt\"}"))
                        .get("status")
                        .asText())
                .isEqualTo("APPROVED");
        var published = reviewer.json("POST", "/api/v1/articles/" + id + "/publish", null);
        assertThat(body(published).get("status").asText()).isEqualTo("PUBLISHED");
        var again = reviewer.json("POST", "/api/v1/articles/" + id + "/publish", null);
        assertThat(again.statusCode()).isEqualTo(200);

        assertThat(catalog.findPublishedById(id))
                .hasValueSatisfying(p -> assertThat(p.title()).isEqualTo(title));
        assertThat(jdbc.sql("SELECT action FROM news_transition WHERE article_id = ? ORDER BY id")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("SUBMIT", "APPROVE", "PUBLISH");
        assertThat(jdbc.sql("SELECT actor FROM news_transition WHERE article_id = ? AND action = 'PUBLISH'")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("kiemduyet");
    }

    @Test
    void refusesAnIllegalTransitionWithAVietnameseProblem() {
        long id = body(editor.json("POST", "/api/v1/articles", article("Bài nháp " + UUID.randomUUID(), "<p>x</p>")))
                .get("id")
                .asLong();
        var response = reviewer.json("POST", "/api/v1/articles/" + id + "/publish", null);
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(body(response).get("detail").asText())
                .isEqualTo("Không thể \"Xuất bản ngay\" bài đang ở trạng thái \"Bản nháp\".");
    }

    @Test
    void aRepeatedCreateWithTheSameKeyMakesOneArticle() {
        String key = UUID.randomUUID().toString();
        String json = article("Tin lặp " + key, "<p>x</p>");
        var first = editor.json("POST", "/api/v1/articles", json, key);
        var second = editor.json("POST", "/api/v1/articles", json, key);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(body(second).get("id").asLong())
                .isEqualTo(body(first).get("id").asLong());
    }

    @Test
    void anEditOnAStaleVersionIsRefusedAndEverySaveKeepsARevision() {
        JsonNode a =
                body(editor.json("POST", "/api/v1/articles", article("Bản một " + UUID.randomUUID(), "<p>Một</p>")));
        long id = a.get("id").asLong();
        String edited = article(a.get("title").asText(), "<p>Hai</p>").replaceFirst("\\{", "{\"version\":0,");
        assertThat(editor.json("PUT", "/api/v1/articles/" + id, edited).statusCode())
                .isEqualTo(200);
        var stale = editor.json("PUT", "/api/v1/articles/" + id, edited);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(body(stale).get("detail").asText()).contains("người khác sửa");
        assertThat(jdbc.sql("SELECT body_html FROM news_revision WHERE article_id = ? ORDER BY number")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("<p>Một</p>", "<p>Hai</p>");
    }

    @Test
    void answersBrokenJsonAndMissingFieldsWithProblemsNotErrors() {
        var broken = editor.json("POST", "/api/v1/articles", "{\"title\": ");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(body(broken).get("detail").asText()).contains("JSON");
        var noTitle = editor.json("POST", "/api/v1/articles", article("   ", "<p>x</p>"));
        assertThat(noTitle.statusCode()).isEqualTo(400);
        assertThat(body(noTitle).get("detail").asText()).isEqualTo("Vui lòng nhập tiêu đề.");
    }

    @Test
    void refusesSvgAndOversizedUploadsAndStoresNothing() {
        long before = mediaCount();
        var svg = editor.upload(
                "/api/v1/media",
                "anh.jpg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes());
        assertThat(svg.statusCode()).isEqualTo(400);
        assertThat(body(svg).get("detail").asText()).startsWith("Chỉ nhận ảnh JPEG, PNG hoặc WebP");
        byte[] big = new byte[11 * 1024 * 1024];
        Arrays.fill(big, (byte) 1);
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        var tooLarge = editor.upload("/api/v1/media", "lon.jpg", big);
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(body(tooLarge).get("detail").asText()).isEqualTo("Tệp ảnh lớn quá 10 MB. Không có gì được lưu.");
        assertThat(mediaCount()).isEqualTo(before);
    }

    @Test
    void servesAnUploadedImageInItsVariantsWithLongCaching() throws Exception {
        var uploaded = editor.upload("/api/v1/media", "anh.png", ImageSamples.png(900, 600));
        assertThat(uploaded.statusCode()).isEqualTo(201);
        String og = body(uploaded).get("og").asText();
        var client = java.net.http.HttpClient.newHttpClient();
        var image = client.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + og))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(image.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(
                        v -> assertThat(v).contains("max-age=31536000").contains("public"));
        assertThat(image.body()[0]).isEqualTo((byte) 0xFF);
    }

    long mediaCount() {
        return jdbc.sql("SELECT count(*) FROM news_media").query(Long.class).single();
    }
}
