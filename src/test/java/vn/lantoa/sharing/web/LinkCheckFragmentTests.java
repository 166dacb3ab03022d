package vn.lantoa.sharing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;

/**
 * The live verdict under a pasted link in the member's log form ({@code hx-get} on each link field):
 * the one link-check fragment, the same verdict that logging then counts.
 */
@LanToaIntegrationTest
class LinkCheckFragmentTests {

    @LocalServerPort
    int port;

    Browser member;

    @BeforeEach
    void signIn() {
        member = new Browser(port);
        member.signIn("thanhvien", LanToaIntegrationTest.DEMO_PASSWORD);
    }

    @Test
    void anOfficialSourceIsNamedWithItsPlatformAndCanonicalForm() {
        String body = check("articleUrl", "https://VTV.vn/a.htm?utm_source=zalo");
        assertThat(body).contains("Trang tin", "https://vtv.vn/a.htm", "báo chính thống (Đài Truyền hình Việt Nam)");
        assertThat(body).doesNotContain("utm_source");
    }

    @Test
    void theSitesOwnArticlesAreOfficialAsLoggingCountsThem() {
        assertThat(check("articleUrl", "http://localhost:8080/bai-viet/mot-bai"))
                .contains("báo chính thống");
    }

    @Test
    void aLookAlikeHostIsWarnedAboutAndNotOfficial() {
        String body = check("postUrl", "https://nh\u0430ndan.vn/");
        assertThat(body).contains("Cảnh báo: tên miền giả dạng").doesNotContain("báo chính thống (");
    }

    @Test
    void aShortLinkSaysItsTargetIsNotKnownYet() {
        assertThat(check("postUrl", "https://fb.watch/abc123/")).contains("chưa biết trang đích");
    }

    @Test
    void whatIsNotAWebLinkIsExplainedInTheReadersLanguage() {
        assertThat(check("postUrl", "ftp://x.vn")).contains("Chỉ nhận đường dẫn web");
        assertThat(member.get(path("postUrl", "ftp://x.vn") + "&lang=en").body())
                .contains("Only web links");
    }

    @Test
    void anEmptyOrUnknownFieldAnswersAnEmptyFragment() {
        assertThat(check("postUrl", " ").strip()).isEmpty();
        assertThat(check("password", "https://vtv.vn/a.htm").strip()).isEmpty();
    }

    private String check(String field, String url) {
        var response = member.get(path(field, url));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String path(String field, String url) {
        return "/thanh-vien/ghi-nhan/kiem-tra?field=" + field + "&" + field + "="
                + URLEncoder.encode(url, StandardCharsets.UTF_8);
    }
}
