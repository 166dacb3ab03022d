package vn.lantoa.reports.internal.matching;

import java.util.List;
import java.util.Locale;

/**
 * Prints MAP@5, Success@1 and Success@10 of the claim matcher and of plain BM25 on the dev and test
 * splits of the labelled set. Run: {@code ./mvnw -q test -Dtest=ClaimMatchingEvaluationTests}
 * (prints the same table and asserts the floor).
 */
final class ClaimMatchingEvaluation {

    /** Best score below which a report is treated as matching no claim; chosen on dev. */
    static final double NO_MATCH_BELOW = 0.30;

    record Row(String split, RankingMetrics matcher, RankingMetrics baseline, double rejected) {}

    static List<Row> run(EvaluationSet set) {
        ClaimMatcher matcher = new ClaimMatcher(set.claims());
        PlainBm25Matcher baseline = new PlainBm25Matcher(set.claims());
        return List.of("dev", "test").stream()
                .map(split -> {
                    var reports = set.split(split);
                    var ours = RankingMetrics.of(
                            reports,
                            (text, k) -> matcher.match(text, k).stream()
                                    .map(MatchCandidate::claimId)
                                    .toList());
                    var plain = RankingMetrics.of(reports, baseline::rank);
                    var none = reports.stream().filter(r -> !r.hasClaim()).toList();
                    long rejected = none.stream()
                            .filter(r -> matcher.match(r.text(), 1).stream().allMatch(c -> c.score() < NO_MATCH_BELOW))
                            .count();
                    return new Row(split, ours, plain, none.isEmpty() ? 1 : (double) rejected / none.size());
                })
                .toList();
    }

    static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%-5s %7s | %-22s | %-22s | %s%n",
                "split",
                "reports",
                "matcher MAP5 S@1 S@10",
                "BM25 MAP5 S@1 S@10",
                "MAP@5 ratio, no-claim rejected"));
        for (Row r : rows) {
            out.append(String.format(
                    Locale.ROOT,
                    "%-5s %7d | %.3f  %.3f  %.3f    | %.3f  %.3f  %.3f    | %.2f×, %.0f%%%n",
                    r.split(),
                    r.matcher().queries(),
                    r.matcher().map5(),
                    r.matcher().success1(),
                    r.matcher().success10(),
                    r.baseline().map5(),
                    r.baseline().success1(),
                    r.baseline().success10(),
                    r.matcher().map5() / r.baseline().map5(),
                    100 * r.rejected()));
        }
        return out.toString();
    }

    public static void main(String[] args) {
        EvaluationSet set = EvaluationSet.load();
        System.out.println(
                "claims " + set.claims().size() + ", reports " + set.reports().size());
        System.out.print(table(run(set)));
    }
}
