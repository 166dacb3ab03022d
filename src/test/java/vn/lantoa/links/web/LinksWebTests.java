package vn.lantoa.links.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.links.LinkChecker;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;

@LanToaIntegrationTest
class LinksWebTests {

    private static final String PASSWORD = LanToaIntegrationTest.DEMO_PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LinkChecker checker;

    private final List<AuditEvent> audits = new CopyOnWriteArrayList<>();
    private ApplicationListener<ApplicationEvent> listener;

    @BeforeEach
    void listenToAuditEvents() {
        listener = event -> {
            if (event instanceof PayloadApplicationEvent<?> payload
                    && payload.getPayload() instanceof AuditEvent audit) {
                audits.add(audit);
            }
        };
        context.addApplicationListener(listener);
    }

    @AfterEach
    void stopListening() {
        context.removeApplicationListener(listener);
    }

    @Test
    void anAnonymousVisitorGetsA401ProblemFromTheCheckApi() {
        HttpResponse<String> response = new Browser(port).get(check("https://nhandan.vn/x"), "application/json");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("canonical");
    }

    @Test
    void aMemberChecksAnOfficialLinkWrappedByFacebook() {
        Browser member = signedIn("thanhvien");
        String wrapped =
                "https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.nhandan.vn%2Fbai-viet.html%3Ffbclid%3DIwAR1&h=AT";
        HttpResponse<String> response = member.get(check(wrapped), "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"canonical\":\"https://nhandan.vn/bai-viet.html\"")
                .contains("\"platform\":\"NEWS_SITE\"")
                .contains("\"official\":true")
                .contains("\"source\":{\"name\":\"Báo Nhân Dân\",\"domain\":\"nhandan.vn\"}")
                .contains("\"unwrapped\":true")
                .contains("\"resolved\":true");
    }

    @Test
    void aLookAlikeIsAnsweredAsNotOfficialWithNoSource() {
        HttpResponse<String> response =
                signedIn("thanhvien").get(check("http://nhandan.vn@evil.example/x"), "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"host\":\"evil.example\"", "\"official\":false", "\"source\":null");
    }

    @Test
    void aMalformedLinkGetsA400ProblemWithAVietnameseDetail() {
        HttpResponse<String> response = signedIn("thanhvien").get(check("javascript:alert(1)"), "application/json");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        assertThat(response.body()).contains("\"status\":400", "Chỉ nhận đường dẫn web");
        HttpResponse<String> empty = signedIn("thanhvien").get("/api/v1/links/check", "application/json");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Chưa nhập đường dẫn");
    }

    @Test
    void backOfficeUsersOtherThanAdminsAreForbiddenTheRegistry() {
        for (String user : new String[] {"bientap", "xuly", "quanly"}) {
            Browser browser = signedIn(user);
            assertThat(browser.get("/quan-tri/nguon-chinh-thong").statusCode())
                    .as(user)
                    .isEqualTo(403);
            assertThat(browser.postForm(
                                    "/quan-tri/nguon-chinh-thong/moi",
                                    Map.of("name", "Báo giả " + user, "kind", "OTHER", "domains", user + ".example"))
                            .statusCode())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM lnk_source WHERE name LIKE 'Báo giả %'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anAdminAddsEditsAndDeactivatesASourceAndEachChangeIsAuditedAndTakesEffect() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String domain = "bao-" + unique + ".vn";
        String link = "https://www." + domain + "/tin.html";
        Browser admin = signedIn("quantri");
        assertThat(admin.get("/quan-tri/nguon-chinh-thong").body()).contains("Báo Nhân Dân", "nhandan.vn");
        assertThat(checker.check(link).official()).isFalse();

        HttpResponse<String> created = admin.postForm(
                "/quan-tri/nguon-chinh-thong/moi",
                Map.of("name", "Báo thử " + unique, "kind", "PROVINCIAL_PRESS", "domains", domain, "active", "true"));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/quan-tri/nguon-chinh-thong"));
        assertThat(admin.get("/quan-tri/nguon-chinh-thong").body()).contains("Đã thêm nguồn", "Báo thử " + unique);
        assertThat(checker.check(link).official()).isTrue();
        assertThat(checker.check(link).source().name()).isEqualTo("Báo thử " + unique);

        long id = jdbc.sql("SELECT id FROM lnk_source WHERE name = :n")
                .param("n", "Báo thử " + unique)
                .query(Long.class)
                .single();
        HttpResponse<String> edited = admin.postForm(
                "/quan-tri/nguon-chinh-thong/" + id,
                Map.of(
                        "name",
                        "Báo thử " + unique,
                        "kind",
                        "PROVINCIAL_PRESS",
                        "domains",
                        domain + "\nx" + domain,
                        "active",
                        "true"));
        assertThat(edited.statusCode()).isEqualTo(302);
        assertThat(checker.check("https://x" + domain + "/a").official()).isTrue();

        admin.get("/quan-tri/nguon-chinh-thong");
        HttpResponse<String> deactivated =
                admin.postForm("/quan-tri/nguon-chinh-thong/" + id + "/trang-thai", Map.of("active", "false"));
        assertThat(deactivated.statusCode()).isEqualTo(302);
        assertThat(checker.check(link).official()).isFalse();

        assertThat(audits)
                .extracting(AuditEvent::action, AuditEvent::targetId)
                .containsSubsequence(
                        org.assertj.core.groups.Tuple.tuple("source.create", String.valueOf(id)),
                        org.assertj.core.groups.Tuple.tuple("source.update", String.valueOf(id)),
                        org.assertj.core.groups.Tuple.tuple("source.deactivate", String.valueOf(id)));
    }

    @Test
    void anInvalidFormIsShownAgainWithVietnameseMessagesAndNothingIsSaved() {
        Browser admin = signedIn("quantri");
        admin.get("/quan-tri/nguon-chinh-thong/moi");
        HttpResponse<String> response = admin.postForm(
                "/quan-tri/nguon-chinh-thong/moi",
                Map.of("name", " ", "kind", "KHONG_CO", "domains", "https://nhandan.vn/abc"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Vui lòng nhập tên nguồn.", "Vui lòng chọn loại nguồn.", "Có tên miền không hợp lệ.");
        HttpResponse<String> taken = admin.postForm(
                "/quan-tri/nguon-chinh-thong/moi",
                Map.of("name", "Báo trùng " + UUID.randomUUID(), "kind", "OTHER", "domains", "nhandan.vn"));
        assertThat(taken.body()).contains("Có tên miền đã thuộc một nguồn khác.");
        assertThat(audits).isEmpty();
        assertThat(admin.get("/quan-tri/nguon-chinh-thong/999999999").statusCode())
                .isEqualTo(404);
    }

    private Browser signedIn(String user) {
        Browser browser = new Browser(port);
        assertThat(browser.signIn(user, PASSWORD).statusCode()).isEqualTo(302);
        return browser;
    }

    private static String check(String url) {
        return "/api/v1/links/check?url=" + enc(url);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
