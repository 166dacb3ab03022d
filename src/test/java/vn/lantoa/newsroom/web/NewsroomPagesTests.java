package vn.lantoa.newsroom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.Category;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;

/** The back-office pages render for the newsroom's roles, and only for them. */
@LanToaIntegrationTest
class NewsroomPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    ArticleCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    Browser signedIn(String user) {
        Browser b = new Browser(port);
        b.signIn(user, LanToaIntegrationTest.DEMO_PASSWORD);
        return b;
    }

    @Test
    void aReviewerSeesTheListTheDemoArticleWaitingAndItsRevisions() {
        Browser reviewer = signedIn("kiemduyet");
        var list = reviewer.get("/quan-tri/bai-viet?trang-thai=submitted");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Xã Tiểu Cần phát động phong trào thi đua");
        long id = jdbc.sql("SELECT id FROM news_article WHERE slug = ?")
                .param("xa-tieu-can-phat-dong-phong-trao-thi-dua-chao-mung-dai-hoi-dang-bo")
                .query(Long.class)
                .single();
        var edit = reviewer.get("/quan-tri/bai-viet/" + id);
        assertThat(edit.body()).contains("id=\"action-approve\"", "id=\"action-return\"", "bientap");
        assertThat(reviewer.get("/quan-tri/bai-viet/" + id + "/phien-ban?tu=1&den=1")
                        .statusCode())
                .isEqualTo(200);
        assertThat(reviewer.get("/quan-tri/bai-viet/" + id + "/phien-ban?tu=abc&den=-5")
                        .statusCode())
                .isEqualTo(200);
        assertThat(reviewer.get("/quan-tri/bai-viet/99999999").statusCode()).isEqualTo(404);
    }

    @Test
    void aFormSaveShowsARevisionDiff() {
        Browser editor = signedIn("bientap");
        editor.get("/quan-tri/bai-viet/moi");
        long category = catalog.categories(
                        catalog.siteForHost("localhost").orElseThrow().id())
                .getFirst()
                .id();
        String title = "Bài so sánh " + UUID.randomUUID();
        var created = editor.postForm(
                "/quan-tri/bai-viet",
                Map.of("title", title, "categoryId", "" + category, "bodyHtml", "<p>Đoạn một</p>", "clientKey", title));
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow().replaceFirst("\\?.*$", "");
        var repeat = editor.postForm(
                "/quan-tri/bai-viet",
                Map.of("title", title, "categoryId", "" + category, "bodyHtml", "<p>Đoạn một</p>", "clientKey", title));
        assertThat(repeat.headers().firstValue("Location").orElseThrow()).startsWith(location);
        String path = location.replaceFirst("^https?://[^/]+", "");
        editor.get(path);
        editor.postForm(
                path,
                Map.of("title", title, "categoryId", "" + category, "bodyHtml", "<p>Đoạn hai</p>", "version", "0"));
        var diff = editor.get(path + "/phien-ban?tu=1&den=2");
        assertThat(diff.body()).contains("lt-diff-removed", "Đoạn một", "lt-diff-added", "Đoạn hai");
        // The +/− signs are hidden from screen readers, which hear the words instead.
        assertThat(diff.body())
                .containsPattern(
                        "lt-diff-removed\"><span aria-hidden=\"true\">− </span><span class=\"visually-hidden\">Bỏ: </span>[^<]*Đoạn một")
                .containsPattern(
                        "lt-diff-added\"><span aria-hidden=\"true\">\\+ </span><span class=\"visually-hidden\">Thêm: </span>[^<]*Đoạn hai");
    }

    @Test
    void aReviewerAddsACategoryAndMovesItUp() {
        Browser reviewer = signedIn("kiemduyet");
        reviewer.get("/quan-tri/bai-viet/chuyen-muc");
        String name = "Chuyển đổi số " + UUID.randomUUID().toString().substring(0, 6);
        assertThat(reviewer.postForm("/quan-tri/bai-viet/chuyen-muc", Map.of("name", name))
                        .statusCode())
                .isEqualTo(302);
        long site = catalog.siteForHost("localhost").orElseThrow().id();
        List<Category> before = catalog.categories(site);
        Category added =
                before.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        int position = before.indexOf(added);
        reviewer.get("/quan-tri/bai-viet/chuyen-muc");
        reviewer.postForm("/quan-tri/bai-viet/chuyen-muc/" + added.id() + "/len", Map.of());
        List<Long> after = catalog.categories(site).stream().map(Category::id).toList();
        assertThat(after.indexOf(added.id())).isEqualTo(Math.max(0, position - 1));
    }

    @Test
    void staffOutsideTheNewsroomAreRefused() {
        Browser handler = signedIn("xuly");
        assertThat(handler.get("/quan-tri/bai-viet").statusCode()).isEqualTo(403);
        assertThat(handler.get("/quan-tri/bai-viet/chuyen-muc").statusCode()).isEqualTo(403);
        assertThat(new Browser(port).get("/quan-tri/bai-viet").statusCode()).isEqualTo(302);
    }
}
