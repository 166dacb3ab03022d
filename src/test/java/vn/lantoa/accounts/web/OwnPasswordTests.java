package vn.lantoa.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.web.PlatformRoutes;

/** A signed-in user changes their own password (an account of the test's own: the database is shared). */
@LanToaIntegrationTest
class OwnPasswordTests {

    static final String OLD = "Mat-khau-cu-2026";
    static final String NEW = "Mat-khau-moi-rat-dai-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    String username;
    long userId;

    @BeforeEach
    void anEditorAccount() {
        username = "doimk" + ThreadLocalRandom.current().nextInt(1_000_000);
        userId = jdbc.sql("INSERT INTO acc_user (username, display_name, password_hash) VALUES (?, ?, ?) RETURNING id")
                .params(username, "Biên tập viên thử", encoder.encode(OLD))
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO acc_user_role (user_id, role) VALUES (?, 'EDITOR')")
                .param(userId)
                .update();
    }

    private Browser signedIn(Browser browser, String password) {
        browser.signIn(username, password);
        browser.get(PlatformRoutes.PASSWORD);
        return browser;
    }

    private boolean signedIn(Browser browser) {
        return browser.get(PlatformRoutes.PASSWORD).statusCode() == 200;
    }

    private HttpResponse<String> change(Browser browser, String current, String password, String repeat) {
        return browser.postForm(
                PlatformRoutes.PASSWORD, Map.of("current", current, "password", password, "repeat", repeat));
    }

    @Test
    void theNewPasswordWorksTheOldDoesNotAndOtherSessionsAreSignedOut() {
        Browser here = signedIn(new Browser(port), OLD);
        Browser elsewhere = signedIn(new Browser(port), OLD);
        assertThat(signedIn(elsewhere)).isTrue();

        HttpResponse<String> done = change(here, OLD, NEW, NEW);

        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Đã đổi mật khẩu", "Đã đăng xuất 1 phiên");
        assertThat(signedIn(here)).as("the session the change was made from").isTrue();
        assertThat(signedIn(elsewhere)).as("another session of the account").isFalse();
        assertThat(signedIn(signedIn(new Browser(port), NEW))).isTrue();
        assertThat(signedIn(signedIn(new Browser(port), OLD))).isFalse();
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM acc_audit_log WHERE action = 'account.password.change' AND target_id = ?")
                        .param(String.valueOf(userId))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void withNoOtherSessionTheAnswerSaysOnlyThatThePasswordChanged() {
        HttpResponse<String> done = change(signedIn(new Browser(port), OLD), OLD, NEW, NEW);

        assertThat(done.body()).contains("Đã đổi mật khẩu.").doesNotContain("Đã đăng xuất");
    }

    @Test
    void aWrongCurrentPasswordOrAWeakNewOneChangesNothing() {
        Browser browser = signedIn(new Browser(port), OLD);

        assertThat(change(browser, "khong-phai-mat-khau", NEW, NEW).body()).contains("Mật khẩu hiện tại không đúng");
        assertThat(change(browser, OLD, NEW, NEW + "x").body()).contains("Hai mật khẩu không khớp");
        assertThat(change(browser, OLD, "ngan", "ngan").body()).contains("ít nhất 10 ký tự");
        assertThat(change(browser, OLD, OLD, OLD).body()).contains("phải khác mật khẩu hiện tại");
        assertThat(change(browser, OLD, username + "-2026-dai", username + "-2026-dai")
                        .body())
                .contains("không được chứa tên đăng nhập");

        assertThat(signedIn(signedIn(new Browser(port), OLD))).isTrue();
    }

    @Test
    void guessingTheCurrentPasswordIsThrottledLikeSigningIn() {
        Browser browser = Browser.fromOwnLoopbackAddress(port);
        signedIn(browser, OLD);
        String last = "";
        for (int i = 0; i < 7; i++) {
            last = change(browser, "doan-thu-" + i, NEW, NEW).body();
        }
        assertThat(last).contains("Vui lòng thử lại sau");

        // Even the right password waits now.
        assertThat(change(browser, OLD, NEW, NEW).body()).contains("Vui lòng thử lại sau");
    }

    @Test
    void theFormIsOnlyForSignedInUsers() {
        Browser anonymous = new Browser(port);
        HttpResponse<String> page = anonymous.get(PlatformRoutes.PASSWORD);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).contains("/dang-nhap");
    }
}
