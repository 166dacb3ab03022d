package vn.lantoa.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;

/** Issue 16 points 4 and 5: the second factor cannot be guessed without limit, nor a code used twice. */
@LanToaIntegrationTest
class TwoFactorGuessingTests {

    private static final String PAGE = "/dang-nhap/hai-buoc";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void wrongCodesAreThrottledAndTheRightPasswordDoesNotBuyFreshGuesses() {
        String username = enrolledHandler();
        Browser browser = Browser.fromOwnLoopbackAddress(port);
        browser.signIn(username, LanToaIntegrationTest.DEMO_PASSWORD);
        browser.get(PAGE);
        for (int i = 1; i < TwoFactor.MAX_FAILURES; i++) {
            assertThat(browser.postForm(PAGE, Map.of("code", "000000")).body()).contains("Mã không đúng");
        }
        // the fifth wrong code ends the session: back to the password
        assertThat(browser.postForm(PAGE, Map.of("code", "000000")).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/dang-nhap?error"));

        // the right password again: before the fix this gave five fresh guesses
        Browser again = Browser.fromOwnLoopbackAddress(port);
        assertThat(again.signIn(username, LanToaIntegrationTest.DEMO_PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        again.get(PAGE);
        HttpResponse<String> refused = again.postForm(PAGE, Map.of("code", "111111"));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        assertThat(refused.body()).contains("Quá nhiều yêu cầu").contains("sai mã xác thực quá nhiều lần");
        // while it must wait, even the right code is not checked
        assertThat(again.postForm(PAGE, Map.of("code", Totp.code(secretOf(username), Instant.now())))
                        .statusCode())
                .isEqualTo(429);
    }

    @Test
    void oneAddressGuessingCodesForManyAccountsIsThrottledToo() {
        LoginThrottle throttle = new LoginThrottle(jdbc, Clock.systemUTC(), 3);
        String address = "198.51.100." + (int) (Math.random() * 250);
        for (int i = 0; i < throttle.freePerAddress(); i++) {
            assertThat(throttle.codeWaitFor("ma-" + i, address)).isEmpty();
            throttle.codeFailed("ma-" + i, address);
        }
        assertThat(throttle.codeWaitFor("nguoi-khac", address)).isPresent();
        // the password throttle of that address is a separate count
        assertThat(throttle.waitFor("nguoi-khac", address)).isEmpty();
        // and a right password does not clear an account's wrong codes
        for (int i = 0; i < LoginThrottle.FREE_PER_ACCOUNT; i++) {
            throttle.codeFailed("ma-tk", null);
        }
        throttle.succeeded("ma-tk", null);
        assertThat(throttle.codeWaitFor("ma-tk", null)).isPresent();
        throttle.codeSucceeded("ma-tk");
        assertThat(throttle.codeWaitFor("ma-tk", null)).isEmpty();
    }

    @Test
    void aCodeIsAcceptedOnceAndACodeOfAnEarlierStepNever() {
        String username = enrolledHandler();
        String secret = secretOf(username);
        Instant now = Instant.now();
        String code = Totp.code(secret, now);

        Browser first = Browser.fromOwnLoopbackAddress(port);
        first.signIn(username, LanToaIntegrationTest.DEMO_PASSWORD);
        first.get(PAGE);
        assertThat(first.postForm(PAGE, Map.of("code", code)).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/quan-tri"));

        Browser replay = Browser.fromOwnLoopbackAddress(port);
        replay.signIn(username, LanToaIntegrationTest.DEMO_PASSWORD);
        replay.get(PAGE);
        assertThat(replay.postForm(PAGE, Map.of("code", code)).body())
                .as("the same code again")
                .contains("Mã không đúng");
        assertThat(replay.postForm(PAGE, Map.of("code", Totp.code(secret, now.minusSeconds(30))))
                        .body())
                .as("the code of the step before")
                .contains("Mã không đúng");
        assertThat(replay.get("/quan-tri").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith(PAGE));
        assertThat(jdbc.sql("SELECT count(*) FROM acc_audit_log WHERE username = ? AND action = 'login.2fa.failure'"
                                + " AND detail = 'reused'")
                        .param(username)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        // the next step's code is new, and accepted
        assertThat(replay.postForm(PAGE, Map.of("code", Totp.code(secret, now.plusSeconds(30))))
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/quan-tri"));
    }

    /** A handler with the demo password and an enrolled TOTP secret, made for this test alone. */
    private String enrolledHandler() {
        String username = "hai-buoc-" + UUID.randomUUID().toString().substring(0, 8);
        long id = jdbc.sql("""
                INSERT INTO acc_user (username, display_name, password_hash, scope_unit_id, totp_secret, totp_enrolled_at)
                SELECT ?, 'Người thử mã', password_hash, scope_unit_id, ?, now() FROM acc_user
                WHERE username = 'quantri' RETURNING id""")
                .params(username, Totp.newSecret())
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO acc_user_role (user_id, role) VALUES (?, 'HANDLER')")
                .param(id)
                .update();
        return username;
    }

    private String secretOf(String username) {
        return jdbc.sql("SELECT totp_secret FROM acc_user WHERE username = ?")
                .param(username)
                .query(String.class)
                .single();
    }
}
