package vn.lantoa.reports.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimMatchingEvaluationTests {

    private static final double MAP5_FLOOR = 0.90;

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
}
