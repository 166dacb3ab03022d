package vn.lantoa.reports.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankingMetricsTests {

    private static final List<EvaluationSet.LabelledReport> REPORTS = List.of(
            new EvaluationSet.LabelledReport("test", "A", "short", "a"),
            new EvaluationSet.LabelledReport("test", "B", "short", "b"),
            new EvaluationSet.LabelledReport("test", null, "none", "nothing"));

    @Test
    void givesFullMarksWhenTheLabelledClaimComesFirst() {
        RankingMetrics m = RankingMetrics.of(REPORTS, (text, k) -> List.of(text.toUpperCase(), "Z"));
        assertThat(m.queries()).isEqualTo(2);
        assertThat(m.map5()).isEqualTo(1.0);
        assertThat(m.success1()).isEqualTo(1.0);
        assertThat(m.success10()).isEqualTo(1.0);
    }

    @Test
    void countsTheReciprocalRankWithinTheFirstFive() {
        RankingMetrics m = RankingMetrics.of(REPORTS, (text, k) -> List.of("Z", text.toUpperCase()));
        assertThat(m.map5()).isCloseTo(0.5, within(1e-9));
        assertThat(m.success1()).isZero();
        assertThat(m.success10()).isEqualTo(1.0);
    }

    @Test
    void givesZeroWhenTheClaimIsMissingSoTheFloorCanFail() {
        RankingMetrics m =
                RankingMetrics.of(REPORTS, (text, k) -> List.of("X", "Y", "Z", "W", "V", "U", text.toUpperCase()));
        assertThat(m.map5()).isZero();
        assertThat(m.success10()).isEqualTo(1.0);
        RankingMetrics none = RankingMetrics.of(REPORTS, (text, k) -> List.of());
        assertThat(none.map5()).isZero();
        assertThat(none.success10()).isZero();
    }

    @Test
    void refusesASetWithoutLabelledReports() {
        assertThatThrownBy(() -> RankingMetrics.of(List.of(REPORTS.get(2)), (text, k) -> List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theEvaluationSetHasEnoughClaimsAndLabelledReportsInBothSplits() {
        EvaluationSet set = EvaluationSet.load();
        assertThat(set.claims()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(set.reports().stream().filter(EvaluationSet.LabelledReport::hasClaim))
                .hasSizeGreaterThanOrEqualTo(300);
        assertThat(set.split("dev")).isNotEmpty();
        assertThat(set.split("test")).isNotEmpty();
        var claimIds = set.claims().stream().map(MatchableClaim::id).toList();
        assertThat(set.reports())
                .filteredOn(EvaluationSet.LabelledReport::hasClaim)
                .allSatisfy(r -> assertThat(claimIds).contains(r.claimId()));
    }
}
