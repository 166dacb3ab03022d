package vn.lantoa.sharing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
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
class ReviewAndReminderTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Browser signedIn(String user, String landing) {
        Browser browser = new Browser(port);
        browser.signIn(user, LanToaIntegrationTest.DEMO_PASSWORD);
        browser.get(landing);
        return browser;
    }

    private long selfReportedShare() {
        Browser member = signedIn("thanhvien", "/thanh-vien");
        String post = "https://www.facebook.com/groups/9/posts/"
                + Math.abs(UUID.randomUUID().getLeastSignificantBits());
        HttpResponse<String> created = member.postJson(
                "/api/v1/shares", "{\"postUrl\":\"" + post + "\",\"articleUrl\":\"https://tin-khong-ro.example/a\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        return Long.parseLong(created.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
    }

    private String state(long actionId) {
        return jdbc.sql("SELECT state FROM shr_action WHERE id = ?")
                .param(actionId)
                .query(String.class)
                .single();
    }

    @Test
    void aUnitManagerRejectsASelfReportedShareOnlyWithAReason() {
        long id = selfReportedShare();
        Browser manager = signedIn("quanly", "/quan-tri/ghi-nhan");
        assertThat(manager.get("/quan-tri/ghi-nhan?trang-thai=SELF_REPORTED").body())
                .contains("/quan-tri/ghi-nhan/" + id);

        HttpResponse<String> noReason =
                manager.postForm("/quan-tri/ghi-nhan/" + id, Map.of("decision", "reject", "reason", " "));
        assertThat(noReason.body()).contains("Vui lòng ghi lý do không công nhận");
        assertThat(state(id)).isEqualTo("SELF_REPORTED");

        HttpResponse<String> rejected = manager.postForm(
                "/quan-tri/ghi-nhan/" + id, Map.of("decision", "reject", "reason", "Bài đăng không còn tồn tại"));
        assertThat(rejected.statusCode()).isEqualTo(302);
        assertThat(state(id)).isEqualTo("REJECTED");
    }

    @Test
    void anActionOfAnotherBranchIsNotFoundForTheManager() {
        long hungHoa = jdbc.sql("SELECT id FROM org_unit WHERE name = 'Đảng ủy xã Hùng Hòa'")
                .query(Long.class)
                .single();
        long id = jdbc.sql("""
                INSERT INTO shr_action (kind, member_id, unit_id, post_url, post_canonical, platform, state, created_at)
                VALUES ('SHARE', 0, ?, 'https://x.example/1', ?, 'OTHER', 'SELF_REPORTED', ?) RETURNING id""")
                .params(hungHoa, "https://x.example/" + UUID.randomUUID(), OffsetDateTime.now())
                .query(Long.class)
                .single();
        Browser manager = signedIn("quanly", "/quan-tri/ghi-nhan");
        assertThat(manager.postForm("/quan-tri/ghi-nhan/" + id, Map.of("decision", "confirm"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(state(id)).isEqualTo("SELF_REPORTED");
        assertThat(manager.get("/quan-tri/ghi-nhan").body()).doesNotContain("/quan-tri/ghi-nhan/" + id + "\"");
    }

    @Test
    void aReviewerMayNotReviewMemberActions() {
        assertThat(signedIn("kiemduyet", "/quan-tri").get("/quan-tri/ghi-nhan").statusCode())
                .isEqualTo(403);
    }

    @Test
    void aReminderReachesSilentMembersOnceADay() {
        Browser manager = signedIn("quanly", "/quan-tri");
        String title = "Đợt nhắc " + UUID.randomUUID();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put(
                "topicId",
                jdbc.sql("SELECT min(id) FROM shr_topic")
                        .query(Long.class)
                        .single()
                        .toString());
        form.put("startsAt", daysFromNow(-30));
        form.put("endsAt", daysFromNow(365));
        form.put(
                "articleIds",
                jdbc.sql("SELECT min(id) FROM news_article WHERE status = 'PUBLISHED'")
                        .query(Long.class)
                        .single()
                        .toString());
        form.put(
                "unitIds",
                jdbc.sql("SELECT id FROM org_unit WHERE name = 'Chi bộ ấp Cầu Tre'")
                        .query(Long.class)
                        .single()
                        .toString());
        assertThat(manager.postForm("/quan-tri/chien-dich", form).statusCode()).isEqualTo(302);
        long id = jdbc.sql("SELECT id FROM shr_campaign WHERE title = ?")
                .param(title)
                .query(Long.class)
                .single();

        long silent = jdbc.sql("""
                        SELECT count(*) FROM org_member m JOIN org_unit u ON u.id = m.unit_id
                         WHERE u.name = 'Chi bộ ấp Cầu Tre' AND m.status = 'ACTIVE'""").query(Long.class).single();
        assertThat(silent).isGreaterThanOrEqualTo(2);
        HttpResponse<String> first = manager.postForm("/quan-tri/chien-dich/" + id + "/nhac-nho", Map.of());
        assertThat(first.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("nhac=" + silent));
        HttpResponse<String> again = manager.postForm("/quan-tri/chien-dich/" + id + "/nhac-nho", Map.of());
        assertThat(again.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("nhac=0"));

        Browser member = signedIn("thanhvien", "/");
        assertThat(member.get("/thanh-vien/thong-bao").body()).containsOnlyOnce("Nhắc nhở tham gia đợt: " + title);
        assertThat(jdbc.sql("SELECT count(*) FROM ntf_notice WHERE dedup_key LIKE ?")
                        .param("sharing:reminder:" + id + ":%")
                        .query(Long.class)
                        .single())
                .isEqualTo(silent);
    }

    /** A campaign form's local date-time, relative to today so the campaign is open on any date. */
    private static String daysFromNow(int days) {
        return java.time.LocalDateTime.now(vn.lantoa.platform.Zone.VIETNAM)
                .plusDays(days)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    }
}
