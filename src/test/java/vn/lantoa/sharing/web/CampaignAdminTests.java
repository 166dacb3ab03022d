package vn.lantoa.sharing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;

@LanToaIntegrationTest
class CampaignAdminTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private long unit(String name) {
        return jdbc.sql("SELECT id FROM org_unit WHERE name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    private long anArticle() {
        return jdbc.sql("SELECT id FROM news_article WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1")
                .query(Long.class)
                .single();
    }

    private long campaignsCalled(String title) {
        return jdbc.sql("SELECT count(*) FROM shr_campaign WHERE title = ?")
                .param(title)
                .query(Long.class)
                .single();
    }

    private Map<String, String> form(String title, long unitId, String externalUrls) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("message", "Chia sẻ trong tuần");
        form.put(
                "topicId",
                jdbc.sql("SELECT min(id) FROM shr_topic")
                        .query(Long.class)
                        .single()
                        .toString());
        form.put("startsAt", daysFromNow(-30));
        form.put("endsAt", daysFromNow(365));
        form.put("articleIds", Long.toString(anArticle()));
        form.put("externalUrls", externalUrls);
        form.put("unitIds", Long.toString(unitId));
        return form;
    }

    private Browser signedIn(String user) {
        Browser browser = new Browser(port);
        browser.signIn(user, LanToaIntegrationTest.DEMO_PASSWORD);
        browser.get("/quan-tri");
        return browser;
    }

    @Test
    void aUnitManagerCreatesACampaignAndSeesWhoHasNotActedYet() {
        String title = "Đợt thử " + UUID.randomUUID();
        Browser manager = signedIn("quanly");
        HttpResponse<String> created =
                manager.postForm("/quan-tri/chien-dich", form(title, unit("Đảng ủy xã Tiểu Cần"), ""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> detail = manager.get(location.replaceFirst("^https?://[^/]+", ""));
        assertThat(detail.body()).contains(title, "Đã tạo đợt tuyên truyền", "Nguyễn Thị Lan", "Phạm Minh Đức");
        assertThat(detail.body()).doesNotContain("Võ Thị Nga"); // Hùng Hòa is not in the campaign's audience

        Browser member = new Browser(port);
        member.signIn("thanhvien", LanToaIntegrationTest.DEMO_PASSWORD);
        assertThat(member.get("/thanh-vien").body()).contains(title);
    }

    @Test
    void anExternalArticleThatIsNotOfficialIsRefusedAndNothingIsCreated() {
        String title = "Đợt lỗi " + UUID.randomUUID();
        Browser manager = signedIn("quanly");
        HttpResponse<String> response = manager.postForm(
                "/quan-tri/chien-dich", form(title, unit("Đảng ủy xã Tiểu Cần"), "https://nhandan.vn.example.com/bai"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("không thuộc danh mục báo chính thống", "nhandan.vn.example.com");
        assertThat(campaignsCalled(title)).isZero();
    }

    @Test
    void aUnitOutsideTheManagersSubtreeIsNotFoundAndNothingIsCreated() {
        String title = "Đợt ngoài phạm vi " + UUID.randomUUID();
        Browser manager = signedIn("quanly");
        HttpResponse<String> response =
                manager.postForm("/quan-tri/chien-dich", form(title, unit("Đảng ủy xã Hùng Hòa"), ""));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(campaignsCalled(title)).isZero();
    }

    @Test
    void aHandlerMayNotManageCampaigns() {
        assertThat(signedIn("xuly").get("/quan-tri/chien-dich").statusCode()).isEqualTo(403);
    }

    @Test
    void anotherBranchsCampaignIsNotFound() {
        String title = "Đợt của Hùng Hòa " + UUID.randomUUID();
        Browser admin = signedIn("quantri");
        HttpResponse<String> created =
                admin.postForm("/quan-tri/chien-dich", form(title, unit("Đảng ủy xã Hùng Hòa"), ""));
        assertThat(created.statusCode()).isEqualTo(302);
        long id = jdbc.sql("SELECT id FROM shr_campaign WHERE title = ?")
                .param(title)
                .query(Long.class)
                .single();
        jdbc.sql("UPDATE shr_campaign SET owner_unit_id = ? WHERE id = ?")
                .params(unit("Đảng ủy xã Hùng Hòa"), id)
                .update();
        assertThat(signedIn("quanly").get("/quan-tri/chien-dich/" + id).statusCode())
                .isEqualTo(404);
    }

    /** A campaign form's local date-time, relative to today so the campaign is open on any date. */
    private static String daysFromNow(int days) {
        return java.time.LocalDateTime.now(vn.lantoa.platform.Zone.VIETNAM)
                .plusDays(days)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    }
}
