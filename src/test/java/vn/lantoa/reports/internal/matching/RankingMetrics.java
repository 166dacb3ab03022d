package vn.lantoa.reports.internal.matching;

import java.util.List;
import java.util.function.BiFunction;

/**
 * MAP@5, Success@1 and Success@10 of a ranking function over reports that are about a claim (one
 * relevant claim each, so average precision at 5 is 1/rank when the claim is in the top 5), plus,
 * for reports about no claim, the share whose best candidate scores below a threshold.
 */
record RankingMetrics(int queries, double map5, double success1, double success10) {

    static RankingMetrics of(
            List<EvaluationSet.LabelledReport> reports, BiFunction<String, Integer, List<String>> ranking) {
        int n = 0;
        double ap = 0;
        int hit1 = 0;
        int hit10 = 0;
        for (EvaluationSet.LabelledReport report : reports) {
            if (!report.hasClaim()) {
                continue;
            }
            n++;
            List<String> ranked = ranking.apply(report.text(), 10);
            int rank = ranked.indexOf(report.claimId()) + 1;
            if (rank >= 1 && rank <= 5) {
                ap += 1.0 / rank;
            }
            if (rank == 1) {
                hit1++;
            }
            if (rank >= 1 && rank <= 10) {
                hit10++;
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("no labelled reports");
        }
        return new RankingMetrics(n, ap / n, (double) hit1 / n, (double) hit10 / n);
    }
}
