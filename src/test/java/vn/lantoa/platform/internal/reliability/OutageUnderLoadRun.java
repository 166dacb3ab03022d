package vn.lantoa.platform.internal.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.internal.db.EmbeddedDatabase;
import vn.lantoa.platform.internal.db.OwnDatabase;

/**
 * Issue 16, "database outage": the application on an external PostgreSQL of its own, under a steady
 * load of share logs, anonymous readers of the cached home page and a health probe, while that
 * PostgreSQL is stopped as {@code pg_ctl stop -m immediate} would (SIGQUIT) for 5, 30 and 120 s
 * ({@code -Dreliability.outages=5,30,120}) and started again. While it is down every write answers
 * 503 within 2 s and is not stored, health says DOWN within 2 s and the cached page stays 200; once
 * it is back, writes are acknowledged again without a restart. Run by {@code .ci/reliability}.
 */
class OutageUnderLoadRun {

    static final int WRITERS = 20;
    static final int READERS = 4;
    static final Duration WRITE_PACE = Duration.ofMillis(50);
    static final long FAST_MILLIS = 2_000;

    @TempDir
    static Path dir;

    static int pgPort;
    static EmbeddedDatabase database;
    static ConfigurableApplicationContext app;
    static int port;

    @BeforeAll
    static void start() {
        pgPort = OwnDatabase.freePort();
        database = EmbeddedDatabase.start(dir.resolve("external"), pgPort);
        // Incomplete module events are handed to their listeners again after 5 s, not 2 min, so that
        // the run can wait for it.
        app = OwnDatabase.startApplication(
                database,
                dir.resolve("app"),
                true,
                "--lantoa.events.retry-interval=5s",
                "--lantoa.events.retry-older-than=5s");
        port = OwnDatabase.port(app);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.close();
        }
    }

    record Probe(long startNanos, long endNanos, int status) {
        long millis() {
            return TimeUnit.NANOSECONDS.toMillis(endNanos - startNanos);
        }
    }

    @Test
    void writesFailFastAndAreNotStoredWhileTheDatabaseIsDownAndRecoverWithoutARestart() throws Exception {
        List<Integer> outages = Arrays.stream(
                        System.getProperty("reliability.outages", "5,30,120").split(","))
                .map(String::strip)
                .map(Integer::valueOf)
                .toList();
        for (int seconds : outages) {
            outage(Duration.ofSeconds(seconds));
        }
    }

    private void outage(Duration length) throws Exception {
        ConcurrentLinkedQueue<Probe> pages = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Probe> health = new ConcurrentLinkedQueue<>();
        Browser warm = new Browser(port);
        assertThat(warm.get("/").statusCode()).isEqualTo(200);
        assertThat(warm.get("/").statusCode()).isEqualTo(200);
        Duration window = length.plusMinutes(2);
        try (ShareLoad load = new ShareLoad(port, WRITERS, ShareLoad.officialArticle(database.jdbcUrl()));
                Poller poller = new Poller()) {
            load.start(Integer.MAX_VALUE / 2, ShareLoad.Retry.NEW_KEY, window, WRITE_PACE);
            for (int r = 0; r < READERS; r++) {
                Browser reader = new Browser(port);
                poller.every(
                        Duration.ofMillis(50),
                        () -> probe(pages, () -> reader.get("/").statusCode()));
            }
            Browser prober = new Browser(port);
            poller.every(
                    Duration.ofMillis(200),
                    () -> probe(
                            health,
                            () -> prober.send(HttpRequest.newBuilder(
                                                    URI.create("http://localhost:" + port + "/actuator/health"))
                                            .build())
                                    .statusCode()));
            AppProcess.until(() -> load.acknowledgedCount() >= 100, Duration.ofMinutes(1));

            stopImmediately();
            long down = System.nanoTime();
            AppProcess.pause(length); // the outage itself
            long up = System.nanoTime();
            database = EmbeddedDatabase.start(dir.resolve("external"), pgPort);
            long restarted = System.nanoTime();
            AppProcess.until(
                    () -> load.attempts().stream().anyMatch(a -> a.acknowledged() && a.startNanos() > restarted),
                    Duration.ofMinutes(1));
            long recovered = load.attempts().stream()
                    .filter(a -> a.acknowledged() && a.startNanos() > restarted)
                    .mapToLong(ShareLoad.Attempt::endNanos)
                    .min()
                    .orElseThrow();
            AppProcess.until(
                    () -> health.stream().anyMatch(p -> p.startNanos() > recovered && p.status() == 200),
                    Duration.ofMinutes(1));
            load.close();
            poller.close();
            // Module events whose listeners failed while the database was away complete by themselves.
            int incompleteEvents = incompleteEvents();
            long draining = System.nanoTime();
            AppProcess.until(() -> incompleteEvents() == 0, Duration.ofMinutes(3));
            double drained = (System.nanoTime() - draining) / 1e9;

            // Only what started while the database was surely down and ended before it was started again.
            List<ShareLoad.Attempt> writesDuring = load.attempts().stream()
                    .filter(a -> a.startNanos() >= down && a.endNanos() <= up)
                    .toList();
            List<Probe> healthDuring = during(health, down, up);
            List<Probe> pagesDuring = during(pages, down, up);
            Set<String> refused = writesDuring.stream()
                    .filter(a -> a.status() == 503)
                    .map(ShareLoad.Attempt::key)
                    .collect(Collectors.toSet());
            int storedAnyway = Ledger.storedOf(database.jdbcUrl(), refused);
            Ledger ledger = Ledger.of(database.jdbcUrl(), load);
            LongSummaryStatistics writeMillis =
                    writesDuring.stream().mapToLong(ShareLoad.Attempt::millis).summaryStatistics();
            long firstDown = health.stream()
                    .filter(p -> p.startNanos() >= down && p.status() != 200)
                    .mapToLong(Probe::endNanos)
                    .min()
                    .orElse(Long.MAX_VALUE);
            System.out.printf(
                    "[outage] %d s down under load: %,d writes while down, statuses %s, %,d stored anyway, "
                            + "%,d ms median %,d ms max; health %s, DOWN %,d ms after the stop, max %,d ms; "
                            + "cached home page %s, max %,d ms; first write acknowledged %.1f s after PostgreSQL "
                            + "was started again, without restarting the application; %,d acknowledged in all, "
                            + "%,d acknowledged but missing, %,d orphans; %,d module events incomplete after "
                            + "the outage, all completed %.1f s later%n",
                    length.toSeconds(),
                    writesDuring.size(),
                    statuses(
                            writesDuring.stream().map(ShareLoad.Attempt::status).toList()),
                    storedAnyway,
                    median(writesDuring.stream().map(ShareLoad.Attempt::millis).toList()),
                    writeMillis.getMax(),
                    statuses(healthDuring.stream().map(Probe::status).toList()),
                    TimeUnit.NANOSECONDS.toMillis(firstDown - down),
                    healthDuring.stream().mapToLong(Probe::millis).max().orElse(0),
                    statuses(pagesDuring.stream().map(Probe::status).toList()),
                    pagesDuring.stream().mapToLong(Probe::millis).max().orElse(0),
                    (recovered - restarted) / 1e9,
                    ledger.acknowledged(),
                    ledger.acknowledgedMissing(),
                    ledger.orphans(),
                    incompleteEvents,
                    drained);

            assertThat(writesDuring)
                    .as("writes sent while the database was down")
                    .isNotEmpty();
            assertThat(writesDuring).allSatisfy(a -> {
                assertThat(a.status()).as("a write while the database is down").isEqualTo(503);
                assertThat(a.millis()).as("its answer time").isLessThanOrEqualTo(FAST_MILLIS);
            });
            assertThat(storedAnyway)
                    .as("writes refused with 503 and stored all the same")
                    .isZero();
            assertThat(healthDuring).isNotEmpty().allSatisfy(p -> {
                assertThat(p.status()).as("health while the database is down").isEqualTo(503);
                assertThat(p.millis()).as("health's answer time").isLessThanOrEqualTo(FAST_MILLIS);
            });
            assertThat(pagesDuring)
                    .isNotEmpty()
                    .allSatisfy(p ->
                            assertThat(p.status()).as("the cached home page").isEqualTo(200));
            assertThat(ledger.acknowledgedMissing())
                    .as("acknowledged but not stored")
                    .isZero();
            assertThat(ledger.orphans()).as("orphans").isZero();
            Files.writeString(dir.resolve("last-outage"), Long.toString(length.toSeconds()));
        }
    }

    private static int incompleteEvents() {
        return app.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
                .query(Integer.class)
                .single();
    }

    private static List<Probe> during(ConcurrentLinkedQueue<Probe> probes, long from, long to) {
        return probes.stream()
                .filter(p -> p.startNanos() >= from && p.endNanos() <= to)
                .toList();
    }

    private static void probe(ConcurrentLinkedQueue<Probe> into, java.util.function.IntSupplier call) {
        long start = System.nanoTime();
        int status;
        try {
            status = call.getAsInt();
        } catch (IllegalStateException noAnswer) {
            status = 0;
        }
        into.add(new Probe(start, System.nanoTime(), status));
    }

    private static String statuses(List<Integer> statuses) {
        return statuses.stream()
                .collect(Collectors.groupingBy(s -> s, java.util.TreeMap::new, Collectors.counting()))
                .toString();
    }

    private static long median(List<Long> values) {
        return values.isEmpty() ? 0 : values.stream().sorted().toList().get(values.size() / 2);
    }

    /** As {@code pg_ctl stop -m immediate}: SIGQUIT to the postmaster; then zonky's lock is released. */
    private static void stopImmediately() throws Exception {
        Path pidFile = dir.resolve("external/postgres/postmaster.pid");
        long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).start().waitFor();
        postmaster.onExit().get(20, TimeUnit.SECONDS);
        try {
            database.close();
        } catch (java.io.IOException | RuntimeException alreadyStopped) {
            // pg_ctl stop finds no server: expected
        }
    }

    /** Calls run at a fixed pace on virtual threads until closed. */
    static final class Poller implements AutoCloseable {
        private final java.util.concurrent.ScheduledExecutorService timer =
                java.util.concurrent.Executors.newScheduledThreadPool(READERS + 1);

        void every(Duration pace, Runnable call) {
            timer.scheduleWithFixedDelay(call, 0, pace.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }
}
