package vn.lantoa.platform.internal.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.platform.LanToaIntegrationTest;

@LanToaIntegrationTest
@Import(ErrorPagesTests.Failing.class)
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesTests {

    @LocalServerPort
    int port;

    @Test
    void anUnknownUrlGivesTheVietnameseNotFoundPage() {
        HttpResponse<String> response = new Browser(port).get("/khong-co-trang-nay");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Không tìm thấy trang", "<html lang=\"vi\"");
    }

    @Test
    void theNotFoundPageSpeaksEnglishWhenAsked() {
        HttpResponse<String> response = new Browser(port).get("/khong-co-trang-nay?lang=en");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found", "<html lang=\"en\"");
    }

    @Test
    void anExceptionGivesTheErrorPageWithTheCorrelationIdThatIsAlsoLogged(CapturedOutput output) {
        HttpResponse<String> response = new Browser(port).get("/test-only/fail");
        assertThat(response.statusCode()).isEqualTo(500);
        String id = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(response.body()).contains("Đã xảy ra lỗi", id).doesNotContain("IllegalStateException");
        assertThat(output.getOut()).contains("correlation id " + id).contains("boom for the test");
    }

    @Test
    void apiErrorsAreProblemDetailsInJson() {
        HttpResponse<String> response = new Browser(port).get("/api/v1/khong-co", "application/json");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("\"status\":404", "\"title\":\"Không tìm thấy trang\"", "\"instance\":\"/api/v1/khong-co\"")
                .doesNotContain("\"ui\"");
    }

    @Test
    void apiErrorsStayJsonEvenForABrowser() {
        HttpResponse<String> response = new Browser(port).get("/api/v1/khong-co");
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void badInputAModuleDidNotCatchIsA400PageWithTheReasonAndAWayBack() {
        HttpResponse<String> response = new Browser(port).get("/quan-tri-test/invalid");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("Yêu cầu không hợp lệ", "Liên kết không thuộc danh mục báo chính thống: https://x.example")
                .contains("Quay lại");
    }

    @Test
    void badInputUnderTheApiIsAProblemDetailWithTheReason() {
        HttpResponse<String> response = new Browser(port).get("/api/test-only/invalid", "application/json");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("\"detail\":\"Liên kết không thuộc danh mục báo chính thống: https://x.example\"");
    }

    @TestConfiguration
    @RestController
    static class Failing {
        @GetMapping("/test-only/fail")
        String fail() {
            throw new IllegalStateException("boom for the test");
        }

        @GetMapping({"/quan-tri-test/invalid", "/api/test-only/invalid"})
        String invalid() {
            throw new InvalidInputException("campaign.error.notOfficial", "https://x.example");
        }
    }
}
