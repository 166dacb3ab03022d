package vn.lantoa.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;

/** Issue 16 point 7: one signed-in account files at most so many reports an hour, by form or API. */
@LanToaIntegrationTest
class AccountReportLimitTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Value("${lantoa.reports.per-account-per-hour:20}")
    int perHour;

    @Test
    void anAccountPastItsHourlyLimitIsAnswered429WithRetryAfterOnTheApiAndTheForm() throws Exception {
        String username = newMember();
        Browser member = ReportClient.signedIn(port, username);
        for (int i = 0; i < perHour; i++) {
            HttpResponse<String> filed = member.postJson(
                    ReportApiController.REPORTS,
                    "{\"content\": \"Tin đồn thất thiệt số " + i + " " + UUID.randomUUID()
                            + "\", \"category\": \"other\"}",
                    true);
            assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        }

        HttpResponse<String> api = member.postJson(
                ReportApiController.REPORTS,
                "{\"content\": \"Một tin đồn nữa " + UUID.randomUUID() + "\", \"category\": \"other\"}",
                true);
        assertThat(api.statusCode()).isEqualTo(429);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        long retryAfter = Long.parseLong(api.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 3600L);
        JsonNode problem = new ObjectMapper().readTree(api.body());
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("detail").asString()).contains(perHour + " phản ánh trong một giờ qua");

        member.get(ReportsRoutes.MEMBER_FORM);
        String content = "Tin đồn qua biểu mẫu " + UUID.randomUUID();
        HttpResponse<String> form = member.postForm(
                ReportsRoutes.MEMBER_FORM, Map.of("content", content, "links", "", "category", "other"));
        assertThat(form.statusCode()).isEqualTo(429);
        assertThat(form.headers().firstValue("Retry-After")).isPresent();
        assertThat(form.body()).contains("mức tối đa cho phép").contains(content);

        assertThat(jdbc.sql("SELECT count(*) FROM rpt_report r JOIN acc_user u ON u.id = r.reporter_user_id"
                                + " WHERE u.username = ?")
                        .param(username)
                        .query(Long.class)
                        .single())
                .isEqualTo(perHour);

        // another member is not held by this one's count
        HttpResponse<String> other = ReportClient.signedIn(port, newMember())
                .postJson(
                        ReportApiController.REPORTS,
                        "{\"content\": \"Tin của người khác " + UUID.randomUUID() + "\", \"category\": \"other\"}",
                        true);
        assertThat(other.statusCode()).isEqualTo(201);
    }

    /** A member account of its own (the demo member's record and password), so no other test's reports count. */
    private String newMember() {
        String username = "gioi-han-" + UUID.randomUUID().toString().substring(0, 8);
        long id = jdbc.sql("""
                INSERT INTO acc_user (username, display_name, password_hash, member_id, scope_unit_id)
                SELECT ?, 'Thành viên thử giới hạn', password_hash, member_id, scope_unit_id FROM acc_user
                WHERE username = 'thanhvien' RETURNING id""").param(username).query(Long.class).single();
        jdbc.sql("INSERT INTO acc_user_role (user_id, role) VALUES (?, 'MEMBER')")
                .param(id)
                .update();
        return username;
    }
}
