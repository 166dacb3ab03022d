package vn.lantoa.visits.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class VisitBufferTests {

    static final LocalDate DAY = LocalDate.of(2026, 11, 29);
    static final Instant T0 = Instant.parse("2026-11-29T03:00:00Z");
    static final Duration HOLD = Duration.ofMinutes(1);
    final VisitBuffer buffer = new VisitBuffer(Duration.ofMinutes(30), HOLD);

    @Test
    void drainingWhileThreadsCountLosesAndDuplicatesNothing() throws Exception {
        int threads = 8;
        int views = 20_000;
        AtomicBoolean done = new AtomicBoolean();
        List<VisitBuffer.Batch> batches = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String visitor = "v" + t;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < views; i++) {
                        buffer.record(visitor, i % 2 == 0 ? "/" : "/bai-viet/a", T0.plusMillis(i), DAY);
                    }
                }));
            }
            Thread drainer = Thread.ofPlatform().start(() -> {
                while (!done.get()) {
                    batches.add(buffer.drain(DAY, T0));
                }
            });
            for (Future<?> f : work) {
                f.get();
            }
            done.set(true);
            drainer.join();
        }
        batches.add(buffer.drain(DAY, T0));
        long total = batches.stream()
                .flatMap(b -> b.pageViews().values().stream())
                .mapToLong(Long::longValue)
                .sum();
        assertThat(total).isEqualTo((long) threads * views);
        assertThat(batches.stream().flatMap(b -> b.visitors().keySet().stream()).distinct())
                .hasSize(threads);
    }

    @Test
    void aSightingKeepsItsFirstAndLastViewAndCountsGapsOfThirtyMinutes() {
        buffer.record("a", "/", T0.plusSeconds(60), DAY);
        buffer.record("a", "/", T0, DAY);
        buffer.record("a", "/", T0.plus(Duration.ofMinutes(31)), DAY);
        buffer.record("a", "/", T0.plus(Duration.ofMinutes(40)), DAY);
        VisitBuffer.Sighting s = buffer.drain(DAY, T0).visitors().get("a");
        assertThat(s.first()).isEqualTo(T0);
        assertThat(s.last()).isEqualTo(T0.plus(Duration.ofMinutes(40)));
        assertThat(s.extraVisits()).isEqualTo(1);
    }

    @Test
    void aRestoredBatchIsDrainedAgainWithWhatCameMeanwhile() {
        buffer.record("a", "/", T0, DAY);
        VisitBuffer.Batch failed = buffer.drain(DAY, T0);
        buffer.record("a", "/", T0.plusSeconds(5), DAY);
        buffer.restore(failed);
        VisitBuffer.Batch retried = buffer.drain(DAY, T0);
        assertThat(retried.pageViews()).containsEntry(new VisitBuffer.PageKey(DAY, "/"), 2L);
        assertThat(retried.visitors().get("a").first()).isEqualTo(T0);
        assertThat(buffer.drain(DAY, T0).isEmpty()).isTrue();
    }

    @Test
    void aVisitorWrittenWithinTheHoldWaitsAndIsWrittenAtTheFirstFlushAfterIt() {
        buffer.record("a", "/", T0, DAY);
        assertThat(buffer.drain(DAY, T0.plusSeconds(1)).visitors()).containsOnlyKeys("a");
        buffer.written(Map.of("a", T0));
        buffer.record("a", "/", T0.plusSeconds(10), DAY);
        buffer.record("a", "/", T0.plusSeconds(20), DAY);
        VisitBuffer.Batch held = buffer.drain(DAY, T0.plusSeconds(21));
        assertThat(held.visitors()).as("written 21 s ago").isEmpty();
        assertThat(held.pageViews()).as("page views never wait").containsEntry(new VisitBuffer.PageKey(DAY, "/"), 2L);
        assertThat(buffer.drain(DAY, T0.plus(HOLD).minusMillis(1)).visitors()).isEmpty();
        VisitBuffer.Sighting due = buffer.drain(DAY, T0.plus(HOLD)).visitors().get("a");
        assertThat(due)
                .as("due one hold after the write, though silent since")
                .isEqualTo(new VisitBuffer.Sighting(T0.plusSeconds(10), T0.plusSeconds(20), 0));
    }

    @Test
    void aVisitorAnotherNodeWroteLaterWaitsFromThatLaterTime() {
        buffer.record("a", "/", T0, DAY);
        buffer.drain(DAY, T0);
        buffer.written(Map.of("a", T0.plusSeconds(30)));
        buffer.record("a", "/", T0.plusSeconds(40), DAY);
        assertThat(buffer.drain(DAY, T0.plus(HOLD)).visitors()).isEmpty();
        assertThat(buffer.drain(DAY, T0.plus(HOLD).plusSeconds(30)).visitors()).containsOnlyKeys("a");
    }

    @Test
    void aVisitorWithNothingPendingIsForgottenOnceTheHoldIsOver() {
        buffer.record("a", "/", T0, DAY);
        buffer.drain(DAY, T0);
        buffer.written(Map.of("a", T0));
        buffer.drain(DAY, T0.plusSeconds(30));
        assertThat(buffer.visitorsInMemory()).isEqualTo(1);
        buffer.drain(DAY, T0.plus(HOLD));
        assertThat(buffer.visitorsInMemory()).isZero();
        buffer.record("a", "/", T0.plus(HOLD).plusSeconds(1), DAY);
        assertThat(buffer.drain(DAY, T0.plus(HOLD).plusSeconds(1)).visitors())
                .as("a forgotten visitor is due at once")
                .containsOnlyKeys("a");
    }

    @Test
    void drainAllTakesTheVisitorsThatCouldWait() {
        buffer.record("a", "/", T0, DAY);
        buffer.drain(DAY, T0);
        buffer.written(Map.of("a", T0));
        buffer.record("a", "/", T0.plusSeconds(5), DAY);
        assertThat(buffer.drain(DAY, T0.plusSeconds(6)).visitors()).isEmpty();
        assertThat(buffer.drainAll(DAY).visitors()).containsOnlyKeys("a");
    }

    @Test
    void withoutHoldEveryFlushWritesEveryVisitorSeen() {
        VisitBuffer eager = new VisitBuffer(Duration.ofMinutes(30), Duration.ZERO);
        eager.record("a", "/", T0, DAY);
        eager.drain(DAY, T0);
        eager.written(Map.of("a", T0));
        eager.record("a", "/", T0.plusSeconds(1), DAY);
        assertThat(eager.drain(DAY, T0.plusSeconds(1)).visitors()).containsOnlyKeys("a");
    }
}
