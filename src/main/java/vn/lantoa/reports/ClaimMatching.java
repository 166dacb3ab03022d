package vn.lantoa.reports;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.lantoa.reports.internal.ClaimQueries;
import vn.lantoa.reports.internal.ClaimQueries.ClaimRow;
import vn.lantoa.reports.internal.matching.ClaimMatcher;
import vn.lantoa.reports.internal.matching.MatchableClaim;

/**
 * Finds the claims on file that a text repeats. The matcher is built in memory from the claims
 * table and rebuilt when the table changes (checked by a cheap fingerprint query on each call, so
 * a change made on another node is seen too).
 */
@Service
public class ClaimMatching {

    /** The most candidates a caller may ask for. */
    public static final int MAX_LIMIT = 50;

    private final ClaimQueries queries;
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
        synchronized (this) {
            current = snapshot;
            if (!current.fingerprint().equals(fingerprint)) {
                List<ClaimRow> rows = queries.all();
                ClaimMatcher matcher = new ClaimMatcher(rows.stream()
                        .map(r -> new MatchableClaim(Long.toString(r.id()), r.statement()))
                        .toList());
                current = new Snapshot(
                        fingerprint,
                        matcher,
                        rows.stream().collect(Collectors.toUnmodifiableMap(ClaimRow::id, Function.identity())));
                snapshot = current;
            }
            return current;
        }
    }

    private record Snapshot(String fingerprint, ClaimMatcher matcher, Map<Long, ClaimRow> claims) {}
}
