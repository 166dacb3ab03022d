package vn.lantoa.reports.web;

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
import vn.lantoa.reports.TestImages;
import vn.lantoa.reports.internal.ClaimQueries;
import vn.lantoa.reports.internal.ReportIntake;
import vn.lantoa.reports.internal.Verdict;

@LanToaIntegrationTest
class IntakeTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClaimQueries claims;

    private long reportsWith(String content) {
        return jdbc.sql("SELECT count(*) FROM rpt_report WHERE content = ?")
                .param(content)
                .query(Long.class)
                .single();
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    /** One flow, because every POST from this test's address counts against the same hourly limit. */
    @Test
    void aReporterGetsACodeAndKnownRefutationsWhileBotsAndFloodsAreTurnedAway() {
        Browser browser = ReportClient.anonymous(port);
        String form = browser.get(ReportsRoutes.FORM).body();
        assertThat(form).contains("name=\"website\"", "name=\"content\"", "Phản ánh tin giả");

        // 1. A repost of a demo claim, typed without diacritics: a code and the claim on file.
        // One made-up word keeps the text unique; a whole UUID is dozens of junk terms that halve the
        // score, and a reporter is only shown a match the matcher is confident of.
        String repost =
                "Nghe noi so do cap truoc nam 2000 het gia tri, phai lam lai va nop 5 trieu, ma " + uniqueWord();
        String received = location(browser.postForm(
                ReportsRoutes.FORM,
                Map.of("content", repost, "links", "https://example.com/p/1", "category", "distortion")));
        assertThat(received).startsWith(ReportsRoutes.RECEIVED + "?ma=PA-");
        String page = browser.get(received).body();
        assertThat(page)
                .contains(received.substring(received.indexOf("PA-")), "Sổ đỏ cấp trước năm 2000", "tin sai sự thật");
        assertThat(reportsWith(repost)).isEqualTo(1);

        // 2. A claim refuted by a published article: the reporter gets the article right away.
        var article = jdbc.sql("""
                SELECT id, slug, title FROM news_article WHERE status = 'PUBLISHED' AND published_at <= now()
                ORDER BY id LIMIT 1""")
                .query((rs, n) -> new String[] {rs.getString("id"), rs.getString("slug"), rs.getString("title")})
                .single();
        String marker = "Cầu " + UUID.randomUUID().toString().substring(0, 8);
        claims.insert(
                marker + " bị sập trong đêm, cấm toàn bộ xe qua lại", Verdict.FALSE, null, Long.valueOf(article[0]));
        page = browser.get(location(browser.postForm(
                        ReportsRoutes.FORM,
                        Map.of(
                                "content",
                                marker + " sap trong dem, cam xe qua lai",
                                "links",
                                "",
                                "category",
                                "fabricated"))))
                .body();
        assertThat(page).contains("tin giả", "href=\"/bai-viet/" + article[1] + "\"");

        // 3. The honeypot: looks like success, nothing is kept.
        String bot = "Nội dung do máy điền " + UUID.randomUUID();
        assertThat(location(browser.postForm(
                        ReportsRoutes.FORM,
                        Map.of("content", bot, "links", "", "category", "other", "website", "http://spam"))))
                .isEqualTo(ReportsRoutes.RECEIVED);
        assertThat(reportsWith(bot)).isZero();

        // 4. Bad input: the form again with a Vietnamese message, a 400, nothing kept.
        HttpResponse<String> tooShort =
                browser.postForm(ReportsRoutes.FORM, Map.of("content", "ngắn", "links", "", "category", "other"));
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("Vui lòng nhập nội dung từ 10 đến 5.000 ký tự.");
        String badLink = "Nội dung hợp lệ nhưng đường dẫn thì không " + UUID.randomUUID();
        HttpResponse<String> scriptLink = browser.postForm(
                ReportsRoutes.FORM, Map.of("content", badLink, "links", "javascript:alert(1)", "category", "other"));
        assertThat(scriptLink.statusCode()).isEqualTo(400);
        assertThat(scriptLink.body()).contains("http://", "https://").doesNotContain("href=\"javascript:");
        assertThat(reportsWith(badLink)).isZero();

        // 5. Past the hourly limit: 429 with a Vietnamese message, nothing kept.
        assertThat(ReportIntake.PER_HOUR).isEqualTo(5);
        String flood = "Phản ánh thứ sáu trong một giờ " + UUID.randomUUID();
        HttpResponse<String> limited =
                browser.postForm(ReportsRoutes.FORM, Map.of("content", flood, "links", "", "category", "other"));
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).contains("Quá nhiều yêu cầu");
        assertThat(reportsWith(flood)).isZero();
    }

    @Test
    void aPublicReporterMayLeaveAContactWithConsentAndAScreenshotWhoseExifIsRemoved() {
        Browser browser = ReportClient.anonymous(port);
        browser.get(ReportsRoutes.FORM);
        String content = "Tin nhắn mạo danh công an xã đòi chuyển tiền phạt nguội " + UUID.randomUUID();

        // A contact without consent: the form again, nothing kept.
        HttpResponse<String> noConsent = browser.postForm(
                ReportsRoutes.FORM,
                Map.of("content", content, "links", "", "category", "scam", "email", "ban.doc@example.vn"));
        assertThat(noConsent.statusCode()).isEqualTo(400);
        assertThat(noConsent.body()).contains("đánh dấu đồng ý").contains("ban.doc@example.vn");
        assertThat(reportsWith(content)).isZero();

        // An SVG "screenshot" is refused by the newsroom's image rules.
        HttpResponse<String> svg = browser.postMultipart(
                ReportsRoutes.FORM,
                Map.of("content", content, "links", "", "category", "scam"),
                "screenshot",
                "shot",
                "application/octet-stream",
                TestImages.svg());
        assertThat(svg.statusCode()).isEqualTo(400);
        assertThat(svg.body()).contains("SVG");
        assertThat(reportsWith(content)).isZero();

        // With consent and a JPEG carrying EXIF: stored, the EXIF gone.
        byte[] jpeg = TestImages.jpegWithExif();
        assertThat(TestImages.contains(jpeg, TestImages.EXIF_MARKER)).isTrue();
        HttpResponse<String> ok = browser.postMultipart(
                ReportsRoutes.FORM,
                Map.of(
                        "content", content,
                        "links",
                                "https://zalo.me/g/abc"
                                        + UUID.randomUUID().toString().substring(0, 6),
                        "category", "scam",
                        "email", "ban.doc@example.vn",
                        "phone", "0912 345 678",
                        "consent", "true"),
                "screenshot",
                "shot",
                "application/octet-stream",
                jpeg);
        assertThat(ok.statusCode()).isEqualTo(302);

        // A double tap sends the form's key twice: the same tracking code, one report.
        String twice = "Bài đăng giả mạo thông báo của xã về tiền hỗ trợ " + UUID.randomUUID();
        Map<String, String> form = Map.of(
                "content",
                twice,
                "links",
                "",
                "category",
                "scam",
                "key",
                UUID.randomUUID().toString());
        String first = location(browser.postForm(ReportsRoutes.FORM, form));
        assertThat(location(browser.postForm(ReportsRoutes.FORM, form)))
                .isEqualTo(first)
                .contains("?ma=PA-");
        assertThat(reportsWith(twice)).isEqualTo(1);
        var row = jdbc.sql("""
                SELECT r.contact_email, r.contact_phone, r.contact_consent_at IS NOT NULL AS consent, r.reporter_user_id,
                       s.image_jpeg, s.source_type
                FROM rpt_report r JOIN rpt_screenshot s ON s.report_id = r.id WHERE r.content = ?""")
                .param(content)
                .query((rs, n) -> new Object[] {
                    rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getObject(4), rs.getBytes(5), rs.getString(6)
                })
                .single();
        assertThat(row[0]).isEqualTo("ban.doc@example.vn");
        assertThat(row[1]).isEqualTo("0912345678");
        assertThat(row[2]).isEqualTo(true);
        assertThat(row[3]).isNull();
        assertThat(row[5]).isEqualTo("image/jpeg");
        assertThat(TestImages.contains((byte[]) row[4], TestImages.EXIF_MARKER)).isFalse();
        assertThat(TestImages.contains((byte[]) row[4], "Exif")).isFalse();
    }

    @Test
    void anUnknownTrackingCodeIsNotFound() {
        assertThat(ReportClient.anonymous(port)
                        .get(ReportsRoutes.RECEIVED + "?ma=PA-KHONGCO")
                        .statusCode())
                .isEqualTo(404);
    }

    /** Ten random lower-case ASCII letters: one syllable, unique per run. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
