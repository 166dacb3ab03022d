package vn.lantoa.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.reports.TestImages;
import vn.lantoa.reports.internal.FiledReport;
import vn.lantoa.reports.internal.ReportIntake;
import vn.lantoa.reports.internal.ReportSubmission;
import vn.lantoa.reports.internal.Reporter;

@LanToaIntegrationTest
class TriageTests {

    @LocalServerPort
    int port;

    @Autowired
    ReportIntake intake;

    @Autowired
    JdbcClient jdbc;

    private static String token() {
        return Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()), 36);
    }

    private FiledReport filePublic(String content, String category, byte[] screenshot, String... links) {
        return intake.file(
                new ReportSubmission(content, List.of(links), category, screenshot, null, null, false, null),
                Reporter.anonymous("triage-test"));
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    private long userId(String username) {
        return jdbc.sql("SELECT id FROM acc_user WHERE username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    private int audits(String action, Object targetId) {
        return jdbc.sql("SELECT count(*) FROM acc_audit_log WHERE action = ? AND target_id = ?")
                .params(action, targetId.toString())
                .query(Integer.class)
                .single();
    }

    @Test
    void aHandlerWorksAClusterConfirmingSplittingAndMovingReportsWithHistoryAndAudit() {
        String place = "thôn " + token();
        String link = "https://www.tiktok.com/@kenh" + token() + "/video/7312" + System.nanoTime();
        FiledReport original = filePublic(
                "Video kêu gọi người dân " + place + " tụ tập phản đối, chặn quốc lộ vào sáng chủ nhật tới",
                "incitement",
                TestImages.jpegWithExif(),
                link);
        FiledReport paraphrase = filePublic(
                "video keu goi nguoi dan " + place + " tu tap phan doi chan quoc lo vao sang chu nhat toi nhe",
                "incitement",
                null);
        long cluster = original.clusterId();
        assertThat(paraphrase.clusterId()).isEqualTo(cluster);
        jdbc.sql("UPDATE rpt_cluster SET due_at = now() - interval '1 hour' WHERE id = ?")
                .param(cluster)
                .update();

        Browser handler = ReportClient.signedIn(port, "xuly");
        String queue = handler.get(ReportsRoutes.QUEUE + "?loai=incitement").body();
        assertThat(queue).contains("data-cluster=\"" + cluster + "\"", "id=\"count-NEW\"");
        String row = queue.substring(queue.indexOf("data-cluster=\"" + cluster + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("Quá hạn", "1 gợi ý", "Kích động");

        String page = handler.get(ReportsRoutes.QUEUE + "/" + cluster).body();
        assertThat(page)
                .contains(original.trackingCode(), paraphrase.trackingCode(), "data-suggested=\"true\"")
                .contains("id=\"cluster-actions\"", "Người dân")
                .contains(link.replace("https://www.", "https://"));
        long screenshot = jdbc.sql("SELECT s.id FROM rpt_screenshot s JOIN rpt_report r ON r.id = s.report_id "
                        + "WHERE r.tracking_code = ?")
                .param(original.trackingCode())
                .query(Long.class)
                .single();
        assertThat(page).contains(ReportsRoutes.screenshot(screenshot, true));
        HttpResponse<byte[]> thumb = handler.download(ReportsRoutes.screenshot(screenshot, true));
        assertThat(thumb.statusCode()).isEqualTo(200);
        assertThat(thumb.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(thumb.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(ReportClient.anonymous(port)
                        .download(ReportsRoutes.screenshot(screenshot, false))
                        .statusCode())
                .isEqualTo(302);
        assertThat(ReportClient.signedIn(port, "thanhvien")
                        .download(ReportsRoutes.screenshot(screenshot, false))
                        .statusCode())
                .isEqualTo(403);

        long suggestedId = jdbc.sql("SELECT id FROM rpt_report WHERE tracking_code = ?")
                .param(paraphrase.trackingCode())
                .query(Long.class)
                .single();
        String back = ReportsRoutes.QUEUE + "/" + cluster;
        assertThat(location(
                        handler.postForm(ReportsRoutes.reportConfirm(suggestedId), Map.of("cluster", "" + cluster))))
                .isEqualTo(back);
        assertThat(jdbc.sql("SELECT cluster_state FROM rpt_report WHERE id = ?")
                        .param(suggestedId)
                        .query(String.class)
                        .single())
                .isEqualTo("CONFIRMED");

        assertThat(location(handler.postForm(
                        back + "/trang-thai", Map.of("status", "IN_VERIFICATION", "note", "Đã liên hệ công an huyện"))))
                .isEqualTo(back);
        assertThat(location(handler.postForm(back + "/giao", Map.of("assignee", "" + userId("xuly")))))
                .isEqualTo(back);
        assertThat(location(handler.postForm(back + "/binh-luan", Map.of("text", "Cần đối chiếu video gốc"))))
                .isEqualTo(back);
        page = handler.get(back).body();
        assertThat(page)
                .contains("data-status=\"IN_VERIFICATION\"", "Mới → ", "Đang xác minh", "Đã liên hệ công an huyện")
                .contains("Phạm Thị Xử", "Cần đối chiếu video gốc");
        assertThat(audits("report.cluster.status", cluster)).isEqualTo(1);
        assertThat(audits("report.cluster.assign", cluster)).isEqualTo(1);
        assertThat(audits("report.confirm", suggestedId)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT from_status || '>' || to_status FROM rpt_cluster_event "
                                + "WHERE cluster_id = ? AND kind = 'STATUS'")
                        .param(cluster)
                        .query(String.class)
                        .single())
                .isEqualTo("NEW>IN_VERIFICATION");

        // Split the paraphrase off, then move it back.
        String split = location(handler.postForm(ReportsRoutes.reportSplit(suggestedId), Map.of()));
        long newCluster = Long.parseLong(split.substring(split.lastIndexOf('/') + 1));
        assertThat(newCluster).isNotEqualTo(cluster);
        assertThat(handler.get(split).body()).contains(paraphrase.trackingCode());
        assertThat(handler.get(back).body())
                .doesNotContain(paraphrase.trackingCode())
                .contains("data-kind=\"SPLIT\"");
        assertThat(location(handler.postForm(ReportsRoutes.reportMove(suggestedId), Map.of("target", "#" + cluster))))
                .isEqualTo(back);
        assertThat(handler.get(back).body()).contains(paraphrase.trackingCode(), "data-kind=\"MOVE_IN\"");
        assertThat(audits("report.split", suggestedId)).isEqualTo(1);
        assertThat(audits("report.move", suggestedId)).isEqualTo(1);

        // The status filter and bad input.
        assertThat(handler.get(ReportsRoutes.QUEUE + "?trang-thai=IN_VERIFICATION")
                        .body())
                .contains("data-cluster=\"" + cluster + "\"");
        assertThat(handler.get(ReportsRoutes.QUEUE + "?trang-thai=NEW").body())
                .doesNotContain("data-cluster=\"" + cluster + "\"");
        assertThat(handler.postForm(back + "/trang-thai", Map.of("status", "DELETED"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(handler.postForm(ReportsRoutes.reportMove(suggestedId), Map.of("target", "abc"))
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void handlersSeeMemberReportsOfTheirSubtreeAndOnlyProvinceHandlersSeeThePublicOnes() throws Exception {
        String name = "xuly-tc-" + token().toLowerCase();
        jdbc.sql("""
                INSERT INTO acc_user (username, display_name, password_hash, scope_unit_id)
                SELECT ?, 'Xử lý Tiểu Cần', password_hash, (SELECT scope_unit_id FROM acc_user WHERE username = 'quanly')
                FROM acc_user WHERE username = 'xuly'""").param(name).update();
        jdbc.sql("INSERT INTO acc_user_role (user_id, role) VALUES (?, 'HANDLER')")
                .param(userId(name))
                .update();

        Browser member = ReportClient.signedIn(port, "thanhvien");
        String memberContent = "Trang giả mạo Ủy ban xã thu tiền hỗ trợ " + token();
        HttpResponse<String> filed = member.postJson(
                ReportApiController.REPORTS,
                "{\"content\": \"" + memberContent + "\", \"category\": \"impersonation\"}",
                true);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        long memberCluster = new tools.jackson.databind.ObjectMapper()
                .readTree(filed.body())
                .get("clusterId")
                .asLong();
        long publicCluster = filePublic("Người dân báo tin đồn thất thiệt về dịch bệnh " + token(), "fabricated", null)
                .clusterId();

        Browser local = ReportClient.signedIn(port, name);
        assertThat(local.get(ReportsRoutes.QUEUE + "/" + memberCluster).statusCode())
                .isEqualTo(200);
        assertThat(local.get(ReportsRoutes.QUEUE + "/" + publicCluster).statusCode())
                .isEqualTo(404);
        String localQueue = local.get(ReportsRoutes.QUEUE).body();
        assertThat(localQueue)
                .contains("data-cluster=\"" + memberCluster + "\"")
                .doesNotContain("data-cluster=\"" + publicCluster + "\"");
        assertThat(local.postForm(
                                ReportsRoutes.QUEUE + "/" + publicCluster + "/trang-thai",
                                Map.of("status", "NOT_ACTIONABLE"))
                        .statusCode())
                .isEqualTo(404);

        Browser province = ReportClient.signedIn(port, "xuly");
        assertThat(province.get(ReportsRoutes.QUEUE + "/" + memberCluster).statusCode())
                .isEqualTo(200);
        assertThat(province.get(ReportsRoutes.QUEUE + "/" + publicCluster).body())
                .contains("Người dân báo tin đồn");

        assertThat(member.get(ReportsRoutes.QUEUE).statusCode()).isEqualTo(403);
        assertThat(ReportClient.signedIn(port, "bientap")
                        .get(ReportsRoutes.QUEUE)
                        .statusCode())
                .isEqualTo(403);
    }
}
