package vn.lantoa.reports.internal.matching;

import java.util.List;
import java.util.Locale;

/** Scratch: prints the sibling set's figures and the dev misses. */
final class SiblingEvaluation {

    public static void main(String[] args) {
        EvaluationSet set = EvaluationSet.siblings();
        if (args.length > 0 && args[0].equals("tune")) {
            for (double w : new double[] {0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.6}) {
                var m = new ClaimMatcher(
                        set.claims(), TextNormalizer.standard(), new ClaimMatcher.Weights(0.1, 0.4, 0.2, 0.2, 0.1, w));
                var o = new ClaimMatcher(
                        EvaluationSet.load().claims(),
                        TextNormalizer.standard(),
                        new ClaimMatcher.Weights(0.1, 0.4, 0.2, 0.2, 0.1, w));
                var r = RankingMetrics.of(
                        set.split("dev"),
                        (t, k) -> m.match(t, k).stream()
                                .map(MatchCandidate::claimId)
                                .toList());
                var r2 = RankingMetrics.of(
                        EvaluationSet.load().split("dev"),
                        (t, k) -> o.match(t, k).stream()
                                .map(MatchCandidate::claimId)
                                .toList());
                System.out.printf(
                        Locale.ROOT,
                        "key %.2f sibling dev %.4f %.4f  first dev %.4f %.4f%n",
                        w,
                        r.map5(),
                        r.success1(),
                        r2.map5(),
                        r2.success1());
            }
            return;
        }
        ClaimMatcher matcher = new ClaimMatcher(set.claims());
        PlainBm25Matcher baseline = new PlainBm25Matcher(set.claims());
        for (String split : List.of("dev", "test")) {
            var reports = set.split(split);
            var ours = RankingMetrics.of(
                    reports,
                    (t, k) -> matcher.match(t, k).stream()
                            .map(MatchCandidate::claimId)
                            .toList());
            var plain = RankingMetrics.of(reports, baseline::rank);
            System.out.printf(
                    Locale.ROOT,
                    "%s %d  ours %.3f %.3f  bm25 %.3f %.3f%n",
                    split,
                    ours.queries(),
                    ours.map5(),
                    ours.success1(),
                    plain.map5(),
                    plain.success1());
        }
        if (args.length > 0) {
            for (var r : set.split(args[0])) {
                var top = matcher.match(r.text(), 3);
                String first = top.isEmpty() ? "-" : top.get(0).claimId();
                if (r.hasClaim() && !first.equals(r.claimId())
                        || !r.hasClaim() && !top.isEmpty() && MatchConfidence.ofBest(top) >= 0.5) {
                    System.out.printf(
                            Locale.ROOT,
                            "%s -> %s  %s | %s%n",
                            r.claimId(),
                            top.stream()
                                    .map(c -> c.claimId() + String.format(Locale.ROOT, ":%.3f", c.score()))
                                    .toList(),
                            r.kind(),
                            r.text());
                }
            }
        }
    }
}
