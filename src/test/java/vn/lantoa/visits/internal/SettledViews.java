package vn.lantoa.visits.internal;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Waiting for page views to be counted: the reader gets its answer before the filter counts it
 * (the count comes after the response is complete), so a test waits for the count to land, then
 * for it to hold a while, which an extra count arriving late would break.
 */
final class SettledViews {

    private SettledViews() {}

    /** The figures once exactly {@code views} more page views than {@code before} are counted and stay so. */
    static VisitFigures after(Supplier<VisitFigures> settled, VisitFigures before, long views) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> settled.get().pageViewsTotal() - before.pageViewsTotal() >= views);
        holds(settled, before, views);
        return settled.get();
    }

    /** Fails unless {@code views} more page views than {@code before} stay counted for 300 ms. */
    static void holds(Supplier<VisitFigures> settled, VisitFigures before, long views) {
        await().during(Duration.ofMillis(300))
                .atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> settled.get().pageViewsTotal() - before.pageViewsTotal() == views);
    }
}
