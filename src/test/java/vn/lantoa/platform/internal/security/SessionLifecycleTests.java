package vn.lantoa.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;

/**
 * Issue 16, "sessions and headers": a session begins anew at sign-in, ends on the server at
 * sign-out and after its idle time, and its cookie cannot be read by scripts or sent across sites;
 * no answer to a malformed request shows a stack trace.
 */
@LanToaIntegrationTest
class SessionLifecycleTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** A request with only the cookie header given, as someone who copied the cookie would send it. */
    private HttpResponse<String> replay(String cookieHeader, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", cookieHeader)
                .GET()
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String sessionId(String cookieValue) {
        return new String(Base64.getDecoder().decode(cookieValue), StandardCharsets.UTF_8);
    }

    @Test
    void signingInStartsANewSessionAndTheOldIdNoLongerOpensAnything() throws Exception {
        Browser browser = new Browser(port);
        // An anonymous visit to the back office keeps the page asked for in a session (to return to it).
        browser.get("/quan-tri");
        String before = browser.cookie("SESSION").orElseThrow();
        browser.signIn("bientap", LanToaIntegrationTest.DEMO_PASSWORD);
        String after = browser.cookie("SESSION").orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(browser.get("/quan-tri").statusCode()).isEqualTo(200);
        // Someone who planted the pre-sign-in id (session fixation) is not signed in with it.
        assertThat(replay("SESSION=" + before, "/quan-tri").statusCode()).isEqualTo(302);
        assertThat(replay("SESSION=" + after, "/quan-tri").statusCode()).isEqualTo(200);
    }

    @Test
    void signingOutEndsTheSessionOnTheServerSoACopiedCookieIsWorthNothing() throws Exception {
        Browser browser = new Browser(port);
        browser.signIn("bientap", LanToaIntegrationTest.DEMO_PASSWORD);
        String copied = browser.cookieHeader();
        String id = sessionId(browser.cookie("SESSION").orElseThrow());
        assertThat(replay(copied, "/quan-tri").statusCode()).isEqualTo(200);
        browser.get("/quan-tri"); // the page's CSRF token (a new one since the sign-in)
        assertThat(browser.postForm("/dang-xuat", Map.of()).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/dang-nhap?logout"));
        HttpResponse<String> replayed = replay(copied, "/quan-tri");
        assertThat(replayed.statusCode()).isEqualTo(302);
        assertThat(replayed.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/dang-nhap"));
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE session_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .as("the stored session is gone")
                .isZero();
    }

    @Test
    void aSessionLeftIdleLongerThanItsLifeIsOverAndShorterIsNot() {
        Browser browser = new Browser(port);
        browser.signIn("bientap", LanToaIntegrationTest.DEMO_PASSWORD);
        String id = sessionId(browser.cookie("SESSION").orElseThrow());
        long idleLife = jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE session_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        assertThat(Duration.ofSeconds(idleLife))
                .as("server.servlet.session.timeout")
                .isEqualTo(Duration.ofHours(8));

        lastUsed(id, Instant.now().minusSeconds(idleLife - 120));
        assertThat(browser.get("/quan-tri").statusCode())
                .as("idle two minutes less than its life")
                .isEqualTo(200);

        lastUsed(id, Instant.now().minusSeconds(idleLife + 60));
        assertThat(browser.get("/quan-tri").statusCode())
                .as("idle a minute longer than its life")
                .isEqualTo(302);
    }

    /** Makes the stored session look last used at {@code at} (as if its user had left it then). */
    private void lastUsed(String id, Instant at) {
        assertThat(jdbc.sql("UPDATE spring_session SET last_access_time = ?, expiry_time = ? + max_inactive_interval"
                                + " * 1000 WHERE session_id = ?")
                        .params(at.toEpochMilli(), at.toEpochMilli(), id)
                        .update())
                .isOne();
    }

    @Test
    void theSessionCookieIsHiddenFromScriptsAndNotSentAcrossSites() {
        Browser browser = new Browser(port);
        browser.get("/dang-nhap");
        HttpResponse<String> signIn = browser.postForm(
                "/dang-nhap", Map.of("username", "bientap", "password", LanToaIntegrationTest.DEMO_PASSWORD));
        List<String> cookies = signIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .toList();
        assertThat(cookies)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c)
                        .contains("HttpOnly", "SameSite=Lax", "Path=/")
                        .doesNotContainIgnoringCase("Domain="));
    }

    @Test
    void noAnswerToAMalformedRequestShowsAStackTraceOrAServerError() {
        Browser member = new Browser(port);
        member.signIn("thanhvien", LanToaIntegrationTest.DEMO_PASSWORD);
        member.get("/thanh-vien");
        List<HttpResponse<String>> answers = List.of(
                member.postJson("/api/v1/shares", "{\"postUrl\": "),
                member.postJson("/api/v1/shares", "[1, 2, 3]"),
                member.postJson("/api/v1/shares", "{\"postUrl\": {\"nested\": true}}"),
                member.postJson("/api/v1/rebuttals", "\"just a string\""),
                member.get("/api/v1/me/actions?page=abc", "application/json"),
                member.get("/tim-kiem?q=%ED%A0%80%C3", "text/html"),
                member.get("/quan-tri/thong-ke?from=not-a-date&to=2026-13-45", "text/html"),
                member.get("/bai-viet/" + "a".repeat(3000), "text/html"),
                member.get("/chuyen-muc/%00", "text/html"),
                member.send(HttpRequest.newBuilder(URI.create(member.base() + "/"))
                        .method("PATCH", HttpRequest.BodyPublishers.ofString("x"))
                        .build()));
        for (HttpResponse<String> answer : answers) {
            String what = answer.request().method() + " " + answer.uri();
            assertThat(answer.statusCode()).as(what).isBetween(200, 499);
            assertThat(answer.body())
                    .as(what)
                    .doesNotContain("Exception", "\tat ", "org.springframework", "java.lang", "vn.lantoa.");
        }
    }
}
