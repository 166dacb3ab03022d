package vn.lantoa.platform.internal.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lantoa.platform.internal.db.OwnDatabase;

/**
 * Issue 16, "crash during writes": {@value #WRITES} share logs from {@value #CLIENTS} signed-in
 * clients, each with its own idempotency key; at half-way the JVM gets {@code kill -9} (and, in the
 * second run, its embedded PostgreSQL too); the application is started again on the same data, and
 * every client retries what got no answer with the same key. Then every acknowledged write is
 * stored exactly once with the id it was answered, no post twice, no action without its key and no
 * key without its action. Run by {@code .ci/reliability}, not by {@code ./mvnw verify}.
 */
class CrashDuringWritesRun {

    static final int WRITES = 10_000;
    static final int CLIENTS = 50;
    static final Duration RUN = Duration.ofMinutes(10);

    @TempDir
    static Path dir;

    static AppProcess app;

    @BeforeAll
    static void start() {
        app = AppProcess.start("crash", dir.resolve("data"), OwnDatabase.freePort(), List.of(), Duration.ofMinutes(3));
        app.awaitDemoData(Duration.ofMinutes(2));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void killOfTheJvmHalfWayLosesAndDoublesNothing() throws Exception {
        crashHalfWay(false);
    }

    @Test
    void killOfTheJvmAndPostgresHalfWayLosesAndDoublesNothing() throws Exception {
        crashHalfWay(true);
    }

    private void crashHalfWay(boolean postgresToo) throws Exception {
        String what = postgresToo ? "kill -9 of the JVM and PostgreSQL" : "kill -9 of the JVM";
        try (ShareLoad load = new ShareLoad(app.port(), CLIENTS, ShareLoad.officialArticle(app.embeddedJdbcUrl()))) {
            long started = System.nanoTime();
            load.start(WRITES, ShareLoad.Retry.SAME_KEY, RUN);
            long deadline = System.nanoTime() + RUN.toNanos();
            while (load.acknowledgedCount() < WRITES / 2
                    && load.firstRefusal() == null
                    && System.nanoTime() < deadline) {
                AppProcess.pause(Duration.ofMillis(5));
            }
            int atKill = load.acknowledgedCount();
            long killed = System.nanoTime();
            app.killJvm();
            boolean postgresKilled = postgresToo && app.killPostgres();
            Duration startup = app.restart(Duration.ofMinutes(3));
            int acknowledgedWhenHealthy = load.acknowledgedCount();
            load.await();
            Duration total = Duration.ofNanos(System.nanoTime() - started);
            // Recovery: from the kill to the first write acknowledged after it.
            long firstAfter = load.attempts().stream()
                    .filter(a -> a.acknowledged() && a.startNanos() > killed)
                    .mapToLong(ShareLoad.Attempt::endNanos)
                    .min()
                    .orElse(Long.MAX_VALUE);
            long unanswered = load.attempts().stream()
                    .filter(a -> a.status() == 0 || a.status() >= 500)
                    .count();

            Ledger ledger = Ledger.of(app.embeddedJdbcUrl(), load);
            System.out.printf(
                    "[crash] %s at %,d acknowledged: %,d requests from %d clients in %.1f s, %,d unanswered or 5xx and "
                            + "retried with the same key (%,d retries); %,d acknowledged, %,d rows, %,d duplicates, "
                            + "%,d orphans, %,d acknowledged but missing, %,d answered with another id; "
                            + "restart to healthy %.1f s, kill to the first acknowledged write %.1f s%n",
                    what,
                    atKill,
                    load.requestsSent(),
                    CLIENTS,
                    total.toMillis() / 1000.0,
                    unanswered,
                    load.retries(),
                    ledger.acknowledged(),
                    ledger.rows(),
                    ledger.duplicates(),
                    ledger.orphans(),
                    ledger.acknowledgedMissing(),
                    ledger.answeredWithAnotherId(),
                    startup.toMillis() / 1000.0,
                    (firstAfter - killed) / 1e9);

            assertThat(load.firstRefusal()).as("a write refused").isNull();
            assertThat(postgresKilled)
                    .as("PostgreSQL was running and was killed")
                    .isEqualTo(postgresToo);
            assertThat(atKill).as("killed half-way, not at the end").isLessThan(WRITES);
            assertThat(acknowledgedWhenHealthy)
                    .as("writes acknowledged before the kill")
                    .isGreaterThan(0);
            assertThat(ledger.acknowledged())
                    .as("every write acknowledged in the end")
                    .isEqualTo(WRITES);
            assertThat(ledger.rows()).as("stored once each").isEqualTo(WRITES);
            assertThat(ledger.duplicates()).as("duplicates").isZero();
            assertThat(ledger.orphans()).as("orphans").isZero();
            assertThat(ledger.acknowledgedMissing())
                    .as("acknowledged but not stored")
                    .isZero();
            assertThat(ledger.answeredWithAnotherId())
                    .as("a retry answered with another id")
                    .isZero();
        }
    }
}
