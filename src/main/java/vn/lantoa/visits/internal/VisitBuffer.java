package vn.lantoa.visits.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What this node counted since its last flush, in memory: the request path only touches striped
 * counters. {@link #drain()} takes everything out exactly once: page views with
 * {@link LongAdder#sumThenReset()} (atomic per cell), sightings by removing each key (updates
 * are atomic {@code compute}s, so one lands either before the removal or in a new entry).
 */
public final class VisitBuffer {

    /** A visitor's page views in this interval; {@code extraVisits} counts 30-minute gaps inside it. */
    public record Sighting(Instant first, Instant last, int extraVisits) {

        Sighting seenAgain(Instant at, Duration gap) {
            boolean newVisit = !at.isBefore(last.plus(gap));
            return new Sighting(
                    at.isBefore(first) ? at : first, at.isAfter(last) ? at : last, extraVisits + (newVisit ? 1 : 0));
        }

        Sighting merge(Sighting other) {
            return new Sighting(
                    other.first.isBefore(first) ? other.first : first,
                    other.last.isAfter(last) ? other.last : last,
                    extraVisits + other.extraVisits);
        }
    }

    public record PageKey(LocalDate day, String path) {}

    public record Batch(Map<String, Sighting> visitors, Map<PageKey, Long> pageViews) {

        public boolean isEmpty() {
            return visitors.isEmpty() && pageViews.isEmpty();
        }
    }

    private final Duration gap;
    private final ConcurrentHashMap<String, Sighting> visitors = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<PageKey, LongAdder> pages = new ConcurrentHashMap<>();

    public VisitBuffer(Duration gap) {
        this.gap = gap;
    }

    /** One page view; called on the request path, so no I/O and no global lock. */
    public void record(String visitor, String path, Instant at, LocalDate day) {
        visitors.compute(visitor, (k, s) -> s == null ? new Sighting(at, at, 0) : s.seenAgain(at, gap));
        pages.computeIfAbsent(new PageKey(day, path), k -> new LongAdder()).increment();
    }

    /** Everything counted so far, removed from the buffer. Not for concurrent callers. */
    public Batch drain(LocalDate today) {
        Map<String, Sighting> seen = new HashMap<>();
        for (String visitor : new ArrayList<>(visitors.keySet())) {
            Sighting s = visitors.remove(visitor);
            if (s != null) {
                seen.put(visitor, s);
            }
        }
        Map<PageKey, Long> views = new HashMap<>();
        List<PageKey> stale = new ArrayList<>();
        for (Map.Entry<PageKey, LongAdder> e : pages.entrySet()) {
            long n = e.getValue().sumThenReset();
            if (n != 0) {
                views.merge(e.getKey(), n, Long::sum);
            }
            // No request still writes a counter of the day before yesterday: drop it to bound memory.
            if (e.getKey().day().isBefore(today.minusDays(1))) {
                stale.add(e.getKey());
            }
        }
        stale.forEach(pages::remove);
        return new Batch(seen, views);
    }

    /** Puts back a batch that could not be written, to be retried with the next flush. */
    public void restore(Batch batch) {
        batch.visitors().forEach((v, s) -> visitors.merge(v, s, Sighting::merge));
        batch.pageViews()
                .forEach(
                        (k, n) -> pages.computeIfAbsent(k, x -> new LongAdder()).add(n));
    }
}
