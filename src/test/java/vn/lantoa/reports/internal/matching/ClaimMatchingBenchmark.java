package vn.lantoa.reports.internal.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Matching latency against a large claim base (not run by the build). The evaluation claims plus
 * synthetic claims made by shuffling sentence pieces of the real ones, so the vocabulary and term
 * frequencies stay Vietnamese-like; the queries are the evaluation's report texts. Arguments: the
 * number of claims (default 100000). Prints build time and p50/p95/p99 per query.
 */
final class ClaimMatchingBenchmark {

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        EvaluationSet set = EvaluationSet.load();
        List<String> pieces = new ArrayList<>();
        for (MatchableClaim claim : set.claims()) {
            pieces.addAll(Arrays.asList(claim.text().split("[,.] *")));
        }
        Random random = new Random(7);
        List<MatchableClaim> claims = new ArrayList<>(set.claims());
        while (claims.size() < size) {
            String text = pieces.get(random.nextInt(pieces.size())) + ", " + pieces.get(random.nextInt(pieces.size()))
                    + " " + random.nextInt(1000);
            claims.add(new MatchableClaim("S" + claims.size(), text));
        }
        long start = System.nanoTime();
        ClaimMatcher matcher = new ClaimMatcher(claims);
        long buildMs = (System.nanoTime() - start) / 1_000_000;
        List<String> queries =
                set.reports().stream().map(EvaluationSet.LabelledReport::text).toList();
        for (int warm = 0; warm < 2; warm++) {
            queries.forEach(q -> matcher.match(q, 10));
        }
        long[] nanos = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long t = System.nanoTime();
            matcher.match(queries.get(i), 10);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf(
                Locale.ROOT,
                "claims %d, build %d ms, queries %d: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                claims.size(),
                buildMs,
                nanos.length,
                nanos[nanos.length / 2] / 1e6,
                nanos[(int) (nanos.length * 0.95)] / 1e6,
                nanos[(int) (nanos.length * 0.99)] / 1e6,
                nanos[nanos.length - 1] / 1e6);
    }
}
