package vn.lantoa.platform.internal.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.Nginx;
import vn.lantoa.platform.internal.db.EmbeddedDatabase;
import vn.lantoa.platform.internal.db.OwnDatabase;

/**
 * Issue 16, "two nodes": two JVMs of the jar on one PostgreSQL and one data directory, behind
 * Debian's nginx with the proxy settings of {@code ops/nginx/lantoa.conf} (its upstream and
 * locations; plain HTTP here, no certificate). A session continues on either node; an article
 * published through one node is on the other's cached home page within 1 s; page views through
 * nginx are counted exactly; articles scheduled for the same moment are published once each while
 * both nodes run the scheduler; notices are delivered once each while both run the dispatcher.
 * Run by {@code .ci/reliability}, not by {@code ./mvnw verify}.
 */
class TwoNodesBehindNginxRun {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TempDir
    static Path dir;

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static EmbeddedDatabase database;
    static AppProcess node1;
    static AppProcess node2;
    static Nginx nginx;
    static int proxy;

    @BeforeAll
    static void start() throws Exception {
        database = EmbeddedDatabase.start(dir.resolve("postgres"), OwnDatabase.freePort());
        SMTP.start();
        List<String> common = List.of(
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + SMTP.getSmtp().getPort(),
                "--lantoa.notifications.dispatcher.interval=200ms",
                "--lantoa.newsroom.schedule-interval=500ms",
                // each node adds its page views to the database every 0.1 s, and the API reads it each time
                "--lantoa.visits.flush-interval=100ms",
                "--lantoa.visits.cache-ttl=0s");
        Path data = dir.resolve("data"); // one data directory for both, as docs/operations.md says
        node1 = AppProcess.start("node-1", data, OwnDatabase.freePort(), common, Duration.ofMinutes(3));
        node1.awaitDemoData(Duration.ofMinutes(2));
        List<String> second = new ArrayList<>(common);
        second.add("--lantoa.demo.enabled=false");
        node2 = AppProcess.start("node-2", data, OwnDatabase.freePort(), second, Duration.ofMinutes(3));
        proxy = OwnDatabase.freePort();
        nginx = startNginx(proxy, node1.port(), node2.port());
    }

    @AfterAll
    static void stop() throws Exception {
        if (nginx != null) {
            nginx.close();
        }
        for (AppProcess node : new AppProcess[] {node1, node2}) {
            if (node != null) {
                node.close();
            }
        }
        SMTP.stop();
        if (database != null) {
            database.close();
        }
    }

    /** nginx with {@code ops/nginx/lantoa.conf}'s upstream (its two ports replaced) and locations, on plain HTTP. */
    static Nginx startNginx(int listen, int first, int second) throws Exception {
        String ops = Files.readString(Path.of("ops", "nginx", "lantoa.conf"));
        Matcher upstream = Pattern.compile("(?s)upstream lantoa \\{.*?\\n}").matcher(ops);
        assertThat(upstream.find())
                .as("the upstream block of ops/nginx/lantoa.conf")
                .isTrue();
        String servers = upstream.group()
                .replace("127.0.0.1:8080", "127.0.0.1:" + first)
                .replace("127.0.0.1:8081", "127.0.0.1:" + second);
        String locations = ops.substring(ops.indexOf("    location / {"), ops.lastIndexOf('}'));
        Path prefix = Files.createDirectories(dir.resolve("nginx"));
        return Nginx.start(prefix, listen, servers, "        client_max_body_size 25m;\n" + locations);
    }

