package vn.lantoa.sharing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;

@LanToaIntegrationTest
class DirectiveTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Browser signedIn(String user) {
        Browser browser = new Browser(port);
        browser.signIn(user, LanToaIntegrationTest.DEMO_PASSWORD);
        browser.get("/quan-tri");
        return browser;
    }

    private long unit(String name) {
        return jdbc.sql("SELECT id FROM org_unit WHERE name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    @Test
    void theSenderSeesWhichUnitsHaveReadADirective() {
        String title = "Triển khai đợt tuyên truyền " + UUID.randomUUID();
        Browser admin = signedIn("quantri");
        HttpResponse<String> sent = admin.postForm(
                "/quan-tri/van-ban",
                Map.of(
                        "title",
                        title,
                        "body",
                        "Đề nghị các đơn vị triển khai.",
                        "unitIds",
                        Long.toString(unit("Đảng ủy xã Tiểu Cần"))));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        String path = sent.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(admin.get(path).body()).contains(title, "Đảng ủy xã Tiểu Cần", "Chưa xác nhận");

        Browser manager = signedIn("quanly");
        assertThat(manager.get("/quan-tri/van-ban").body()).contains(title);
        assertThat(manager.postForm(path + "/da-doc", Map.of()).statusCode()).isEqualTo(302);
        assertThat(manager.postForm(path + "/da-doc", Map.of()).statusCode())
                .as("idempotent")
                .isEqualTo(302);

        assertThat(admin.get(path).body()).contains("Đã đọc lúc").doesNotContain("Chưa xác nhận");
    }

    @Test
    void aDirectiveWithoutUnitsIsRefusedInVietnameseAndNothingIsSent() {
        String title = "Văn bản thiếu đơn vị " + UUID.randomUUID();
        HttpResponse<String> response =
                signedIn("quantri").postForm("/quan-tri/van-ban", Map.of("title", title, "body", "Nội dung"));
        assertThat(response.body()).contains("Vui lòng chọn ít nhất một đơn vị");
        assertThat(jdbc.sql("SELECT count(*) FROM shr_directive WHERE title = ?")
                        .param(title)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aManagerCannotSendToAUnitOutsideTheirSubtreeNorReadOthersDirectives() {
        Browser manager = signedIn("quanly");
        HttpResponse<String> response = manager.postForm(
                "/quan-tri/van-ban",
                Map.of("title", "Ngoài phạm vi", "body", "x", "unitIds", Long.toString(unit("Đảng ủy xã Hùng Hòa"))));
        assertThat(response.statusCode()).isEqualTo(404);

        String title = "Chỉ cho Hùng Hòa " + UUID.randomUUID();
        HttpResponse<String> sent = signedIn("quantri")
                .postForm(
                        "/quan-tri/van-ban",
                        Map.of(
                                "title",
                                title,
                                "body",
                                "Nội dung",
                                "unitIds",
                                Long.toString(unit("Đảng ủy xã Hùng Hòa"))));
        String path = sent.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(manager.get(path).statusCode()).isEqualTo(404);
        assertThat(manager.postForm(path + "/da-doc", Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void anImmediateDirectiveIsMarkedSoInTheListAndOnItsPageAndAnUnknownUrgencyIsRefused() {
        String title = "Văn bản hỏa tốc " + UUID.randomUUID();
        Browser admin = signedIn("quantri");
        assertThat(admin.get("/quan-tri/van-ban/moi").body())
                .contains("Độ khẩn", "<option value=\"NORMAL\" selected>Thường</option>", "Thượng khẩn", "Hỏa tốc");
        String unit = Long.toString(unit("Đảng ủy xã Tiểu Cần"));
        HttpResponse<String> sent = admin.postForm(
                "/quan-tri/van-ban",
                Map.of("title", title, "body", "Triển khai ngay.", "unitIds", unit, "urgency", "IMMEDIATE"));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        String path = sent.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(admin.get(path).body()).contains("lt-urgency\">Hỏa tốc</span>", title);
        assertThat(admin.get("/quan-tri/van-ban").body())
                .contains("lt-urgency\">Hỏa tốc</span> <a href=\"" + path + "\">" + title + "</a>");
        assertThat(jdbc.sql("SELECT urgency FROM shr_directive WHERE title = ?")
                        .param(title)
                        .query(String.class)
                        .single())
                .isEqualTo("IMMEDIATE");

        String refused = "Văn bản độ khẩn lạ " + UUID.randomUUID();
        HttpResponse<String> response = admin.postForm(
                "/quan-tri/van-ban",
                Map.of("title", refused, "body", "Nội dung", "unitIds", unit, "urgency", "TOP_SECRET"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Độ khẩn không hợp lệ", refused);
        assertThat(jdbc.sql("SELECT count(*) FROM shr_directive WHERE title = ?")
                        .param(refused)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
