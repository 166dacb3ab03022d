package vn.lantoa.reports;

import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.lantoa.reports.internal.ClaimQueries;
import vn.lantoa.reports.internal.ClaimQueries.ClaimRow;
import vn.lantoa.reports.internal.matching.ClaimMatcher;
import vn.lantoa.reports.internal.matching.MatchableClaim;

/**
 * Finds the claims on file that a text repeats. The matcher lives in memory, built from the claims
 * table; a cheap fingerprint query on each call sees changes, including those made on another node.
 * New claims are appended to the matcher (their own terms only: milliseconds); verdict or article
 * changes only replace the rows shown; only an edited or deleted statement rebuilds the matcher
 * (seconds at 100,000 claims, see BENCHMARKS.md), while queries keep using the previous one.
 */
@Service
public class ClaimMatching {

    /** The most candidates a caller may ask for. */
    public static final int MAX_LIMIT = 50;

    private final ClaimQueries queries;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile Snapshot snapshot = new Snapshot("", new ClaimMatcher(List.of()), Map.of());

    ClaimMatching(ClaimQueries queries) {
        this.queries = queries;
    }

    /** The best {@code limit} claims for the text, best first. */
    public List<SimilarClaim> similar(String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Snapshot current = current();
        return current.matcher().match(text, Math.min(Math.max(limit, 0), MAX_LIMIT)).stream()
                // A claim appended by another thread after this snapshot was taken has no row here.
                .filter(candidate -> current.claims().containsKey(Long.valueOf(candidate.claimId())))
                .map(candidate -> {
                    ClaimRow row = current.claims().get(Long.valueOf(candidate.claimId()));
                    return new SimilarClaim(
                            row.id(),
                            row.statement(),
                            row.verdict(),
                            row.refutationArticleId(),
                            Math.round(candidate.score() * 1000) / 1000.0);
                })
                .toList();
    }

    private Snapshot current() {
        String fingerprint = queries.fingerprint();
        Snapshot current = snapshot;
        if (current.fingerprint().equals(fingerprint)) {
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
            current = snapshot;
            if (!current.fingerprint().equals(fingerprint)) {
                current = refreshed(current, fingerprint, queries.all());
                snapshot = current;
            }
            return current;
        } finally {
            refreshing.unlock();
        }
    }

    /** The next snapshot: the same matcher grown by the new claims when no statement on file changed. */
    private static Snapshot refreshed(Snapshot previous, String fingerprint, List<ClaimRow> rows) {
        Map<Long, ClaimRow> byId =
                rows.stream().collect(Collectors.toUnmodifiableMap(ClaimRow::id, Function.identity()));
        boolean onlyAdded = previous.claims().values().stream().allMatch(old -> {
            ClaimRow now = byId.get(old.id());
            return now != null && now.statement().equals(old.statement());
        });
        if (!onlyAdded) {
            return new Snapshot(fingerprint, new ClaimMatcher(matchable(rows)), byId);
        }
        List<ClaimRow> added = rows.stream()
                .filter(row -> !previous.claims().containsKey(row.id()))
                .toList();
        previous.matcher().addAll(matchable(added));
        return new Snapshot(fingerprint, previous.matcher(), byId);
    }

    private static List<MatchableClaim> matchable(List<ClaimRow> rows) {
        return rows.stream()
                .map(r -> new MatchableClaim(Long.toString(r.id()), r.statement()))
                .toList();
    }

    private record Snapshot(String fingerprint, ClaimMatcher matcher, Map<Long, ClaimRow> claims) {}
}