    @Test
    void aSessionContinuesOnEitherNode() {
        Browser admin = new Browser(proxy);
        admin.signIn("quantri", LanToaIntegrationTest.DEMO_PASSWORD);
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < 20; i++) {
            statuses.merge(admin.get("/quan-tri").statusCode(), 1, Integer::sum);
        }
        int onFirst = get(node1.port(), "/quan-tri", admin.cookieHeader()).statusCode();
        int onSecond = get(node2.port(), "/quan-tri", admin.cookieHeader()).statusCode();
        System.out.printf(
                "[two-nodes] one session through nginx, 20 × /quan-tri: %s; the same cookie on node 1: %d, on node 2: %d%n",
                statuses, onFirst, onSecond);
        assertThat(statuses).isEqualTo(Map.of(200, 20));
        assertThat(onFirst).isEqualTo(200);
        assertThat(onSecond).isEqualTo(200);
    }

    @Test
    void anArticlePublishedOnOneNodeIsOnTheOthersCachedHomePageWithinASecond() throws Exception {
        Browser editor = signedIn(node1.port(), "bientap");
        Browser reviewer = signedIn(node1.port(), "kiemduyet");
        String title =
                "Hai máy chủ cùng đưa tin " + UUID.randomUUID().toString().substring(0, 8);
        long id = draft(editor, title);
        assertThat(editor.postJson("/api/v1/articles/" + id + "/submit", "{}").statusCode())
                .isEqualTo(200);
        assertThat(reviewer.postJson("/api/v1/articles/" + id + "/approve", "{}")
                        .statusCode())
                .isEqualTo(200);
        // node 2's home page, read twice: now in its page cache
        assertThat(get(node2.port(), "/", null).body()).doesNotContain(title);
        assertThat(get(node2.port(), "/", null).statusCode()).isEqualTo(200);

        HttpResponse<String> published = reviewer.postJson("/api/v1/articles/" + id + "/publish", "{}");
        long at = System.nanoTime();
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        AppProcess.until(() -> get(node2.port(), "/", null).body().contains(title), Duration.ofSeconds(10));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - at);
        System.out.printf(
                "[two-nodes] published through node 1, on node 2's cached home page %d ms after the answer%n", millis);
        assertThat(millis).isLessThanOrEqualTo(1_000);
    }

    @Test
    void pageViewsThroughNginxAreCountedExactly() throws Exception {
        int readers = 10;
        int views = 40;
        long before = settledPageViews();
        try (ExecutorService pool = Executors.newFixedThreadPool(readers)) {
            List<Future<Integer>> work = new ArrayList<>();
            for (int r = 0; r < readers; r++) {
                String agent = FIREFOX + " LanToaReliability/" + UUID.randomUUID();
                work.add(pool.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < views; i++) {
                        if (send(proxy, "/", null, agent).statusCode() == 200) {
                            ok++;
                        }
                    }
                    return ok;
                }));
            }
            int ok = 0;
            for (Future<Integer> f : work) {
                ok += f.get();
            }
            assertThat(ok).isEqualTo(readers * views);
        }
        long expected = before + (long) readers * views;
        AppProcess.until(() -> pageViewsTotal() >= expected, Duration.ofSeconds(60));
        long counted = settledPageViews() - before;
        System.out.printf(
                "[two-nodes] %d page views through nginx by %d readers, both nodes counting: %d counted%n",
                readers * views, readers, counted);
        assertThat(counted).isEqualTo((long) readers * views);
    }

    @Test
    void articlesScheduledForTheSameMomentArePublishedOnceEachWhileBothNodesRunTheScheduler() throws Exception {
        Browser editor = signedIn(node1.port(), "bientap");
        Browser reviewer = signedIn(node2.port(), "kiemduyet");
        Instant due = Instant.now().plusSeconds(8);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long id = draft(
                    editor,
                    "Bài hẹn giờ " + i + " " + UUID.randomUUID().toString().substring(0, 8));
            assertThat(editor.postJson("/api/v1/articles/" + id + "/submit", "{}")
                            .statusCode())
                    .isEqualTo(200);
            HttpResponse<String> approved =
                    reviewer.postJson("/api/v1/articles/" + id + "/approve", "{\"publishAt\":\"" + due + "\"}");
            assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
            ids.add(id);
        }
        AppProcess.until(
                () -> count("SELECT count(*) FROM news_article WHERE status = 'PUBLISHED' AND id = ANY (?)", ids)
                        == ids.size(),
                Duration.ofSeconds(90));
        int publications =
                count("SELECT count(*) FROM news_transition WHERE action = 'PUBLISH' AND article_id = ANY (?)", ids);
        System.out.printf(
                "[two-nodes] %d articles scheduled for one moment, both nodes publishing every 0.5 s: %d publications%n",
                ids.size(), publications);
        assertThat(publications).isEqualTo(ids.size());
    }

    @Test
    void noticesAreDeliveredOnceEachWhileBothNodesRunTheDispatcher() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String subject = "Thông báo hai máy chủ " + run;
        int notices = 200;
        List<Long> ids = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(database.jdbcUrl(), "postgres", "")) {
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("""
                    INSERT INTO ntf_notice (recipient_key, email, subject, body, dedup_key, created_at)
                    VALUES (?, ?, ?, 'Mời đồng chí xem thông báo.', ?, now()) RETURNING id""")) {
                for (int i = 0; i < notices; i++) {
                    String address = "hai.may." + run + "." + i + "@example.vn";
                    insert.setString(1, "email:" + address);
                    insert.setString(2, address);
                    insert.setString(3, subject);
                    insert.setString(4, "two-nodes:" + run + ":" + i);
                    try (ResultSet rs = insert.executeQuery()) {
                        rs.next();
                        ids.add(rs.getLong(1));
                    }
                }
            }
            db.commit();
        }
        AppProcess.until(
                () -> count("SELECT count(*) FROM ntf_delivery WHERE status <> 'PENDING' AND notice_id = ANY (?)", ids)
                        == notices,
                Duration.ofSeconds(120));
        List<String> messageIds = new ArrayList<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (subject.equals(subjectOf(m))) {
                messageIds.add(m.getMessageID());
            }
        }
        int sent = count("SELECT count(*) FROM ntf_delivery WHERE status = 'SENT' AND notice_id = ANY (?)", ids);
        System.out.printf(
                "[two-nodes] %d notices, both nodes dispatching: %d recorded as sent, %d e-mails arrived, %d distinct%n",
                notices, sent, messageIds.size(), new HashSet<>(messageIds).size());
        assertThat(sent).isEqualTo(notices);
        assertThat(messageIds).hasSize(notices).doesNotHaveDuplicates();
    }

    private static Browser signedIn(int port, String username) {
        Browser who = new Browser(port);
        who.signIn(username, LanToaIntegrationTest.DEMO_PASSWORD);
        who.get("/quan-tri"); // the session's CSRF token
        return who;
    }

    /** A draft in the first category, through the article API; returns its id. */
    private static long draft(Browser editor, String title) throws SQLException {
        long category = firstCategory();
        HttpResponse<String> created = editor.postJson(
                "/api/v1/articles",
                "{\"title\":\"" + title + "\",\"summary\":\"Sapo của bài " + title + "\",\"bodyHtml\":\"<p>Nội dung "
                        + title + "</p>\",\"categoryId\":" + category + ",\"authorCredit\":\"Minh Thư\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher m = ID.matcher(created.body());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /**
     * The page views in the database once neither node has any left to add: the same figure on 10
     * reads in a row, polled every 20 ms (10 flush intervals), alternating between the nodes.
     */
    private static long settledPageViews() {
        long[] last = {-1};
        int[] same = {0};
        AppProcess.until(
                () -> {
                    long now = pageViewsTotal();
                    same[0] = now == last[0] ? same[0] + 1 : 0;
                    last[0] = now;
                    return same[0] >= 50;
                },
                Duration.ofSeconds(60));
        return last[0];
    }

    private static long pageViewsTotal() {
        String body = send(proxy, "/api/v1/visits", null, FIREFOX).body();
        Matcher m = Pattern.compile("\"pageViewsTotal\"\\s*:\\s*(\\d+)").matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static long firstCategory() throws SQLException {
        try (Connection db = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
                ResultSet rs = db.createStatement().executeQuery("SELECT min(id) FROM news_category")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int count(String sql, List<Long> ids) {
        try (Connection db = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
                PreparedStatement q = db.prepareStatement(sql)) {
            q.setArray(1, db.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> get(int port, String path, String cookie) {
        return send(port, path, cookie, FIREFOX);
    }

    private static HttpResponse<String> send(int port, String path, String cookie, String agent) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("User-Agent", agent)
                .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html");
        if (cookie != null && !cookie.isBlank()) {
            request.header("Cookie", cookie);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            return null;
        }
    }
}
