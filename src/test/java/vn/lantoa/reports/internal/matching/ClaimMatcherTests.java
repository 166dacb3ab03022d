package vn.lantoa.reports.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimMatcherTests {

    private static final List<MatchableClaim> CLAIMS = List.of(
            new MatchableClaim("land", "Nhà nước thu hồi đất nông nghiệp chưa có sổ đỏ mà không bồi thường."),
            new MatchableClaim("tax", "Cơ quan thuế hoàn tiền thuế thu nhập cá nhân, bấm vào đường link để nhận."),
            new MatchableClaim("dam", "Đập thủy điện ở thượng nguồn bị vỡ, người dân phải sơ tán ngay trong đêm."),
            new MatchableClaim("pension", "Lương hưu của tất cả người nghỉ hưu bị cắt giảm 30% từ năm sau."));

    private final ClaimMatcher matcher = new ClaimMatcher(CLAIMS);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            thu hoi dat nong nghiep khong boi thuong                 | land
            nhà nc lấy lại ruộng chưa có sổ đỏ ko đền bù j           | land
            hoàn thuế tncn qua link                                  | tax
            THUỶ ĐIỆN VỠ ĐẬP, SƠ TÁN NGAY!!!                         | dam
            luong huu bi cat 30%                                     | pension
            Lương hưu bi căt giảm 30 phần trăm cho ngươi nghỉ hưu    | pension
            """)
    void ranksTheClaimARepostRepeatsFirst(String report, String claim) {
        assertThat(matcher.match(report, 10))
                .first()
                .extracting(MatchCandidate::claimId)
                .isEqualTo(claim);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource({"''", "'!!!'", "'   '"})
    void proposesNothingForTextWithoutWords(String report) {
        assertThat(matcher.match(report, 10)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void givesTheStatementItselfTheHighestScoreAndKeepsScoresWithinZeroAndOne() {
        List<MatchCandidate> candidates = matcher.match(CLAIMS.get(2).text(), 10);
        assertThat(candidates).first().satisfies(c -> {
            assertThat(c.claimId()).isEqualTo("dam");
            assertThat(c.score()).isGreaterThan(0.9);
        });
        assertThat(candidates).allSatisfy(c -> assertThat(c.score()).isBetween(0.0, 1.0));
        assertThat(candidates).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @org.junit.jupiter.api.Test
    void returnsAtMostTheLimit() {
        assertThat(matcher.match("người dân thu hồi thuế lương hưu đập", 2)).hasSize(2);
        assertThat(matcher.match("người dân", 0)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void scoresUnrelatedTextLow() {
        assertThat(matcher.match("Cho hỏi giờ làm việc của bộ phận một cửa", 1))
                .allSatisfy(c -> assertThat(c.score()).isLessThan(ClaimMatchingEvaluation.NO_MATCH_BELOW));
    }
}
