package vn.lantoa.sharing.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import vn.lantoa.LanToaApplication;
import vn.lantoa.platform.Browser;

/**
 * Load script for share logging with durable commits. Starts its own PostgreSQL 17 (zonky's
 * binaries) with {@code synchronous_commit=on} and {@code fsync=on} stated explicitly (zonky's
 * own default is {@code synchronous_commit=off}) and pg_stat_statements, starts LanToa on it, signs
 * in {@code C} member sessions and runs, in the same run: a signed-in read ({@code GET
 * /api/v1/visits}), {@code N} distinct shares ({@code POST /api/v1/shares}) and {@code N} bare
 * single-row INSERT commits over JDBC. For each phase it prints throughput, p50, p99, the CPU per
 * request by client, server, JVM, PostgreSQL and other processes, and the statements and commits
 * per request. Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=vn.lantoa.sharing.bench.ShareLoggingBenchmark -Dexec.args="4000 16"}.
 * Not a test: nothing here runs in {@code ./mvnw verify}.
 */
public final class ShareLoggingBenchmark {

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Path dir = Files.createTempDirectory("lantoa-bench");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("postgres"))
                .setCleanDataDirectory(true)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            long postmaster = Long.parseLong(Files.readAllLines(dir.resolve("postgres/postmaster.pid"))
                    .getFirst()
                    .trim());
            ConfigurableApplicationContext app = new SpringApplication(LanToaApplication.class)
                    .run(
                            "--server.port=0",
                            "--spring.datasource.url=" + url,
                            "--spring.datasource.username=postgres",
                            "--lantoa.data-dir=" + dir.resolve("data"),
                            "--lantoa.demo.enabled=true",
                            "--spring.main.banner-mode=off",
                            "--logging.level.root=WARN");
            try (StatementCounter statements = new StatementCounter(url)) {
                int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
                new ShareLoggingBenchmark(port, total, clients, new CpuMeter(postmaster), statements, url).run(rounds);
            } finally {
                app.close();
            }
        }
    }

    private final int total;
    private final int clients;
    private final CpuMeter cpu;
    private final StatementCounter statements;
    private final String url;
    private final Campaign campaign;
    private final List<Browser> sessions = new ArrayList<>();

    private ShareLoggingBenchmark(
            int port, int total, int clients, CpuMeter cpu, StatementCounter statements, String url) throws Exception {
        this.total = total;
        this.clients = clients;
        this.cpu = cpu;
        this.statements = statements;
        this.url = url;
        this.campaign = demoCampaign(url);
        // One session per client, as each member's phone has its own.
        for (int c = 0; c < clients; c++) {
            Browser member = new Browser(port);
            member.signIn("thanhvien", "LanToa-demo-2026");
            member.get("/thanh-vien");
            sessions.add(member);
        }
    }

    interface Call {
        void call(Browser session, long i) throws Exception;
    }

    record Result(String name, double perSecond, double p50, double p99) {}

    private void run(int rounds) throws Exception {
        System.out.printf(
                "LanToa share logging, %d requests per phase, %d clients, %d CPUs, load average at start %s%n",
                total, clients, Runtime.getRuntime().availableProcessors(), loadAverage());
        // Warm-up: both request kinds, so the JIT has seen them before anything is measured.
        phase("warm-up", 2000, this::share, false);
        phase("warm-up", 2000, this::campaignShare, false);
        phase("warm-up", 1000, this::read, false);
        List<List<Result>> all = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            System.out.printf("%n--- round %d of %d ---%n", round, rounds);
            List<Result> results = new ArrayList<>();
            results.add(phase("read: GET /api/v1/visits, signed in", total, this::read, true));
            results.add(phase("api : POST /api/v1/shares, signed in", total, this::share, true));
            results.add(phase("app : share from a campaign, Idempotency-Key", total, this::campaignShare, true));
            results.add(jdbc());
            wrk(total).ifPresent(results::add);
            all.add(results);
        }
        System.out.println();
        for (int round = 0; round < all.size(); round++) {
            List<Result> results = all.get(round);
            for (Result r : results) {
                System.out.printf(
                        "round %d  %-40s %7.0f/s  p50 %6.1f ms  p99 %6.1f ms%n",
                        round + 1, r.name(), r.perSecond(), r.p50(), r.p99());
            }
            if (results.size() > 4) {
                System.out.printf(
                        "round %d  ratio wrk/jdbc %.3f, wrk/app %.2f%n",
                        round + 1,
                        results.get(4).perSecond() / results.get(3).perSecond(),
                        results.get(4).perSecond() / results.get(2).perSecond());
            }
            System.out.printf(
                    "round %d  ratio api/jdbc %.3f, api/read %.2f, app/jdbc %.3f, app/read %.2f%n",
                    round + 1,
                    results.get(1).perSecond() / results.get(3).perSecond(),
                    results.get(1).perSecond() / results.get(0).perSecond(),
                    results.get(2).perSecond() / results.get(3).perSecond(),
                    results.get(2).perSecond() / results.get(0).perSecond());
        }
        System.out.printf("load average at end %s%n", loadAverage());
    }

    private static final AtomicLong REFERENCE_IDS = new AtomicLong();
    private static final AtomicLong POSTS = new AtomicLong(1_000_000);

    private void share(Browser session, long i) {
        HttpResponse<String> r = session.postJson(
                "/api/v1/shares",
                "{\"postUrl\":\"https://www.facebook.com/groups/bench/posts/" + POSTS.getAndIncrement() + "\"}");
        if (r.statusCode() != 201) {
            throw new IllegalStateException("HTTP " + r.statusCode() + " " + r.body());
        }
    }

    /**
     * What the member area sends: the campaign, the article chosen from it, and an idempotency key
     * (a double tap or a retry must not log twice).
     */
    private void campaignShare(Browser session, long i) {
        HttpResponse<String> r = session.postJson(
                "/api/v1/shares",
                "{\"postUrl\":\"https://www.facebook.com/groups/bench/posts/" + POSTS.getAndIncrement()
                        + "\",\"campaignId\":" + campaign.id() + ",\"articleUrl\":\"" + campaign.articleUrl() + "\"}",
                "Idempotency-Key",
                java.util.UUID.randomUUID().toString());
        if (r.statusCode() != 201 || !r.body().contains("\"state\":\"VERIFIED\"")) {
            throw new IllegalStateException("HTTP " + r.statusCode() + " " + r.body());
        }
    }

    record Campaign(long id, String articleUrl) {}

    /** The demo campaign the demo member is targeted by, and its first article. */
    private static Campaign demoCampaign(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
                java.sql.ResultSet rs = c.createStatement()
                        .executeQuery("SELECT a.campaign_id, a.url FROM shr_campaign_article a"
                                + " ORDER BY a.campaign_id, a.position LIMIT 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("The demo data has no campaign");
            }
            return new Campaign(rs.getLong(1), rs.getString(2));
        }
    }

    private void read(Browser session, long i) {
        HttpResponse<String> r = session.get("/api/v1/visits", "application/json");
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode());
        }
    }

    private Result phase(String name, int n, Call call, boolean report) throws Exception {
        statements.reset();
        CpuMeter.Snapshot before = cpu.snapshot();
        Result result = load(name, n, call);
        CpuMeter.Usage usage = cpu.between(before, cpu.snapshot());
        if (report) {
            System.out.printf(
                    "%n%s: %.0f/s, p50 %.1f ms, p99 %.1f ms%n", name, result.perSecond(), result.p50(), result.p99());
            System.out.println(usage.perRequest(n));
            statements.report(n).forEach(System.out::println);
        }
        return result;
    }

    private Result load(String name, int n, Call call) throws Exception {
        AtomicLong next = new AtomicLong();
        AtomicInteger threadNo = new AtomicInteger();
        long[] latencies = new long[n];
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(
                clients, r -> new Thread(r, "bench-client-" + threadNo.incrementAndGet()))) {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Browser session = sessions.get(c);
                futures.add(pool.submit(() -> {
                    long i;
                    while ((i = next.getAndIncrement()) < n) {
                        long t0 = System.nanoTime();
                        call.call(session, i);
                        latencies[(int) i] = System.nanoTime() - t0;
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        return new Result(name, n / seconds, latencies[n / 2] / 1e6, latencies[(int) (n * 0.99)] / 1e6);
    }

    /** The reference: single-row INSERT commits over plain JDBC, same threads, same database. */
    private Result jdbc() throws Exception {
        try (Connection setup = DriverManager.getConnection(url, "postgres", "")) {
            setup.createStatement().execute("CREATE TABLE IF NOT EXISTS bench_ref (id BIGINT PRIMARY KEY, v TEXT)");
        }
        List<Connection> connections = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            connections.add(DriverManager.getConnection(url, "postgres", ""));
        }
        ThreadLocal<Connection> mine = new ThreadLocal<>();
        AtomicInteger nextConnection = new AtomicInteger();
        try {
            return phase(
                    "jdbc: single-row INSERT commits",
                    total,
                    (session, i) -> {
                        if (mine.get() == null) {
                            mine.set(connections.get(nextConnection.getAndIncrement()));
                        }
                        try (PreparedStatement insert =
                                mine.get().prepareStatement("INSERT INTO bench_ref (id, v) VALUES (?, 'x')")) {
                            insert.setLong(1, REFERENCE_IDS.getAndIncrement());
                            insert.executeUpdate();
                        }
                    },
                    true);
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    /**
     * The campaign share again, with wrk (written in C) as the load client instead of Java's
     * HttpClient, which takes a sixth of the two cores by itself: the closest this machine comes to
     * a client on another machine. Same 16 sessions (one wrk thread and connection each, with its
     * session cookie and CSRF token), distinct posts, an idempotency key per request; every answer
     * must be 201. Skipped when wrk is not installed ({@code apt-get install wrk}).
     */
    private java.util.Optional<Result> wrk(int requests) throws Exception {
        Path wrk = Path.of("/usr/bin/wrk");
        if (!Files.isExecutable(wrk)) {
            System.out.println("\nwrk: not installed, phase skipped");
            return java.util.Optional.empty();
        }
        StringBuilder lua = new StringBuilder("local sessions = {\n");
        for (Browser session : sessions) {
            lua.append("  {cookie = \"")
                    .append(session.cookieHeader())
                    .append("\", csrf = \"")
                    .append(session.csrfToken())
                    .append("\"},\n");
        }
        long firstPost = POSTS.getAndAdd(10_000_000L);
        lua.append("}\n")
                .append("local campaign, article, run, first = ")
                .append(campaign.id())
                .append(", \"")
                .append(campaign.articleUrl())
                .append("\", \"")
                .append(java.util.UUID.randomUUID())
                .append("\", ")
                .append(firstPost)
                .append("\n")
                .append("""
                        local threads, next = {}, 0
                        function setup(thread)
                          next = next + 1
                          thread:set("idx", next)
                          table.insert(threads, thread)
                        end
                        function init(args)
                          n, bad, s = 0, 0, sessions[idx]
                        end
                        function request()
                          n = n + 1
                          local post = first + idx * 500000 + n
                          local body = '{"postUrl":"https://www.facebook.com/groups/bench/posts/' .. post
                            .. '","campaignId":' .. campaign .. ',"articleUrl":"' .. article .. '"}'
                          return wrk.format("POST", "/api/v1/shares", {
                            ["Content-Type"] = "application/json", ["Accept"] = "application/json",
                            ["Cookie"] = s.cookie, ["X-XSRF-TOKEN"] = s.csrf,
                            ["Idempotency-Key"] = run .. "-" .. idx .. "-" .. n}, body)
                        end
                        function response(status, headers, body)
                          if status ~= 201 then bad = bad + 1 end
                        end
                        function done(summary, latency, requests)
                          local failed = 0
                          for _, t in ipairs(threads) do failed = failed + t:get("bad") end
                          io.write(string.format("requests %d failed %d p50 %.3f p99 %.3f\\n",
                            summary.requests, failed, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
                        end
                        """);
        Path script = Files.createTempFile("lantoa-share", ".lua");
        Files.writeString(script, lua);
        // About as many requests as the Java phases: the duration from the last campaign phase's rate.
        int seconds = Math.max(5, (int) Math.round(requests / 1500.0));
        statements.reset();
        CpuMeter.Snapshot before = cpu.snapshot();
        Process process = new ProcessBuilder(
                        wrk.toString(),
                        "-t" + clients,
                        "-c" + clients,
                        "-d" + seconds + "s",
                        "-s",
                        script.toString(),
                        sessions.getFirst().base())
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        process.waitFor();
        CpuMeter.Usage usage = cpu.between(before, cpu.snapshot());
        Files.delete(script);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "requests (\\d+) failed (\\d+) p50 ([\\d.]+) p99 ([\\d.]+)")
                .matcher(out);
        java.util.regex.Matcher rate =
                java.util.regex.Pattern.compile("Requests/sec:\\s+([\\d.]+)").matcher(out);
        if (!m.find() || !rate.find()) {
            throw new IllegalStateException("wrk said: " + out);
        }
        long done = Long.parseLong(m.group(1));
        if (Long.parseLong(m.group(2)) > 0) {
            throw new IllegalStateException(m.group(2) + " of " + done + " wrk requests were not answered 201");
        }
        String name = "wrk : share from a campaign, Idempotency-Key";
        Result result = new Result(
                name,
                Double.parseDouble(rate.group(1)),
                Double.parseDouble(m.group(3)),
                Double.parseDouble(m.group(4)));
        System.out.printf(
                "%n%s: %.0f/s, p50 %.1f ms, p99 %.1f ms (%d requests in %d s, all 201)%n",
                name, result.perSecond(), result.p50(), result.p99(), done, seconds);
        System.out.println(usage.perRequest(done) + "   (wrk itself is in 'other processes')");
        statements.report(done).forEach(System.out::println);
        return java.util.Optional.of(result);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }
}
