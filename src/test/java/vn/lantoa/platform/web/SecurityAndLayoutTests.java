package vn.lantoa.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;

@LanToaIntegrationTest
class SecurityAndLayoutTests {

    @LocalServerPort
    int port;

    @Test
    void everyPageButTheSharedPublicOnesCarriesTheCsrfTokenAndItsHeaderNameInMetaTags() {
        for (String path : new String[] {"/dang-nhap", "/khong-co", "/phan-anh"}) {
            String body = new Browser(port).get(path).body();
            assertThat(body).as(path).containsPattern("<meta name=\"_csrf\" content=\"[^\"]{20,}\">");
            assertThat(body).as(path).contains("<meta name=\"_csrf_header\" content=\"X-XSRF-TOKEN\">");
        }
        // the pages any cache may keep (ADR 0017): nothing on them posts
        for (String path : new String[] {"/", "/tim-kiem?q=tin", "/gioi-thieu"}) {
            String body = new Browser(port).get(path).body();
            assertThat(body).as(path).doesNotContain("name=\"_csrf", "<form method=\"post\"", "hx-post");
        }
        Browser editor = new Browser(port);
        editor.signIn("bientap", LanToaIntegrationTest.DEMO_PASSWORD);
        assertThat(editor.get("/").body()).containsPattern("<meta name=\"_csrf\" content=\"[^\"]{20,}\">");
    }

    @Test
    void securityHeadersForbidInlineScriptsAndFraming() {
        HttpResponse<String> response = new Browser(port).get("/");
        String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp)
                .contains("script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.body()).doesNotContainPattern("<script>|<script [^>]*>[^<]+</script>| on[a-z]+=\"");
    }

    @Test
    void theHomePageIsVietnameseByDefaultAndEnglishOnRequest() {
        Browser browser = new Browser(port);
        assertThat(browser.get("/").body()).contains("<html lang=\"vi\"", "Tin mới", "Đăng nhập");
        assertThat(browser.get("/?lang=en").body()).contains("<html lang=\"en\"", "Latest news", "Sign in");
        assertThat(browser.get("/").body()).as("the choice is remembered").contains("Latest news");
    }

    @Test
    void theBackOfficeAndMemberAreaSendAnonymousVisitorsToTheLoginPage() {
        Browser browser = new Browser(port);
        for (String path : new String[] {"/quan-tri", "/quan-tri/bai-viet", "/thanh-vien"}) {
            HttpResponse<String> response = browser.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .as(path)
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/dang-nhap"));
        }
        assertThat(browser.get("/api/v1/me/actions", "*/*").statusCode())
                .as("the JSON API answers 401 instead of a login redirect")
                .isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        Browser browser = new Browser(port);
        HttpResponse<String> response = browser.signIn("bientap", "sai-mat-khau-roi");
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/dang-nhap?error"));
        assertThat(browser.get("/dang-nhap?error").body()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
        assertThat(browser.get("/quan-tri").statusCode()).isEqualTo(302);
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        Browser browser = new Browser(port);
        browser.get("/dang-nhap");
        HttpResponse<String> response = browser.postForm(
                "/dang-nhap",
                Map.of("username", "bientap", "password", LanToaIntegrationTest.DEMO_PASSWORD, "_csrf", "forged"));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void anEditorEntersTheBackOfficeAndSignsOut() {
        Browser browser = new Browser(port);
        HttpResponse<String> login = browser.signIn("bientap", LanToaIntegrationTest.DEMO_PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        HttpResponse<String> backOffice = browser.get("/quan-tri");
        assertThat(backOffice.statusCode()).isEqualTo(200);
        assertThat(backOffice.body()).contains("Trần Thị Biên", "Biên tập viên");
        HttpResponse<String> logout = browser.postForm("/dang-xuat", Map.of());
        assertThat(logout.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/dang-nhap?logout"));
        assertThat(browser.get("/quan-tri").statusCode()).isEqualTo(302);
    }

    @Test
    void aMemberUsesTheMemberAreaButIsForbiddenTheBackOffice() {
        Browser browser = new Browser(port);
        browser.signIn("thanhvien", LanToaIntegrationTest.DEMO_PASSWORD);
        HttpResponse<String> member = browser.get("/thanh-vien");
        assertThat(member.statusCode()).isEqualTo(200);
        assertThat(member.body()).contains("Xin chào, Nguyễn Thị Lan");
        HttpResponse<String> forbidden = browser.get("/quan-tri");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("Không có quyền truy cập");
    }

    @Test
    void theFirstAdminGetsTheConfiguredInitialPassword() {
        Browser browser = new Browser(port);
        browser.signIn("admin", LanToaIntegrationTest.ADMIN_PASSWORD);
        assertThat(browser.get("/quan-tri").statusCode()).isEqualTo(200);
    }

    @Test
    void onlyHealthAndPrometheusArePublicAmongTheActuatorEndpoints() {
        Browser browser = new Browser(port);
        assertThat(browser.get("/actuator/health", "application/json").body()).contains("\"status\":\"UP\"");
        assertThat(browser.get("/actuator/prometheus", "text/plain").statusCode())
                .isEqualTo(200);
        Browser admin = new Browser(port);
        admin.signIn("admin", LanToaIntegrationTest.ADMIN_PASSWORD);
        for (String hidden : new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator"}) {
            assertThat(browser.get(hidden, "application/json").statusCode())
                    .as("anonymous " + hidden)
                    .isEqualTo(302);
            assertThat(admin.get(hidden, "application/json").statusCode())
                    .as("even an admin " + hidden)
                    .isEqualTo(403);
        }
    }
}
