package vn.lantoa.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;

/** Throttling, invitations and the TOTP step, through the real pages. */
@LanToaIntegrationTest
class SignInSecurityTests {

    @LocalServerPort
    int port;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    JdbcClient jdbc;

    @Test
    void repeatedFailuresForOneAccountAreAnsweredWith429AndAWait() {
        String name = "khong-ton-tai-" + UUID.randomUUID().toString().substring(0, 8);
        Browser browser = new Browser(port);
        for (int i = 0; i < LoginThrottle.FREE_PER_ACCOUNT; i++) {
            assertThat(browser.signIn(name, "sai-mat-khau-" + i).statusCode()).isEqualTo(302);
        }
        HttpResponse<String> refused = browser.signIn(name, "sai-mat-khau-nua");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("Quá nhiều yêu cầu");
    }

    @Test
    void anAddressIsThrottledOnlyAfterManyFailuresAndNeverForGood() {
        String address = "203.0.113." + (int) (Math.random() * 250);
        LoginThrottle throttle = new LoginThrottle(jdbc, java.time.Clock.systemUTC(), 3);
        for (int i = 0; i < throttle.freePerAddress(); i++) {
            assertThat(throttle.waitFor("ai-do-" + i, address)).isEmpty();
            throttle.failed("ai-do-" + i, address);
        }
        assertThat(throttle.waitFor("nguoi-khac", address))
                .hasValueSatisfying(w -> assertThat(w).isLessThanOrEqualTo(LoginThrottle.MAX_WAIT));
    }

    @Test
    void anInvitedPersonSetsAPasswordOnceAndThenSignsIn() {
        String username = "moi-" + UUID.randomUUID().toString().substring(0, 8);
        Browser admin = new Browser(port);
        admin.signIn("quantri", LanToaIntegrationTest.DEMO_PASSWORD);
        admin.get("/quan-tri/tai-khoan");
        long unit = jdbc.sql("SELECT id FROM org_unit WHERE name = 'Chi bộ ấp Cầu Tre'")
                .query(Long.class)
                .single();
        String page = admin.postForm(
                        "/quan-tri/tai-khoan",
                        Map.of(
                                "username",
                                username,
                                "displayName",
                                "Người được mời",
                                "role",
                                "EDITOR",
                                "scopeUnitId",
                                String.valueOf(unit)))
                .body();
        Matcher link = Pattern.compile("http://localhost:\\d+(/dang-nhap/loi-moi/[A-Za-z0-9_-]+)")
                .matcher(page);
        assertThat(link.find()).as(page).isTrue();
        String path = link.group(1);

        Browser invited = new Browser(port);
        assertThat(invited.get(path).body()).contains(username);
        assertThat(invited.postForm(path, Map.of("password", "1234567890", "repeat", "1234567890"))
                        .body())
                .contains("quá phổ biến");
        assertThat(invited.postForm(path, Map.of("password", "Song-Hau-chay-mai", "repeat", "Song-Hau-chay-mai"))
                        .body())
                .contains("Đã đặt mật khẩu");
        assertThat(invited.get(path).statusCode()).as("the link works once").isEqualTo(404);
        assertThat(jdbc.sql("SELECT token_hash FROM acc_invitation i JOIN acc_user a ON a.id = i.user_id"
                                + " WHERE a.username = ?")
                        .param(username)
                        .query(String.class)
                        .single())
                .as("only the hash is stored")
                .doesNotContain(path.substring(path.lastIndexOf('/') + 1));

        Browser signIn = new Browser(port);
        assertThat(signIn.signIn(username, "Song-Hau-chay-mai").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(signIn.get("/quan-tri").statusCode()).isEqualTo(200);
    }

    @Test
    void afterEnrollingInTotpASignInNeedsTheCode() throws Exception {
        String username = "totp-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Cau-Ke-Tra-Vinh-2026";
        Browser admin = new Browser(port);
        admin.signIn("quantri", LanToaIntegrationTest.DEMO_PASSWORD);
        admin.get("/quan-tri/tai-khoan");
        String page = admin.postForm(
                        "/quan-tri/tai-khoan",
                        Map.of(
                                "username",
                                username,
                                "displayName",
                                "Người dùng mã",
                                "role",
                                "HANDLER",
                                "scopeUnitId",
                                jdbc.sql("SELECT min(id) FROM org_unit")
                                        .query(String.class)
                                        .single()))
                .body();
        Matcher link = Pattern.compile("(/dang-nhap/loi-moi/[A-Za-z0-9_-]+)").matcher(page);
        assertThat(link.find()).isTrue();
        Browser invited = new Browser(port);
        invited.get(link.group(1));
        invited.postForm(link.group(1), Map.of("password", password, "repeat", password));

        Browser first = new Browser(port);
        first.signIn(username, password);
        String enrol = first.get("/dang-nhap/hai-buoc").body();
        Matcher secret = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<").matcher(enrol);
        assertThat(secret.find()).as(enrol).isTrue();
        assertThat(enrol).contains("otpauth://totp/LanToa:" + username);
        // The page's QR code, as drawn, reads back as the URI with that secret (what the phone's camera sees).
        Matcher drawn = Pattern.compile("viewBox=\"-4 -4 (\\d+) \\d+\".*?<path fill=\"#000\" d=\"([^\"]+)\"")
                .matcher(enrol);
        assertThat(drawn.find()).as("a QR code on the enrolment page").isTrue();
        QrCode shown = new QrCode(Integer.parseInt(drawn.group(1)) - 8, drawn.group(2));
        assertThat(new com.google.zxing.qrcode.QRCodeReader()
                        .decode(
                                new com.google.zxing.BinaryBitmap(
                                        new com.google.zxing.common.HybridBinarizer(QrCodeTests.painted(shown))),
                                Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                        .getText())
                .contains("secret=" + secret.group(1))
                .startsWith("otpauth://totp/LanToa:" + username);
        assertThat(first.postForm("/dang-nhap/hai-buoc", Map.of("code", Totp.code(secret.group(1), Instant.now())))
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/quan-tri"));

        Browser second = new Browser(port);
        second.signIn(username, password);
        assertThat(second.get("/quan-tri").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/dang-nhap/hai-buoc"));
        second.get("/dang-nhap/hai-buoc");
        assertThat(second.postForm("/dang-nhap/hai-buoc", Map.of("code", "000000"))
                        .body())
                .contains("Mã không đúng");
        // the code of the enrolment was used once; the next step's code (within the drift window) is new
        second.postForm(
                "/dang-nhap/hai-buoc",
                Map.of("code", Totp.code(secret.group(1), Instant.now().plusSeconds(30))));
        assertThat(second.get("/quan-tri").statusCode()).isEqualTo(200);
    }
}
