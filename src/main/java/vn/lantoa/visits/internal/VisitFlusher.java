package vn.lantoa.visits.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import vn.lantoa.platform.Zone;

/**
 * Adds this node's in-memory counts to the database every flush interval, and once more when the
 * application stops gracefully (after the web server, before the connection pool), so nothing
 * counted is lost. A {@code kill -9} loses at most the last interval. A failed write is put back
 * into the buffer and retried with the next flush.
 */
public final class VisitFlusher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(VisitFlusher.class);
    private static final Duration CLEAN_UP_EVERY = Duration.ofHours(1);

    private final VisitBuffer buffer;
    private final VisitStore store;
    private final DayKeys keys;
    private final Clock clock;
    private final VisitsProperties properties;
    private ScheduledExecutorService scheduler;
    private Instant lastCleanUp = Instant.EPOCH;
    private volatile boolean running;

    public VisitFlusher(VisitBuffer buffer, VisitStore store, DayKeys keys, Clock clock, VisitsProperties properties) {
        this.buffer = buffer;
        this.store = store;
        this.keys = keys;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Writes what was counted so far (visitors whose {@code last_seen} may wait, see
     * {@link VisitBuffer}, wait); returns what was added. Safe to call from a test.
     */
    public synchronized VisitStore.Written flush() {
        Instant now = clock.instant();
        return write(buffer.drain(LocalDate.ofInstant(now, Zone.VIETNAM), now));
    }

    /** Writes everything counted so far, including the {@code last_seen} of visitors that could wait. */
    public synchronized VisitStore.Written flushAll() {
        return write(buffer.drainAll(LocalDate.ofInstant(clock.instant(), Zone.VIETNAM)));
    }

    private VisitStore.Written write(VisitBuffer.Batch batch) {
        if (batch.isEmpty()) {
            return VisitStore.Written.NOTHING;
        }
        VisitStore.Written written;
        try {
            written = store.write(batch, properties.visitGap());
        } catch (RuntimeException e) {
            buffer.restore(batch);
            throw e;
        }
        buffer.written(written.lastSeen());
        return written;
    }

    private void tick() {
        try {
            Instant now = clock.instant();
            keys.prepare(LocalDate.ofInstant(now, Zone.VIETNAM));
            flush();
            if (!now.isBefore(lastCleanUp.plus(CLEAN_UP_EVERY))) {
                store.cleanUp(now);
                lastCleanUp = now;
            }
        } catch (RuntimeException e) {
            log.warn("Visit counts not written yet, retrying with the next flush: {}", e.toString());
        }
    }

    @Override
    public void start() {
        try {
            keys.prepare(LocalDate.ofInstant(clock.instant(), Zone.VIETNAM));
        } catch (RuntimeException e) {
            log.warn("Visitor keys not loaded yet, the first page view will load them: {}", e.toString());
        }
        long period = Math.max(100, properties.flushInterval().toMillis());
        scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("visits-flush").daemon().factory());
        scheduler.scheduleWithFixedDelay(this::tick, period, period, TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            VisitStore.Written last = flushAll();
            log.info(
                    "Visit counter stopped; last flush added {} visits, {} page views",
                    last.visits(),
                    last.pageViews());
        } catch (RuntimeException e) {
            log.error("Visit counts lost on stop: {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before and stops after the web server (whose phases are below the default). */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
