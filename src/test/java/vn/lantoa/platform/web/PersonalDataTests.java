package vn.lantoa.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;

/**
 * Personal data (issue 16, Law 91/2025): a member reads and downloads what is held about them, an
 * administrator erases a member who left (actions kept, nothing identifying left), and every read
 * is audited. The public reporters' contacts: {@code ReporterContactRetentionTests}.
 */
@LanToaIntegrationTest
class PersonalDataTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aMemberSeesAndDownloadsTheirOwnDataAndEachReadIsAudited() throws Exception {
        Browser member = new Browser(port);
        member.signIn("thanhvien", LanToaIntegrationTest.DEMO_PASSWORD);
        long audited = audits("personal-data.%", "thanhvien");

        HttpResponse<String> page = member.get("/tai-khoan/du-lieu-ca-nhan");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Nguyễn Thị Lan")
                .contains("Hồ sơ thành viên")
                .contains("Chi bộ ấp Cầu Tre");

        HttpResponse<String> download = member.get("/tai-khoan/du-lieu-ca-nhan.json", "application/json");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("attachment"));
        JsonNode sections = new ObjectMapper().readTree(download.body()).get("sections");
        assertThat(sections.get("member").get("rows").get(0).get(0).asString()).isEqualTo("Nguyễn Thị Lan");
        assertThat(sections.get("account").get("rows").get(0).get(0).asString()).isEqualTo("thanhvien");
        long memberId = jdbc.sql("SELECT member_id FROM acc_user WHERE username = 'thanhvien'")
                .query(Long.class)
                .single();
        long actions = jdbc.sql("SELECT count(*) FROM shr_action WHERE member_id = ?")
                .param(memberId)
                .query(Long.class)
                .single();
        assertThat(actions).isPositive();
        assertThat(sections.get("actions").get("rows").size()).isEqualTo(actions);

        assertThat(audits("personal-data.%", "thanhvien")).isEqualTo(audited + 2);
    }

    @Test
    void anAdministratorErasesAMemberWhoLeftAndTheActionsStayCounted() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        long unit = jdbc.sql("SELECT unit_id FROM org_member WHERE full_name = 'Nguyễn Thị Lan'")
                .query(Long.class)
                .single();
        long member = jdbc.sql("INSERT INTO org_member (unit_id, kind_id, full_name, phone, email, consent_at)"
                        + " SELECT ?, min(id), 'Trần Thị Rời " + suffix + "', '0988" + suffix.hashCode() % 1000000
                        + "', 'roi." + suffix + "@example.vn', now() FROM org_member_kind RETURNING id")
                .param(unit)
                .query(Long.class)
                .single();
        String username = "roi" + suffix;
        long user = jdbc.sql("INSERT INTO acc_user (username, display_name, password_hash, member_id, scope_unit_id)"
                        + " VALUES (?, 'Trần Thị Rời', ?, ?, ?) RETURNING id")
                .params(username, encoder.encode("Roi-mat-khau-2026"), member, unit)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO acc_user_role (user_id, role) VALUES (?, 'MEMBER')")
                .param(user)
                .update();

        Browser leaving = new Browser(port);
        leaving.signIn(username, "Roi-mat-khau-2026");
        for (String table : java.util.List.of("ntf_push_subscription", "ntf_preference", "ntf_notice")) {
            assertThat(jdbc.sql("SELECT count(*) FROM " + table + " WHERE member_id = ?")
                            .param(member)
                            .query(Long.class)
                            .single())
                    .as(table)
                    .isZero();
        }
        assertThat(leaving.get("/thanh-vien").statusCode()).isEqualTo(200); // and its CSRF token
        HttpResponse<String> shared = leaving.postJson(
                "/api/v1/shares", "{\"postUrl\":\"https://www.facebook.com/tran.thi.roi/posts/" + suffix + "1\"}");
        assertThat(shared.statusCode()).as(shared.body()).isEqualTo(201);
        jdbc.sql("UPDATE shr_action SET rebuttal_text = 'Lời của tôi' WHERE member_id = ?")
                .param(member)
                .update();

        jdbc.sql("INSERT INTO ntf_push_subscription (account_id, member_id, endpoint, p256dh, auth, created_at)"
                        + " VALUES (?, ?, ?, 'k', 'a', now())")
                .params(user, member, "https://push.example.vn/" + suffix)
                .update();
        jdbc.sql(
                        "INSERT INTO ntf_preference (member_id, email, zalo, push, updated_at) VALUES (?, true, false, true, now())")
                .param(member)
                .update();
        jdbc.sql("INSERT INTO ntf_notice (recipient_key, member_id, email, subject, body, dedup_key, created_at)"
                        + " VALUES (?, ?, ?, 'Đợt mới', 'Nội dung', 'x', now())")
                .params("member:" + member, member, "roi." + suffix + "@example.vn")
                .update();
        assertThat(new ObjectMapper()
                        .readTree(leaving.get("/tai-khoan/du-lieu-ca-nhan.json", "application/json")
                                .body())
                        .get("sections")
                        .get("pushDevices")
                        .get("rows")
                        .get(0)
                        .get(0)
                        .asString())
                .isEqualTo("push.example.vn");

        Browser manager = new Browser(port);
        manager.signIn("quanly", LanToaIntegrationTest.DEMO_PASSWORD);
        assertThat(manager.get("/quan-tri").statusCode()).isEqualTo(200); // a CSRF token: a 403 below is the role's
        assertThat(manager.postForm("/quan-tri/thanh-vien/" + member + "/xoa-du-lieu-ca-nhan", Map.of())
                        .statusCode())
                .as("only an administrator erases")
                .isEqualTo(403);

        Browser admin = new Browser(port);
        admin.signIn("admin", LanToaIntegrationTest.ADMIN_PASSWORD);
        assertThat(admin.get("/quan-tri/thanh-vien/" + member).body())
                .contains("Chỉ xóa được dữ liệu của thành viên đã rời tổ chức")
                .doesNotContain("xoa-du-lieu-ca-nhan\"");
        HttpResponse<String> notLeft =
                admin.postForm("/quan-tri/thanh-vien/" + member + "/xoa-du-lieu-ca-nhan", Map.of("confirm", "on"));
        assertThat(notLeft.statusCode()).isEqualTo(400);
        assertThat(notLeft.body()).contains("Chỉ xóa được dữ liệu của thành viên đã rời tổ chức");
        assertThat(name(member)).startsWith("Trần Thị Rời");

        jdbc.sql("UPDATE org_member SET status = 'LEFT' WHERE id = ?")
                .param(member)
                .update();
        assertThat(admin.get("/quan-tri/thanh-vien/" + member).body()).contains("xoa-du-lieu-ca-nhan");
        HttpResponse<String> erased =
                admin.postForm("/quan-tri/thanh-vien/" + member + "/xoa-du-lieu-ca-nhan", Map.of("confirm", "on"));
        assertThat(erased.statusCode()).isEqualTo(302);

        Map<String, Object> row = jdbc.sql("SELECT full_name, phone, email, consent_at FROM org_member WHERE id = ?")
                .param(member)
                .query()
                .singleRow();
        assertThat(row.get("full_name")).isEqualTo("Thành viên đã xóa #" + member);
        assertThat(row.get("phone")).isNull();
        assertThat(row.get("email")).isNull();
        assertThat(row.get("consent_at")).isNull();
        Map<String, Object> account = jdbc.sql("SELECT username, display_name, enabled FROM acc_user WHERE id = ?")
                .param(user)
                .query()
                .singleRow();
        assertThat(account.get("username")).isEqualTo("da-xoa-" + user);
        assertThat(account.get("enabled")).isEqualTo(false);
        assertThat(jdbc.sql("SELECT count(*) FROM shr_action WHERE member_id = ?")
                        .param(member)
                        .query(Long.class)
                        .single())
                .as("the actions stay counted")
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM shr_action WHERE member_id = ? AND rebuttal_text IS NOT NULL")
                        .param(member)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(leaving.get("/thanh-vien").statusCode())
                .as("the erased account's session ended")
                .isEqualTo(302);
        assertThat(new Browser(port)
                        .signIn(username, "Roi-mat-khau-2026")
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/dang-nhap?error"));
        assertThat(audits("personal-data.erase", "admin")).isPositive();
    }

    private String name(long member) {
        return jdbc.sql("SELECT full_name FROM org_member WHERE id = ?")
                .param(member)
                .query(String.class)
                .single();
    }

    private long audits(String action, String username) {
        return jdbc.sql("SELECT count(*) FROM acc_audit_log WHERE action LIKE ? AND username = ?")
                .params(action, username)
                .query(Long.class)
                .single();
    }
}
