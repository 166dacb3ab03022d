package vn.lantoa.platform.internal.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.internal.db.EmbeddedDatabase;
import vn.lantoa.platform.internal.db.OwnDatabase;

/**
 * Issue 16 point 1, for real: the application on an "external" PostgreSQL of its own (a second
 * embedded server), which is then stopped as {@code pg_ctl stop -m immediate} would (SIGQUIT to
 * the postmaster) and started again on the same port. While it is down, requests that need the
 * database fail fast with 503 and {@code Retry-After}; cached public pages stay up; health says
 * DOWN at once. Once it is back, the same session works again without a restart.
 */
class DatabaseOutageTests {

    /** Generous bound for a fail-fast answer: the pool waits 2 s at most, the health check 1 s. */
    private static final Duration FAST = Duration.ofSeconds(5);

    @TempDir
    static Path dir;

    static EmbeddedDatabase external;
    static int pgPort;
    static ConfigurableApplicationContext app;
    static int port;

    @BeforeAll
    static void startTheAppOnItsOwnDatabase() throws Exception {
        pgPort = OwnDatabase.freePort();
        external = EmbeddedDatabase.start(dir.resolve("external"), pgPort);
        app = OwnDatabase.startApplication(external, dir.resolve("app"), true);
        port = OwnDatabase.port(app);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (external != null) {
            external.close();
        }
    }

    @Test
    void answersFastWith503WhileTheDatabaseIsDownAndRecoversWithoutARestart() throws Exception {
        Browser member = new Browser(port);
        member.signIn("thanhvien", LanToaIntegrationTest.DEMO_PASSWORD);
        assertThat(member.get("/thanh-vien").statusCode()).isEqualTo(200);
        // the public home page as an anonymous reader sees it, now in the page cache
        assertThat(new Browser(port).get("/").statusCode()).isEqualTo(200);
        assertThat(new Browser(port).get("/").statusCode()).isEqualTo(200);
        assertThat(health().statusCode()).isEqualTo(200);

        stopImmediately();
        Map<String, Long> millis = new LinkedHashMap<>();

        HttpResponse<String> share = timed(
                millis,
                "share POST",
                () -> member.postJson(
                        "/api/v1/shares", "{\"postUrl\":\"https://www.facebook.com/x/posts/1\",\"articleUrl\":\"/\"}"));
        assertThat(share.statusCode()).as(share.body()).isEqualTo(503);
        assertThat(share.headers().firstValue("Retry-After")).contains("10");
        assertThat(share.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = new ObjectMapper().readTree(share.body());
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("correlationId").asString())
                .isEqualTo(share.headers().firstValue("X-Request-Id").orElseThrow());

        HttpResponse<String> memberHome = timed(millis, "/thanh-vien", () -> member.get("/thanh-vien"));
        assertThat(memberHome.statusCode()).isEqualTo(503);
        assertThat(memberHome.headers().firstValue("Retry-After")).isPresent();
        assertThat(memberHome.body())
                .contains("Hệ thống tạm thời gián đoạn")
                .contains("Service temporarily unavailable");

        HttpResponse<String> visits =
                timed(millis, "/api/v1/visits", () -> member.get("/api/v1/visits", "application/json"));
        assertThat(visits.statusCode()).isIn(200, 503);

        HttpResponse<String> anonymousApi = timed(
                millis, "/api/v1/me/actions (no session)", () -> new Browser(port).get("/api/v1/me/actions", "*/*"));
        assertThat(anonymousApi.statusCode()).isIn(401, 503);

        HttpResponse<String> down = timed(millis, "/actuator/health", DatabaseOutageTests::health);
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).contains("DOWN");

        HttpResponse<String> cached = timed(millis, "/ (cached)", () -> new Browser(port).get("/"));
        assertThat(cached.statusCode()).isEqualTo(200);

        HttpResponse<String> again = timed(millis, "/thanh-vien again", () -> member.get("/thanh-vien"));
        assertThat(again.statusCode()).isEqualTo(503);

        // The 503 page as a reader sees it, on a phone and a desktop: readable, and accessible.
        org.openqa.selenium.chrome.ChromeDriver chromium = vn.lantoa.platform.Chromium.start();
        try {
            Path shots = Files.createDirectories(Path.of("target", "screenshots"));
            for (org.openqa.selenium.Dimension size : java.util.List.of(
                    new org.openqa.selenium.Dimension(390, 844), new org.openqa.selenium.Dimension(1366, 900))) {
                chromium.manage().window().setSize(size);
                chromium.get("http://localhost:" + port + "/tim-kiem?q=tin+tuc");
                assertThat(chromium.findElement(org.openqa.selenium.By.tagName("h1"))
                                .getText())
                        .isEqualTo("Hệ thống tạm thời gián đoạn");
                Files.write(
                        shots.resolve("error-503-" + size.getWidth() + ".png"),
                        chromium.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
                assertThat(vn.lantoa.platform.Axe.violations(chromium))
                        .as("axe on the 503 page at %s", size)
                        .isEmpty();
            }
        } finally {
            chromium.quit();
        }

        System.out.println("[outage] answers while PostgreSQL is down, in ms: " + millis);
        assertThat(millis).allSatisfy((what, ms) -> assertThat(ms).as(what).isLessThan(FAST.toMillis()));
        assertThat(millis.get("/actuator/health")).isLessThan(2_500);

        try {
            external.close(); // releases zonky's lock on the directory; the server itself is already gone
        } catch (java.io.IOException | RuntimeException alreadyStopped) {
            // pg_ctl stop finds no server: expected
        }
        long restarted = System.nanoTime();
        external = EmbeddedDatabase.start(dir.resolve("external"), pgPort);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> health().statusCode() == 200);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> member.get("/thanh-vien").statusCode() == 200);
        System.out.println("[outage] back to 200 for the same session "
                + Duration.ofNanos(System.nanoTime() - restarted).toMillis() + " ms after the database started");
        HttpResponse<String> shareAfter = member.postJson(
                "/api/v1/shares", "{\"postUrl\":\"https://www.facebook.com/x/posts/2\",\"articleUrl\":\"/\"}");
        assertThat(shareAfter.statusCode()).as(shareAfter.body()).isLessThan(500);
    }

    /** As {@code pg_ctl stop -m immediate}: SIGQUIT to the postmaster, no clean shutdown. */
    private static void stopImmediately() throws Exception {
        Path pidFile = dir.resolve("external/postgres/postmaster.pid");
        long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).start().waitFor();
        await().atMost(Duration.ofSeconds(20)).until(() -> !postmaster.isAlive());
    }

    private static HttpResponse<String> health() {
        return new Browser(port)
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .GET()
                        .build());
    }

    private static HttpResponse<String> timed(
            Map<String, Long> millis, String what, Supplier<HttpResponse<String>> call) {
        long start = System.nanoTime();
        HttpResponse<String> response = call.get();
        millis.put(what, Duration.ofNanos(System.nanoTime() - start).toMillis());
        return response;
    }
}
