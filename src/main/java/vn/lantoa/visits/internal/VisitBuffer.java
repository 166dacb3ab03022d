package vn.lantoa.visits.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What this node counted and has not written yet, in memory: the request path only touches
 * per-visitor state under the visitor's own lock and striped counters, and allocates nothing for
 * a visitor or page it already knows.
 *
 * <p>Page views are drained at every flush, exactly once ({@link LongAdder#sumThenReset()}).
 * A visitor's {@code last_seen} is written only when it matters: at once for a visitor this node
 * has not written in the last {@code hold} (a possible new visit, decided by the database), and
 * otherwise at the first flush at least {@code hold} after the last write, even if the visitor
 * went silent. So the database's {@code last_seen} is never more than {@code hold} (plus one flush)
 * behind, which keeps both rules exact as long as {@code hold} plus the flush delay stays below
 * the online window (and so below the visit gap): see {@link VisitsProperties#lastSeenHold()}.
 */
public final class VisitBuffer {

    /** A visitor's page views since their last write; {@code extraVisits} counts 30-minute gaps inside them. */
    public record Sighting(Instant first, Instant last, int extraVisits) {

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

    /** This node's state of one visitor, guarded by its own monitor. */
    private static final class Visitor {
        /** Page views not written yet: {@code first == null} when there are none. */
        Instant first;

        Instant last;
        int extraVisits;
        /** The {@code last_seen} the database held after this node's last write; {@code null} if none. */
        Instant written;
        /** Taken out of the map: a request that finds it so starts a new entry. */
        boolean gone;

        void see(Instant at, Duration gap) {
            if (first == null) {
                first = at;
                last = at;
                return;
            }
            if (!at.isBefore(last.plus(gap))) {
                extraVisits++;
            }
            if (at.isBefore(first)) {
                first = at;
            }
            if (at.isAfter(last)) {
                last = at;
            }
        }

        boolean due(Instant now, Duration hold) {
            return written == null || !now.isBefore(written.plus(hold));
        }
    }

    private final Duration gap;
    private final Duration hold;
    private final ConcurrentHashMap<String, Visitor> visitors = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<LocalDate, ConcurrentHashMap<String, LongAdder>> pages = new ConcurrentHashMap<>();

    /**
     * @param gap silence after which a page view starts a new visit
     * @param hold how long after a write a visitor's later views may wait before the next write
     */
    public VisitBuffer(Duration gap, Duration hold) {
        this.gap = gap;
        this.hold = hold;
    }

    /** One page view; called on the request path, so no I/O and no global lock. */
    public void record(String visitor, String path, Instant at, LocalDate day) {
        while (true) {
            Visitor v = visitors.get(visitor);
            if (v == null) {
                v = visitors.computeIfAbsent(visitor, k -> new Visitor());
            }
            synchronized (v) {
                if (!v.gone) {
                    v.see(at, gap);
                    break;
                }
            }
        }
        ConcurrentHashMap<String, LongAdder> dayPages = pages.get(day);
        if (dayPages == null) {
            dayPages = pages.computeIfAbsent(day, d -> new ConcurrentHashMap<>());
        }
        LongAdder views = dayPages.get(path);
        if (views == null) {
            views = dayPages.computeIfAbsent(path, p -> new LongAdder());
        }
        views.increment();
    }

    /**
     * Takes out all page views and the sightings due at {@code now}; forgets visitors with nothing
     * pending whose last write no longer holds anything back. Not for concurrent callers.
     */
    public Batch drain(LocalDate today, Instant now) {
        return drain(today, now, false);
    }

    /** Takes out everything, due or not: for the last flush of a graceful stop. */
    public Batch drainAll(LocalDate today) {
        return drain(today, null, true);
    }

    private Batch drain(LocalDate today, Instant now, boolean all) {
        Map<String, Sighting> seen = new HashMap<>();
        for (Iterator<Map.Entry<String, Visitor>> it = visitors.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Visitor> e = it.next();
            Visitor v = e.getValue();
            synchronized (v) {
                boolean due = all || v.due(now, hold);
                if (v.first != null && due) {
                    seen.put(e.getKey(), new Sighting(v.first, v.last, v.extraVisits));
                    v.first = null;
                    v.last = null;
                    v.extraVisits = 0;
                } else if (v.first == null && due) {
                    v.gone = true;
                    visitors.remove(e.getKey(), v);
                }
            }
        }
        Map<PageKey, Long> views = new HashMap<>();
        for (Map.Entry<LocalDate, ConcurrentHashMap<String, LongAdder>> day : pages.entrySet()) {
            for (Map.Entry<String, LongAdder> page : day.getValue().entrySet()) {
                long n = page.getValue().sumThenReset();
                if (n != 0) {
                    views.merge(new PageKey(day.getKey(), page.getKey()), n, Long::sum);
                }
            }
        }
        // No request still writes a counter of the day before yesterday: drop it to bound memory.
        pages.keySet().removeIf(day -> day.isBefore(today.minusDays(1)));
        return new Batch(seen, views);
    }

    /** What the database holds as {@code last_seen} after a write of this node, per visitor written. */
    public void written(Map<String, Instant> lastSeen) {
        lastSeen.forEach((visitor, at) -> {
            while (true) {
                Visitor v = visitors.computeIfAbsent(visitor, k -> new Visitor());
                synchronized (v) {
                    if (!v.gone) {
                        if (v.written == null || at.isAfter(v.written)) {
                            v.written = at;
                        }
                        return;
                    }
                }
            }
        });
    }

    /** Puts back a batch that could not be written, to be retried with the next flush. */
    public void restore(Batch batch) {
        batch.visitors().forEach((visitor, s) -> {
            while (true) {
                Visitor v = visitors.computeIfAbsent(visitor, k -> new Visitor());
                synchronized (v) {
                    if (!v.gone) {
                        if (v.first == null) {
                            v.first = s.first();
                            v.last = s.last();
                            v.extraVisits = s.extraVisits();
                        } else {
                            Sighting merged = new Sighting(v.first, v.last, v.extraVisits).merge(s);
                            v.first = merged.first();
                            v.last = merged.last();
                            v.extraVisits = merged.extraVisits();
                        }
                        return;
                    }
                }
            }
        });
        batch.pageViews()
                .forEach((k, n) -> pages.computeIfAbsent(k.day(), d -> new ConcurrentHashMap<>())
                        .computeIfAbsent(k.path(), p -> new LongAdder())
                        .add(n));
    }

    /** Visitors this node keeps state for (pending views or a recent write): bounded by {@code hold}. */
    int visitorsInMemory() {
        return visitors.size();
    }
}
