package vn.lantoa.visits.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.visits.internal.VisitQueries;
import vn.lantoa.visits.internal.VisitStatistics;

@LanToaIntegrationTest
class VisitsAdminTests {

    @LocalServerPort
    int port;

    @Autowired
    VisitQueries queries;

    @Autowired
    VisitStatistics statistics;

    @Autowired
    ConfigurableApplicationContext context;

    /** One signed-in admin for the class: signing in (Argon2) is the slow part. */
    static Browser admin;

    Browser admin() {
        if (admin == null) {
            admin = new Browser(port);
            admin.signIn("quantri", LanToaIntegrationTest.DEMO_PASSWORD);
        }
        return admin;
    }

    @Test
    void theAdminSeesTheFiguresTheChartDataAndTheTopArticles() {
        Browser browser = admin();
        HttpResponse<String> page = browser.get("/quan-tri/truy-cap");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Thống kê truy cập", "Bài viết xem nhiều", "Mốc tổng ban đầu")
                .contains("/webjars/chart.js/dist/chart.umd.min.js", "/js/visits-admin.js");
        HttpResponse<String> chart = browser.get("/quan-tri/truy-cap/bieu-do", "application/json");
        assertThat(chart.statusCode()).isEqualTo(200);
        assertThat(chart.body()).contains("\"days\":[", "\"visits\":[", "\"pageViews\":[");
        assertThat(chart.body().split("/", -1)).as("90 dates dd/MM/yyyy").hasSize(90 * 2 + 1);
        assertThat(browser.get("/webjars/chart.js/dist/chart.umd.min.js", "*/*").statusCode())
                .isEqualTo(200);
        assertThat(browser.get("/quan-tri").body()).contains("href=\"/quan-tri/truy-cap\"");
    }

    @Test
    void aBadPeriodGivesAMessageNotAnError() {
        HttpResponse<String> page = admin().get("/quan-tri/truy-cap?from=hom-qua&to=2026-13-45");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Khoảng thời gian không hợp lệ");
        assertThat(admin().get("/quan-tri/truy-cap?from=2026-02-01&to=2026-01-01")
                        .body())
                .contains("Khoảng thời gian không hợp lệ");
    }

    @Test
    void otherBackOfficeRolesMayNotSeeIt() {
        Browser editor = new Browser(port);
        editor.signIn("bientap", LanToaIntegrationTest.DEMO_PASSWORD);
        assertThat(editor.get("/quan-tri/truy-cap").statusCode()).isEqualTo(403);
        assertThat(editor.get("/quan-tri").body()).doesNotContain("/quan-tri/truy-cap");
        assertThat(editor.postForm("/quan-tri/truy-cap/moc-tong", Map.of("totalOffset", "1"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theStartingOffsetIsAddedToTheTotalAndAudited() {
        List<AuditEvent> audited = new CopyOnWriteArrayList<>();
        context.addApplicationListener((ApplicationListener<ApplicationEvent>) e -> {
            if (e instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof AuditEvent audit) {
                audited.add(audit);
            }
        });
        long original = queries.totalOffset();
        long totalBefore = statistics.fresh().total();
        try {
            Browser browser = admin();
            browser.get("/quan-tri/truy-cap");
            HttpResponse<String> saved =
                    browser.postForm("/quan-tri/truy-cap/moc-tong", Map.of("totalOffset", "9.000.000"));
            assertThat(saved.statusCode()).isEqualTo(302);
            assertThat(queries.totalOffset()).isEqualTo(9_000_000L);
            assertThat(statistics.fresh().total() - totalBefore).isEqualTo(9_000_000L - original);
            assertThat(browser.get("/quan-tri/truy-cap?saved").body()).contains("Đã lưu mốc tổng");
            assertThat(audited).extracting(AuditEvent::action).contains("visits.offset.update");

            browser.get("/quan-tri/truy-cap");
            HttpResponse<String> refused = browser.postForm("/quan-tri/truy-cap/moc-tong", Map.of("totalOffset", "-5"));
            assertThat(refused.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).contains("offsetError"));
            assertThat(browser.get("/quan-tri/truy-cap?offsetError").body())
                    .contains("Mốc tổng phải là số nguyên không âm");
            browser.get("/quan-tri/truy-cap");
            assertThat(browser.postForm("/quan-tri/truy-cap/moc-tong", Map.of("totalOffset", "mười"))
                            .statusCode())
                    .isEqualTo(302);
            assertThat(queries.totalOffset()).isEqualTo(9_000_000L);
        } finally {
            queries.setTotalOffset(original);
        }
    }
}
