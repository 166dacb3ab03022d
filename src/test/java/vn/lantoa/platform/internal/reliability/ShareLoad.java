package vn.lantoa.platform.internal.reliability;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;

/**
 * Members logging shares through {@code POST /api/v1/shares}, each request with its own
 * {@code Idempotency-Key}, from {@code clients} signed-in sessions at once. Every attempt is kept
 * as an {@link Attempt} (key, start, end, status, the id answered), so that a run can compare what
 * the clients were told with what the database holds.
 *
 * <p>{@link Retry#SAME_KEY}: a request that got no answer or a 5xx is sent again with the same key
 * until it is acknowledged, as the member app does. {@link Retry#NEW_KEY}: a refused write is left
 * refused and the client goes on with its next one, so that a run can check the refused ones were
 * not stored.
 */
final class ShareLoad implements AutoCloseable {

    enum Retry {
        SAME_KEY,
        NEW_KEY
    }

    /** One request: {@code status} 0 when no answer came (connection refused or reset). */
    record Attempt(String key, long startNanos, long endNanos, int status, long actionId) {

        long millis() {
            return TimeUnit.NANOSECONDS.toMillis(endNanos - startNanos);
        }

        boolean acknowledged() {
            return status == 200 || status == 201;
        }
    }

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    /** A token of this run in every post URL and key, so its rows are told apart from the demo's. */
    final String run = UUID.randomUUID().toString().substring(0, 8);

    private final int port;
    private final List<Browser> clients = new ArrayList<>();
    private final ExecutorService pool;
    private final List<Future<?>> work = new ArrayList<>();
    private final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    private final Map<String, Long> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicLong retries = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicReference<String> refusal =
            new java.util.concurrent.atomic.AtomicReference<>();
    private volatile boolean stopping;

    private final String articleUrl;

    /** {@code clients} sessions of the demo member, sharing {@code articleUrl} (an official article). */
    ShareLoad(int port, int clients, String articleUrl) {
        this.port = port;
        this.articleUrl = articleUrl;
        this.pool = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            Browser browser = new Browser(port);
            browser.signIn("thanhvien", LanToaIntegrationTest.DEMO_PASSWORD);
            browser.get("/thanh-vien"); // the CSRF token of the session
            this.clients.add(browser);
        }
    }

    /** Starts {@code writes} shares in all, spread over the clients; at most {@code within} in all. */
    void start(int writes, Retry retry, Duration within) {
        start(writes, retry, within, Duration.ZERO);
    }

    /** As {@link #start(int, Retry, Duration)}, each client pausing {@code pace} after each write. */
    void start(int writes, Retry retry, Duration within, Duration pace) {
        long deadline = System.nanoTime() + within.toNanos();
        int per = writes / clients.size();
        for (int c = 0; c < clients.size(); c++) {
            Browser browser = clients.get(c);
            int client = c;
            int count = c == clients.size() - 1 ? writes - per * (clients.size() - 1) : per;
            work.add(pool.submit(() -> {
                for (int i = 0; i < count && !stopping && System.nanoTime() < deadline; i++) {
                    String key = run + "-" + client + "-" + i;
                    String body = "{\"postUrl\":\"https://www.facebook.com/lantoa.reliability/posts/" + key
                            + "\",\"articleUrl\":\"" + articleUrl + "\"}";
                    write(browser, key, body, retry, deadline);
                    if (!pace.isZero()) {
                        AppProcess.pause(pace);
                    }
                }
            }));
        }
    }

    private void write(Browser browser, String key, String body, Retry retry, long deadline) {
        boolean first = true;
        while (!stopping && System.nanoTime() < deadline) {
            if (!first) {
                retries.incrementAndGet();
            }
            first = false;
            long start = System.nanoTime();
            sent.incrementAndGet();
            int status;
            long id = 0;
            try {
                HttpResponse<String> response =
                        browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/shares"))
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json")
                                .header("Accept", "application/json")
                                .header("X-XSRF-TOKEN", browser.csrfToken())
                                .header("Idempotency-Key", key)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build());
                status = response.statusCode();
                if (status >= 400 && status < 500) {
                    refusal.compareAndSet(null, status + " " + response.body());
                }
                Matcher m = ID.matcher(response.body());
                if ((status == 200 || status == 201) && m.find()) {
                    id = Long.parseLong(m.group(1));
                }
            } catch (IllegalStateException noAnswer) {
                status = 0;
            }
            Attempt attempt = new Attempt(key, start, System.nanoTime(), status, id);
            attempts.add(attempt);
            if (attempt.acknowledged()) {
                acknowledged.put(key, id);
                return;
            }
            if (retry == Retry.NEW_KEY || (status >= 400 && status < 500)) {
                return;
            }
            AppProcess.pause(Duration.ofMillis(100));
        }
    }

    /** Waits for every client to finish its writes (or the deadline given to {@link #start}). */
    void await() throws Exception {
        for (Future<?> f : work) {
            f.get();
        }
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    /** Key → the action id the server answered, for every acknowledged write. */
    Map<String, Long> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    /** The first 4xx answer, if any: a load whose writes are refused says why. */
    String firstRefusal() {
        return refusal.get();
    }

    long retries() {
        return retries.get();
    }

    int requestsSent() {
        return sent.get();
    }

    /** The first article of the demo's first campaign: an official article to share. */
    static String officialArticle(String jdbcUrl) throws java.sql.SQLException {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(jdbcUrl, "postgres", "");
                java.sql.ResultSet rs = db.createStatement()
                        .executeQuery("SELECT url FROM shr_campaign_article ORDER BY campaign_id, position LIMIT 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("The demo has no campaign article");
            }
            return rs.getString(1);
        }
    }

    /** The {@code LIKE} pattern of this run's post URLs. */
    String postUrlPattern() {
        return "https://www.facebook.com/lantoa.reliability/posts/" + run + "-%";
    }

    @Override
    public void close() {
        // Let each client finish the request it is in, so that nothing is still being written when
        // a run compares what the clients were told with the database.
        stopping = true;
        pool.shutdown();
        try {
            if (!pool.awaitTermination(2, TimeUnit.MINUTES)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
    }
}
