package vn.lantoa.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;

/**
 * Issue 16's floods: a brute force on one account, a spray of many accounts from one address, and
 * a flood of the public report API each end in 429 with {@code Retry-After} within their limits,
 * while a real person at another address goes on as if nothing happened. Each attacker has its own
 * loopback address, so the limits per address count only its requests.
 */
@LanToaIntegrationTest
// the product's limit per address (the other tests' context raises it to 1,000)
@TestPropertySource(properties = "lantoa.security.login.free-failures-per-address=30")
class FloodTests {

    /** The demo's own figures: five free failures per account, and the report API's five an hour. */
    private static final int FREE_PER_ACCOUNT = 5;

    private static final int REPORTS_PER_HOUR = 5;

    @LocalServerPort
    int port;

    @Value("${lantoa.security.login.free-failures-per-address}")
    int freePerAddress;

    /** Tries until the first 429 (at most {@code bound} times); returns how many were answered before it. */
    private static int untilRefused(int bound, java.util.function.IntFunction<HttpResponse<String>> attempt) {
        for (int i = 0; i < bound; i++) {
            HttpResponse<String> response = attempt.apply(i);
            if (response.statusCode() == 429) {
                assertThat(response.headers().firstValue("Retry-After"))
                        .as("429 says how long to wait")
                        .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
                return i;
            }
        }
        throw new AssertionError("no 429 after " + bound + " attempts");
    }

    private void aRealPersonElsewhereSignsIn() {
        Browser person = Browser.fromOwnLoopbackAddress(port);
        HttpResponse<String> signedIn = person.signIn("thanhvien", LanToaIntegrationTest.DEMO_PASSWORD);
        assertThat(signedIn.statusCode()).as("a real member elsewhere").isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("/dang-nhap");
        assertThat(person.get("/thanh-vien").statusCode()).isEqualTo(200);
    }

    @Test
    void aBruteForceOnOneAccountIsHeldAfterItsFreeFailuresAndNobodyElseNotices() {
        Browser attacker = Browser.fromOwnLoopbackAddress(port);
        String target = "nan-nhan-" + UUID.randomUUID().toString().substring(0, 8);
        int answered = untilRefused(50, i -> attacker.signIn(target, "doan-mo-" + i));
        System.out.printf("flood, sign-in brute force on one account: 429 after %d failures%n", answered);
        assertThat(answered).isEqualTo(FREE_PER_ACCOUNT);
        aRealPersonElsewhereSignsIn();
    }

    @Test
    void aSprayOfAccountsFromOneAddressIsHeldAtItsLimitAndOtherAddressesAreNot() {
        Browser attacker = Browser.fromOwnLoopbackAddress(port);
        String run = UUID.randomUUID().toString().substring(0, 6);
        int answered = untilRefused(freePerAddress + 10, i -> attacker.signIn("rai-" + run + "-" + i, "sai"));
        System.out.printf(
                "flood, sign-in spray from one address: 429 after %d failures (limit %d)%n", answered, freePerAddress);
        assertThat(answered).isEqualTo(freePerAddress);
        assertThat(attacker.signIn("thanhvien", LanToaIntegrationTest.DEMO_PASSWORD)
                        .statusCode())
                .as("the sprayed address waits, whatever account it tries")
                .isEqualTo(429);
        aRealPersonElsewhereSignsIn();
    }

    @Test
    void aFloodOfThePublicReportApiIsHeldAtTheHourlyLimitAndAnotherAddressStillReports() {
        Browser flooder = Browser.fromOwnLoopbackAddress(port);
        String run = UUID.randomUUID().toString();
        int answered = untilRefused(
                REPORTS_PER_HOUR + 5,
                i -> flooder.postJson("/api/v1/reports", report("Tin đồn số " + i + " " + run), false));
        System.out.printf("flood, public report API from one address: 429 after %d reports%n", answered);
        assertThat(answered).isEqualTo(REPORTS_PER_HOUR);

        HttpResponse<String> elsewhere =
                Browser.fromOwnLoopbackAddress(port).postJson("/api/v1/reports", report("Tin đồn khác " + run), false);
        assertThat(elsewhere.statusCode()).as(elsewhere.body()).isEqualTo(201);
    }

    private static String report(String content) {
        return "{\"content\": \"" + content
                + " — bài đăng nói sai sự thật về chính sách hỗ trợ\", \"category\": \"distortion\", \"links\": []}";
    }
}
