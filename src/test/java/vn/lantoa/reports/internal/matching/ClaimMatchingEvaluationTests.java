package vn.lantoa.reports.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimMatchingEvaluationTests {

    private static final double MAP5_FLOOR = 0.90;

    @Test
    void matcherReachesTheFloorOnTheTestSplitAndBeatsPlainBm25() {
        EvaluationSet set = EvaluationSet.load();
        List<ClaimMatchingEvaluation.Row> rows = ClaimMatchingEvaluation.run(set);
        System.out.print(ClaimMatchingEvaluation.table(rows));
        ClaimMatchingEvaluation.Row test = rows.get(1);
        assertThat(test.split()).isEqualTo("test");
        assertThat(test.matcher().map5()).isGreaterThanOrEqualTo(MAP5_FLOOR);
        assertThat(test.matcher().map5()).isGreaterThan(test.baseline().map5());
    }
}
