package vn.lantoa.portal.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.newsroom.ArticleChanged;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.portal.PortalTestArticles;

/** The page cache over HTTP, and its invalidation on this node and through LISTEN/NOTIFY. */
@LanToaIntegrationTest
class PageCacheTests {

    static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]*)\">");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PageCache cache;

    @Autowired
    ClusterInvalidation cluster;

    @Autowired
    DataSource dataSource;

    HttpClient http = HttpClient.newHttpClient();
    PortalTestArticles articles;

    @BeforeEach
    void setUp() {
        articles = new PortalTestArticles(jdbc, events);
    }

    HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String cacheState(HttpResponse<?> response) {
        return response.headers().firstValue("X-Page-Cache").orElse("NONE");
    }

    @Test
    void theSecondAnonymousRequestIsAHitWithTheSameBytesAndSecurityHeaders() throws Exception {
        var a = articles.publish("Trang đệm " + PortalTestArticles.uniqueWord(), "Tóm tắt", "Thân bài", 1);
        String path = "/bai-viet/" + a.slug();
        var first = get(path);
        assertThat(cacheState(first)).isEqualTo("MISS");
        var second = get(path);
        assertThat(cacheState(second)).isEqualTo("HIT");
        assertThat(second.statusCode()).isEqualTo(200);
        // the same bytes for every anonymous reader (ADR 0017): no token, no figures, no cookie
        assertThat(second.body()).isEqualTo(first.body());
        String html = new String(second.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(CSRF.matcher(html).find()).isFalse();
        assertThat(html).contains("data-lt-visits=\"/api/v1/visits\"");
        for (var answer : java.util.List.of(first, second)) {
            assertThat(answer.headers().firstValue("Set-Cookie")).isEmpty();
            assertThat(answer.headers().firstValue("Cache-Control")).hasValue("public, max-age=1");
            assertThat(answer.headers().firstValue("Vary").orElseThrow().toLowerCase(java.util.Locale.ROOT))
                    .matches("accept-encoding, ?cookie");
        }
        assertThat(second.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(second.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(second.headers().firstValue("ETag"))
                .isEqualTo(first.headers().firstValue("ETag"));
        assertThat(second.headers().firstValue("Last-Modified")).isPresent();
    }

    /** Headers that belong to one request, or that the cache sets itself. */
    static final java.util.Set<String> PER_REQUEST =
            java.util.Set.of("set-cookie", "x-request-id", "date", "x-page-cache", "content-length", "vary");

    static java.util.Map<String, java.util.List<String>> lasting(HttpResponse<?> response) {
        var out = new java.util.TreeMap<String, java.util.List<String>>();
        response.headers().map().forEach((name, values) -> {
            if (!PER_REQUEST.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                out.put(name.toLowerCase(java.util.Locale.ROOT), values);
            }
        });
        return out;
    }

    @Test
    void aHitWithoutASessionCarriesEveryHeaderOfTheRenderedAnswer() throws Exception {
        var a = articles.publish("Trang nhanh " + PortalTestArticles.uniqueWord(), "Tóm tắt", "Thân bài", 1);
        String path = "/bai-viet/" + a.slug();
        var rendered = get(path);
        assertThat(cacheState(rendered)).isEqualTo("MISS");
        for (int i = 0; i < 3; i++) {
            var hit = get(path);
            assertThat(cacheState(hit)).isEqualTo("HIT");
            assertThat(lasting(hit)).isEqualTo(lasting(rendered));
            assertThat(hit.headers().firstValue("Set-Cookie")).isEmpty();
        }
        var withCookie = get(path, "Cookie", "XSRF-TOKEN=abc; lantoa-lang=vi");
        assertThat(cacheState(withCookie)).isEqualTo("HIT");
        assertThat(lasting(withCookie)).isEqualTo(lasting(rendered));
        assertThat(withCookie.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void aHitBehindTheTlsProxyCarriesHstsAndAPlainOneDoesNot() throws Exception {
        var a = articles.publish("Trang TLS " + PortalTestArticles.uniqueWord(), "Tóm tắt", "Thân bài", 1);
        String path = "/bai-viet/" + a.slug();
        get(path);
        get(path, "X-Forwarded-Proto", "https");
        for (int i = 0; i < 2; i++) {
            var secure = get(path, "X-Forwarded-Proto", "https");
            assertThat(cacheState(secure)).isEqualTo("HIT");
            assertThat(secure.headers().firstValue("Strict-Transport-Security")).isPresent();
            var plain = get(path);
            assertThat(cacheState(plain)).isEqualTo("HIT");
            assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        }
    }

    @Test
    void aReaderOfSharedPagesGetsATokenWhereThereIsAFormAndSecurityChecksIt() throws Exception {
        var a = articles.publish("Trang mã " + PortalTestArticles.uniqueWord(), "Tóm tắt", "Thân bài", 1);
        String path = "/bai-viet/" + a.slug();
        get(path);
        get(path);
        Browser reader = new Browser(port);
        assertThat(cacheState(reader.get(path))).isEqualTo("HIT");
        var login = reader.get("/dang-nhap");
        assertThat(CSRF.matcher(login.body()).find()).isTrue();
        assertThat(login.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(c -> assertThat(c).startsWith("XSRF-TOKEN=").contains("HttpOnly"));
        var withToken = reader.postForm("/dang-nhap", java.util.Map.of("username", "khongco", "password", "sai"));
        assertThat(withToken.statusCode()).isEqualTo(302);
        assertThat(withToken.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/dang-nhap?error"));
        var forged = reader.postForm(
                "/dang-nhap", java.util.Map.of("username", "khongco", "password", "sai", "_csrf", "forged"));
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void revalidationAnswersNotModifiedAndGzipIsPrecompressed() throws Exception {
        var a = articles.publish("Trang 304 " + PortalTestArticles.uniqueWord(), "Tóm tắt", "Thân bài", 1);
        String path = "/bai-viet/" + a.slug();
        String etag = get(path).headers().firstValue("ETag").orElseThrow();
        var notModified = get(path, "If-None-Match", etag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        String lastModified = get(path).headers().firstValue("Last-Modified").orElseThrow();
        assertThat(get(path, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(get(path, "If-None-Match", "W/\"other\"").statusCode()).isEqualTo(200);
        var gzip = get(path, "Accept-Encoding", "gzip");
        assertThat(cacheState(gzip)).isEqualTo("HIT");
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(CachedPageTests.gunzip(gzip.body())).contains("Trang 304");
        var brotli = get(path, "Accept-Encoding", "gzip, deflate, br");
        assertThat(cacheState(brotli)).isEqualTo("HIT");
        assertThat(brotli.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(CachedPageTests.unbrotli(brotli.body())).contains("Trang 304");
        assertThat(brotli.body().length).isLessThan(gzip.body().length);
    }

    @Test
    void signedInReadersAndErrorsAreNeverCached() throws Exception {
        var a = articles.publish("Trang riêng " + PortalTestArticles.uniqueWord(), "Tóm tắt", "Thân bài", 1);
        Browser editor = new Browser(port);
        editor.signIn("bientap", LanToaIntegrationTest.DEMO_PASSWORD);
        get("/bai-viet/" + a.slug());
        var signedIn = editor.get("/bai-viet/" + a.slug());
        assertThat(cacheState(signedIn)).isEqualTo("NONE");
        assertThat(signedIn.body()).contains("/dang-xuat");
        get("/bai-viet/khong-co-bai-nay");
        var missing = get("/bai-viet/khong-co-bai-nay");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(cacheState(missing)).isEqualTo("NONE");
    }

    @Test
    void aNewlyPublishedArticleShowsAtOnceOnCachedPages() throws Exception {
        get("/");
        assertThat(cacheState(get("/"))).isEqualTo("HIT");
        var a = articles.publish("Tin nóng " + PortalTestArticles.uniqueWord(), "Tóm tắt", "Thân bài", 0);
        var home = get("/");
        assertThat(cacheState(home)).isEqualTo("MISS");
        assertThat(new String(home.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains(a.slug());
    }

    @Test
    void aRenamedCategoryShowsAtOnceInTheNavigationOfRenderedPages() throws Exception {
        long category = articles.firstCategory();
        String old = jdbc.sql("SELECT name FROM news_category WHERE id = ?")
                .param(category)
                .query(String.class)
                .single();
        String renamed = "Chuyên mục " + PortalTestArticles.uniqueWord();
        get("/gioi-thieu");
        assertThat(cacheState(get("/gioi-thieu"))).isEqualTo("HIT");
        try {
            jdbc.sql("UPDATE news_category SET name = ? WHERE id = ?")
                    .params(renamed, category)
                    .update();
            events.publishEvent(new ArticleChanged(null, articles.defaultSite(), true));
            var page = get("/gioi-thieu");
            assertThat(cacheState(page)).isEqualTo("MISS");
            assertThat(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains(renamed);
        } finally {
            jdbc.sql("UPDATE news_category SET name = ? WHERE id = ?")
                    .params(old, category)
                    .update();
            events.publishEvent(new ArticleChanged(null, articles.defaultSite(), true));
        }
    }

    @Test
    void aWithdrawnArticleDisappearsFromItsPageAndFromSearchAtOnce() throws Exception {
        String w = PortalTestArticles.uniqueWord();
        var a = articles.publish("Bài rút lại " + w, "Tóm tắt", "Thân bài", 1);
        String path = "/bai-viet/" + a.slug();
        get(path);
        assertThat(cacheState(get(path))).isEqualTo("HIT");
        assertThat(new String(get("/tim-kiem?q=" + w).body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains(path);
        jdbc.sql("UPDATE news_article SET status = 'DRAFT' WHERE id = ?")
                .param(a.id())
                .update();
        events.publishEvent(new ArticleChanged(a.id(), articles.defaultSite(), false));
        assertThat(get(path).statusCode()).isEqualTo(404);
        assertThat(new String(get("/tim-kiem?q=" + w).body(), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain(path);
    }

    @Test
    void aChangeOnAnotherNodeArrivesThroughNotify() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(cluster::listening);
        get("/rss.xml");
        assertThat(cacheState(get("/rss.xml"))).isEqualTo("HIT");
        try (Connection other = dataSource.getConnection();
                Statement statement = other.createStatement()) {
            other.setAutoCommit(true);
            statement.execute("NOTIFY " + ClusterInvalidation.CHANNEL + ", 'another-node'");
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> cache.size() == 0 || cacheState(get("/rss.xml")).equals("MISS"));
    }

    @Test
    void aChangeHereIsAnnouncedToTheOtherNodes() throws Exception {
        try (Connection other = dataSource.getConnection();
                Statement statement = other.createStatement()) {
            other.setAutoCommit(true);
            statement.execute("LISTEN " + ClusterInvalidation.CHANNEL);
            events.publishEvent(new ArticleChanged(null, articles.defaultSite(), true));
            PGConnection pg = other.unwrap(PGConnection.class);
            boolean heard = false;
            for (int i = 0; i < 10 && !heard; i++) {
                PGNotification[] notifications = pg.getNotifications(1000);
                if (notifications != null) {
                    for (PGNotification n : notifications) {
                        heard |= n.getParameter().equals(cluster.nodeId());
                    }
                }
            }
            statement.execute("UNLISTEN *");
            assertThat(heard).isTrue();
        }
    }
}
