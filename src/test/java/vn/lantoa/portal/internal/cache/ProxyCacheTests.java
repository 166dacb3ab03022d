package vn.lantoa.portal.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.Nginx;
import vn.lantoa.platform.Zone;
import vn.lantoa.portal.PortalTestArticles;

/**
 * Debian's nginx with the shared cache of {@code ops/nginx/lantoa-cache.conf} and
 * {@code lantoa-cached-location.conf} in front of the app, which counts views by script (ADR 0017,
 * docs/proxy-cache.md): nginx answers public pages from its cache with the app's bytes, a change is
 * on them within the cache's second, views are counted exactly although pages never reach the app,
 * and signed-in readers go straight through. {@code .ci/run} installs nginx.
 */
@LanToaIntegrationTest
@TestPropertySource(properties = {"lantoa.visits.counted-by=script", "lantoa.visits.trust-forwarded-for=true"})
class ProxyCacheTests {

    static final String READER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0";
    static Nginx nginx;
    static Path prefix;
    static int proxy;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void startNginx() throws Exception {
        if (nginx != null) {
            return;
        }
        // readable by nginx's workers (they run as another user when the tests run as root); nginx makes
        // its cache and temporary directories inside for them
        prefix = Files.createTempDirectory(
                "lantoa-nginx-",
                java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x")));
        String cache = Files.readString(Path.of("ops", "nginx", "lantoa-cache.conf"))
                .replace("/var/cache/nginx/lantoa", prefix.resolve("cache").toString());
        String location = Files.readString(Path.of("ops", "nginx", "lantoa-cached-location.conf"));
        proxy = Nginx.freePort();
        nginx = Nginx.start(
                prefix,
                proxy,
                cache + "\n    upstream lantoa { server 127.0.0.1:" + port + "; keepalive 8; }",
                location);
    }

    @AfterAll
    static void stopNginx() throws Exception {
        if (nginx != null) {
            nginx.close();
            FileSystemUtils.deleteRecursively(prefix);
            nginx = null;
        }
    }

    HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + proxy + path))
                .header("User-Agent", READER);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String status(HttpResponse<?> response) {
        return response.headers().firstValue("X-Cache-Status").orElse("NONE");
    }

    @Test
    void nginxAnswersPublicPagesFromItsCacheWithTheAppsBytesInEachEncoding() throws Exception {
        var a = new PortalTestArticles(jdbc, events)
                .publish("Bộ đệm " + PortalTestArticles.uniqueWord(), "Tóm", "Bài", 1);
        String path = "/bai-viet/" + a.slug();
        var first = get(path);
        assertThat(first.statusCode())
                .as(new String(first.body()) + first.headers().map())
                .isEqualTo(200);
        assertThat(status(first)).isEqualTo("MISS");
        var second = get(path);
        assertThat(status(second)).isEqualTo("HIT");
        assertThat(second.body()).isEqualTo(first.body());
        // the app's own answer for that page, straight: the same bytes
        var direct = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("User-Agent", READER)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(direct.body()).isEqualTo(first.body());

        for (String encoding : new String[] {"br", "gzip"}) {
            var miss = get(path, "Accept-Encoding", encoding.equals("br") ? "gzip, deflate, br" : "gzip");
            var hit = get(path, "Accept-Encoding", encoding.equals("br") ? "gzip, deflate, br" : "gzip");
            assertThat(miss.headers().firstValue("Content-Encoding")).hasValue(encoding);
            assertThat(status(hit)).isEqualTo("HIT");
            assertThat(hit.headers().firstValue("Content-Encoding")).hasValue(encoding);
            String text =
                    encoding.equals("br") ? CachedPageTests.unbrotli(hit.body()) : CachedPageTests.gunzip(hit.body());
            assertThat(text).isEqualTo(new String(first.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        // the language is part of the key
        var english = get(path, "Cookie", "lantoa-lang=en");
        assertThat(status(english)).isEqualTo("MISS");
        assertThat(new String(english.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("lang=\"en\"");
    }

    @Test
    void aPublishedArticleIsOnTheCachedHomePageOnceTheCachesSecondIsOver() throws Exception {
        get("/");
        assertThat(status(get("/"))).isEqualTo("HIT");
        String title = "Tin mới qua nginx " + PortalTestArticles.uniqueWord();
        long published = System.nanoTime();
        new PortalTestArticles(jdbc, events).publish(title, "Tóm tắt", "Nội dung", 0);
        // max-age=1 as nginx counts it, in whole seconds: at most two seconds
        await().atMost(Duration.ofMillis(2500))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> new String(get("/").body(), java.nio.charset.StandardCharsets.UTF_8).contains(title));
        System.out.printf(
                "[proxy-cache] a published article on nginx's cached home page after %d ms%n",
                (System.nanoTime() - published) / 1_000_000);
        assertThat(status(get("/"))).isIn("HIT", "REVALIDATED", "UPDATING");
    }

    @Test
    void viewsAreCountedByTheScriptExactlyAlthoughNginxAnswersThePages() throws Exception {
        var a = new PortalTestArticles(jdbc, events)
                .publish("Lượt xem " + PortalTestArticles.uniqueWord(), "Tóm", "Bài", 1);
        String path = "/bai-viet/" + a.slug();
        get(path);
        for (int i = 0; i < 3; i++) {
            assertThat(status(get(path))).isEqualTo("HIT");
            var figures = get("/api/v1/visits?view=" + path);
            assertThat(figures.statusCode()).isEqualTo(200);
            assertThat(status(figures)).isNotEqualTo("HIT");
            assertThat(figures.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> views(path) == 3);
        // the page's own requests do not count here (they went to the app once, as a miss); nor does a
        // view of a back-office path or one a robot reports; a marker view flushed after them all
        get("/api/v1/visits?view=/quan-tri/nhat-ky");
        http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + proxy + "/api/v1/visits?view=" + path))
                        .header("User-Agent", "Googlebot/2.1 (+http://www.google.com/bot.html)")
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String marker = "/bai-viet/dau-" + PortalTestArticles.uniqueWord();
        get("/api/v1/visits?view=" + marker);
        await().atMost(Duration.ofSeconds(10)).until(() -> views(marker) == 1);
        assertThat(views(path)).isEqualTo(3);
        assertThat(views("/quan-tri/nhat-ky")).isZero();
    }

    @Test
    void aSignedInReaderGoesStraightThroughAndIsNeverKept() {
        Browser editor = new Browser(proxy);
        editor.signIn("bientap", LanToaIntegrationTest.DEMO_PASSWORD);
        for (int i = 0; i < 2; i++) {
            var home = editor.get("/");
            assertThat(home.headers().firstValue("X-Cache-Status")).hasValue("BYPASS");
            assertThat(home.body()).contains("/dang-xuat");
        }
    }

    long views(String path) {
        return jdbc.sql("SELECT coalesce(sum(views), 0) FROM visits_page_day WHERE day = ? AND path = ?")
                .params(LocalDate.now(Zone.VIETNAM), path)
                .query(Long.class)
                .single();
    }
}
