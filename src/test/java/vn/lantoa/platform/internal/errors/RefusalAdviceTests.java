package vn.lantoa.platform.internal.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;

/**
 * A service's refusal (here organization's {@code NotFoundException} for a unit that is not there,
 * and the role check of {@code @Allowed}) answered by the one advice: the error page with its
 * status and sentence for a person, RFC 9457 problem details under {@code /api/}, in Vietnamese or
 * English.
 */
@LanToaIntegrationTest
class RefusalAdviceTests {

    @LocalServerPort
    int port;

    @Test
    void aServicesNotFoundIsTheErrorPageForAPersonAndProblemDetailsForTheApi() {
        Browser admin = new Browser(port);
        admin.signIn("quantri", LanToaIntegrationTest.DEMO_PASSWORD);

        HttpResponse<String> page = admin.get("/quan-tri/don-vi/987654321");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("Không tìm thấy trang", "Trang bạn tìm không tồn tại");

        HttpResponse<String> api = admin.get("/api/v1/to-chuc/don-vi/987654321?lang=en", "application/json");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(api.body())
                .contains(
                        "\"status\":404",
                        "\"title\":\"Page not found\"",
                        "\"instance\":\"/api/v1/to-chuc/don-vi/987654321\"");
    }

    @Test
    void aRoleThatMayNotCallAControllerGets403BeforeItsHandlerRuns() {
        Browser editor = new Browser(port);
        editor.signIn("bientap", LanToaIntegrationTest.DEMO_PASSWORD);

        HttpResponse<String> page = editor.get("/quan-tri/don-vi");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Không có quyền truy cập");

        HttpResponse<String> api = editor.get("/api/v1/to-chuc/don-vi", "application/json");
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.body())
                .contains("\"status\":403", "\"detail\":\"Tài khoản của bạn không có quyền xem trang này.\"");
    }
}
