package vn.lantoa.sharing.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import vn.lantoa.LanToaApplication;
import vn.lantoa.platform.Browser;

/**
 * Load script for share logging with durable commits: starts LanToa on a fresh embedded
 * PostgreSQL, signs in as the demo member and posts {@code N} distinct shares from {@code C}
 * concurrent clients to {@code POST /api/v1/shares}; then, as the reference in the same run, the
 * same number of bare single-row INSERT commits over JDBC from the same number of threads.
 * Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=vn.lantoa.sharing.bench.ShareLoggingBenchmark -Dexec.args="4000 16"}.
 * Not a test: nothing here runs in {@code ./mvnw verify}.
 */
public final class ShareLoggingBenchmark {

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        Path data = Files.createTempDirectory("lantoa-bench");
        ConfigurableApplicationContext app = new SpringApplication(LanToaApplication.class)
                .run(
                        "--server.port=0",
                        "--lantoa.data-dir=" + data,
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN");
        try {
            Environment env = app.getEnvironment();
            int port = Integer.parseInt(env.getProperty("local.server.port"));
            // One session per client, as each member's phone has its own.
            List<Browser> sessions = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Browser member = new Browser(port);
                member.signIn("thanhvien", "LanToa-demo-2026");
                member.get("/thanh-vien");
                sessions.add(member);
            }
            warmUp(sessions.getFirst(), 300);
            ThreadLocal<Browser> session = new ThreadLocal<>();
            AtomicLong nextSession = new AtomicLong();
            Result api = run(total, clients, i -> {
                if (session.get() == null) {
                    session.set(sessions.get((int) nextSession.getAndIncrement()));
                }
                HttpResponse<String> r = session.get()
                        .postJson(
                                "/api/v1/shares",
                                "{\"postUrl\":\"https://www.facebook.com/groups/bench/posts/" + i + "\"}");
                if (r.statusCode() != 201) {
                    throw new IllegalStateException("HTTP " + r.statusCode() + " " + r.body());
                }
            });
            // Second reference: the same signed-in sessions asking for a small read (GET /api/v1/visits),
            // to tell the framework's cost per request from the cost of logging a share.
            ThreadLocal<Browser> readSession = new ThreadLocal<>();
            AtomicLong nextReadSession = new AtomicLong();
            Result read = run(total, clients, i -> {
                if (readSession.get() == null) {
                    readSession.set(sessions.get((int) nextReadSession.getAndIncrement()));
                }
                HttpResponse<String> r = readSession.get().get("/api/v1/visits", "application/json");
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + r.statusCode());
                }
            });
            String url = app.getBean(javax.sql.DataSource.class)
                    .getConnection()
                    .getMetaData()
                    .getURL();
            Result jdbc = runJdbc(url, total, clients);
            System.out.printf(
                    "api : %d shares, %d clients: %.0f/s, p50 %.1f ms, p99 %.1f ms%n",
                    total, clients, api.perSecond(), api.p50(), api.p99());
            System.out.printf(
                    "jdbc: %d single-row INSERT commits, %d threads: %.0f/s, p50 %.1f ms, p99 %.1f ms%n",
                    total, clients, jdbc.perSecond(), jdbc.p50(), jdbc.p99());
            System.out.printf(
                    "read: GET /api/v1/visits, same sessions: %.0f/s, p50 %.1f ms, p99 %.1f ms%n",
                    read.perSecond(), read.p50(), read.p99());
            System.out.printf("ratio api/jdbc: %.2f%n", api.perSecond() / jdbc.perSecond());
        } finally {
            app.close();
        }
    }

    interface Call {
        void call(long i) throws Exception;
    }

    record Result(double perSecond, double p50, double p99) {}

    private static void warmUp(Browser member, int n) {
        for (int i = 0; i < n; i++) {
            member.postJson("/api/v1/shares", "{\"postUrl\":\"https://www.facebook.com/groups/warm/posts/" + i + "\"}");
        }
    }

    private static Result run(int total, int clients, Call call) throws Exception {
        AtomicLong next = new AtomicLong();
        long[] latencies = new long[total];
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    long i;
                    while ((i = next.getAndIncrement()) < total) {
                        long t0 = System.nanoTime();
                        call.call(1_000_000 + i);
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
        return new Result(total / seconds, latencies[total / 2] / 1e6, latencies[(int) (total * 0.99)] / 1e6);
    }

    private static Result runJdbc(String url, int total, int clients) throws Exception {
        try (Connection setup = DriverManager.getConnection(url, "postgres", "")) {
            setup.createStatement().execute("CREATE TABLE IF NOT EXISTS bench_ref (id BIGINT PRIMARY KEY, v TEXT)");
        }
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                return DriverManager.getConnection(url, "postgres", "");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return run(total, clients, i -> {
            try (PreparedStatement insert =
                    connections.get().prepareStatement("INSERT INTO bench_ref (id, v) VALUES (?, 'x')")) {
                insert.setLong(1, i);
                insert.executeUpdate();
            }
        });
    }
}
