package vn.lantoa.reports.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimMatchingEvaluationTests {

    private static final double MAP5_FLOOR = 0.90;

    /** Floors of the sibling set's test split (issue 18): MAP@5, and its lead over plain BM25. */
    private static final double SIBLING_MAP5_FLOOR = 0.95;

    private static final double SIBLING_LEAD_OVER_BM25 = 0.10;

    /** Floor of the precision of what a reporter is shown, on both test splits. */
    private static final double SHOWN_PRECISION_FLOOR = 0.95;

    @Test
    void matcherReachesTheFloorOnTheTestSplitAndBeatsPlainBm25() {
        EvaluationSet set = EvaluationSet.load();
        long start = System.nanoTime();
        List<ClaimMatchingEvaluation.Row> rows = ClaimMatchingEvaluation.run(set);
        System.out.printf(
                "claims %d, reports %d, evaluated in %d ms%n",
                set.claims().size(), set.reports().size(), (System.nanoTime() - start) / 1_000_000);
        System.out.print(ClaimMatchingEvaluation.table(rows));
        System.out.print(ClaimMatchingEvaluation.byKind(set, "test"));
        System.out.print(ClaimMatchingEvaluation.withoutSynonyms(set));
        ClaimMatchingEvaluation.Row test = rows.get(1);
        assertThat(test.split()).isEqualTo("test");
        assertThat(test.matcher().map5()).isGreaterThanOrEqualTo(MAP5_FLOOR);
        assertThat(test.matcher().map5()).isGreaterThan(test.baseline().map5());
    }

    @Test
    void ranksTheRightSiblingFirstOnTheSiblingTestSplit() {
        EvaluationSet set = EvaluationSet.siblings();
        List<ClaimMatchingEvaluation.Row> rows = ClaimMatchingEvaluation.run(set);
        System.out.println("sibling set: claims " + set.claims().size() + ", reports "
                + set.reports().size());
        System.out.print(ClaimMatchingEvaluation.table(rows));
        System.out.print(ClaimMatchingEvaluation.byKind(set, "test"));
        ClaimMatchingEvaluation.Row test = rows.get(1);
        assertThat(test.split()).isEqualTo("test");
        assertThat(test.matcher().map5()).isGreaterThanOrEqualTo(SIBLING_MAP5_FLOOR);
        assertThat(test.matcher().map5()).isGreaterThanOrEqualTo(test.baseline().map5() + SIBLING_LEAD_OVER_BM25);
    }

    @Test
    void showsReportersOnlyMatchesThatAreRightOnTheTestSplits() {
        var first = ClaimMatchingCalibration.shown(
                ClaimMatchingCalibration.observe(EvaluationSet.load(), "test"), MatchConfidence.SHOW_FROM);
        var siblings = ClaimMatchingCalibration.shown(
                ClaimMatchingCalibration.observe(EvaluationSet.siblings(), "test"), MatchConfidence.SHOW_FROM);
        System.out.print(ClaimMatchingCalibration.line("first test", first));
        System.out.print(ClaimMatchingCalibration.line("sibling test", siblings));
        assertThat(first.precision()).isGreaterThanOrEqualTo(SHOWN_PRECISION_FLOOR);
        assertThat(siblings.precision()).isGreaterThanOrEqualTo(SHOWN_PRECISION_FLOOR);
        // What the threshold costs: most reports about a claim on file are still told so.
        assertThat(siblings.recall()).isGreaterThan(0.8);
        assertThat(first.recall()).isGreaterThan(0.7);
    }
}
