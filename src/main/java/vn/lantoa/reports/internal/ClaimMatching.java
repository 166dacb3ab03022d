package vn.lantoa.reports.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import vn.lantoa.reports.internal.ClaimQueries.ClaimRow;
import vn.lantoa.reports.internal.matching.ClaimMatcher;
import vn.lantoa.reports.internal.matching.MatchCandidate;
import vn.lantoa.reports.internal.matching.MatchConfidence;
import vn.lantoa.reports.internal.matching.MatchableClaim;

/**
 * Finds the claims on file that a text repeats. The matcher lives in memory, built from the claims
 * table. Each call asks the table for its latest change (two index look-ups), so a claim added or
 * updated on any node is seen at once; removals and late commits, which only a count shows, within
 * five seconds.
 *
 * <p>On a change the rows are read again (about 0.2 s at 100,000 claims) and compared with those
 * held: new claims are appended to the matcher (only their own terms are computed), verdict or
 * article changes only replace the rows shown, and only an edited or deleted statement rebuilds the
 * matcher (seconds at 100,000 claims, see BENCHMARKS.md), while other calls keep using the previous
 * one.
 */
@Service
public class ClaimMatching {

    /** The most candidates a caller may ask for. */
    public static final int MAX_LIMIT = 50;

    /** How often the full fingerprint (a count) is checked when the cheap one shows no change. */
    static final Duration FULL_CHECK_EVERY = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(ClaimMatching.class);

    private final ClaimQueries queries;
    private final Clock clock;
    private final ReportsMetrics metrics;
    private final ReentrantLock refreshing = new ReentrantLock();
    private final AtomicReference<Snapshot> snapshot =
            new AtomicReference<>(new Snapshot("", "", 0, new ClaimMatcher(List.of()), Map.of()));

    ClaimMatching(ClaimQueries queries, Clock clock, ReportsMetrics metrics) {
        this.queries = queries;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Builds the matcher in the background once the application is ready, so that the first caller
     * does not wait seconds for it (callers arriving meanwhile wait for that build, not a second one).
     */
    @EventListener(ApplicationReadyEvent.class)
    void buildWhenReady() {
        Thread.ofVirtual().name("claim-matcher-build").start(() -> {
            try {
                current();
            } catch (RuntimeException e) {
                log.warn("Claim matcher not built at start; the first call will build it", e);
            }
        });
    }

    /**
     * The best {@code limit} claims for the text, best first; the first is a {@code match} when the
     * confidence in it reaches {@link MatchConfidence#SHOW_FROM}.
     */
    public List<SimilarClaim> similar(String text, int limit) {
        return metrics.claimMatch().record(() -> match(text, limit));
    }

    private List<SimilarClaim> match(String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        int wanted = Math.min(Math.max(limit, 0), MAX_LIMIT);
        if (wanted == 0) {
            return List.of();
        }
        Snapshot current = current();
        // Two at least: the confidence in the best depends on its lead over the second.
        List<MatchCandidate> candidates = current.matcher().match(text, Math.max(wanted, 2));
        double confidence = MatchConfidence.ofBest(candidates);
        List<SimilarClaim> out = new ArrayList<>(wanted);
        for (int i = 0; i < candidates.size() && out.size() < wanted; i++) {
            MatchCandidate candidate = candidates.get(i);
            ClaimRow row = current.claims().get(Long.valueOf(candidate.claimId()));
            if (row == null) {
                // A claim appended by another thread after this snapshot was taken has no row here.
                continue;
            }
            boolean best = i == 0;
            out.add(new SimilarClaim(
                    row.id(),
                    row.statement(),
                    row.verdict(),
                    row.refutationArticleId(),
                    Math.round(candidate.score() * 1000) / 1000.0,
                    best ? Math.round(confidence * 1000) / 1000.0 : 0,
                    best && confidence >= MatchConfidence.SHOW_FROM));
        }
        return List.copyOf(out);
    }

    private Snapshot current() {
        String latest = queries.latestChange();
        Snapshot current = snapshot.get();
        long now = clock.millis();
        long sinceFullCheck = now - current.fullCheckMillis();
        if (current.latestChange().equals(latest)
                && sinceFullCheck >= 0
                && sinceFullCheck < FULL_CHECK_EVERY.toMillis()) {
            return current;
        }
        String fingerprint = queries.fingerprint();
        if (current.latestChange().equals(latest) && current.fingerprint().equals(fingerprint)) {
            // Only if no refresh published a newer snapshot meanwhile: the matcher is shared and
            // grows, so an older snapshot must never come back.
            snapshot.compareAndSet(current, current.checkedAt(now));
            return current;
        }
        // While another thread refreshes, serve the previous snapshot rather than wait (a rebuild
        // takes seconds at 100,000 claims); only the very first build is waited for.
        if (current.fingerprint().isEmpty()) {
            refreshing.lock();
        } else if (!refreshing.tryLock()) {
            return current;
        }
        try {
            current = snapshot.get();
            if (!current.latestChange().equals(latest) || !current.fingerprint().equals(fingerprint)) {
                current = refreshed(current, latest, fingerprint, now, queries.all());
                snapshot.set(current);
            }
            return current;
        } finally {
            refreshing.unlock();
        }
    }

    /** The next snapshot: the same matcher grown by the new claims when no statement on file changed. */
    private Snapshot refreshed(
            Snapshot previous, String latest, String fingerprint, long checkedAt, List<ClaimRow> rows) {
        Map<Long, ClaimRow> byId =
                rows.stream().collect(Collectors.toUnmodifiableMap(ClaimRow::id, Function.identity()));
        boolean onlyAdded = previous.claims().values().stream().allMatch(old -> {
            ClaimRow now = byId.get(old.id());
            return now != null && now.statement().equals(old.statement());
        });
        if (!onlyAdded) {
            metrics.rebuilt(ReportsMetrics.Rebuild.FULL);
            return new Snapshot(latest, fingerprint, checkedAt, new ClaimMatcher(matchable(rows)), byId);
        }
        List<ClaimRow> added = rows.stream()
                .filter(row -> !previous.claims().containsKey(row.id()))
                .toList();
        previous.matcher().addAll(matchable(added));
        // the first build fills the empty matcher: a full build, though by appending; a change of
        // verdict or article only (nothing added) touches no matcher
        if (previous.fingerprint().isEmpty()) {
            metrics.rebuilt(ReportsMetrics.Rebuild.FULL);
        } else if (!added.isEmpty()) {
            metrics.rebuilt(ReportsMetrics.Rebuild.INCREMENTAL);
        }
        return new Snapshot(latest, fingerprint, checkedAt, previous.matcher(), byId);
    }

    private static List<MatchableClaim> matchable(List<ClaimRow> rows) {
        return rows.stream()
                .map(r -> new MatchableClaim(Long.toString(r.id()), r.statement()))
                .toList();
    }

    private record Snapshot(
            String latestChange,
            String fingerprint,
            long fullCheckMillis,
            ClaimMatcher matcher,
            Map<Long, ClaimRow> claims) {

        Snapshot checkedAt(long millis) {
            return new Snapshot(latestChange, fingerprint, millis, matcher, claims);
        }
    }
}
