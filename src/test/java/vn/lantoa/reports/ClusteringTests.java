package vn.lantoa.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.reports.internal.FiledReport;
import vn.lantoa.reports.internal.ReportIntake;
import vn.lantoa.reports.internal.ReportSubmission;
import vn.lantoa.reports.internal.Reporter;

/** Clustering through the intake, on the real database: link variants and near-duplicate texts. */
@LanToaIntegrationTest
class ClusteringTests {

    @Autowired
    ReportIntake intake;

    @Autowired
    JdbcClient jdbc;

    private FiledReport file(String content, String... links) {
        return intake.file(
                new ReportSubmission(content, List.of(links), "fabricated", null, null, null, false, null),
                Reporter.anonymous("clustering-test"));
    }

    private String stateOf(String trackingCode) {
        return jdbc.sql("SELECT cluster_state FROM rpt_report WHERE tracking_code = ?")
                .param(trackingCode)
                .query(String.class)
                .single();
    }

    private static String token() {
        return Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()), 36);
    }

    @Test
    void reportsOfVariantsOfOneLinkJoinOneClusterAsConfirmed() {
        String story = "story_fbid=" + System.nanoTime() + "&id=4521";
        FiledReport first =
                file("Bài đăng bịa đặt về vụ tai nạn " + token(), "https://www.facebook.com/story.php?" + story);
        FiledReport variant = file(
                "Một nội dung khác hẳn về cùng bài đăng đó " + token(),
                "https://example.org/khong-lien-quan/" + token(),
                "https://m.facebook.com/story.php?" + story + "&mibextid=Nif5oz");
        FiledReport again = file("Lần thứ ba " + token(), "http://facebook.com/story.php?" + story);

        assertThat(first.joined()).isFalse();
        assertThat(variant.clusterId()).isEqualTo(first.clusterId());
        assertThat(again.clusterId()).isEqualTo(first.clusterId());
        assertThat(variant.joined()).isTrue();
        assertThat(stateOf(variant.trackingCode())).isEqualTo("CONFIRMED");
        assertThat(jdbc.sql("""
                        SELECT count(DISTINCT canonical) FROM rpt_report_link l JOIN rpt_report r ON r.id = l.report_id
                        WHERE r.cluster_id = ?""").param(first.clusterId()).query(Integer.class).single())
                .isEqualTo(2);
    }

    @Test
    void aParaphraseOfAReportInAnOpenClusterIsSuggestedAndAnUnrelatedTextIsNot() {
        String place = "xã Long " + token();
        FiledReport original = file("Từ ngày 1/12 mọi xe máy ở " + place
                + " phải đóng phí 500 nghìn mỗi tháng, ai không đóng sẽ bị thu xe ngay tại chỗ");
        FiledReport paraphrase = file("nghe noi tu 1/12 tat ca xe may o " + place
                + " phai dong phi 500 nghin moi thang, khong dong la bi thu xe tai cho!!!");
        FiledReport unrelated = file(
                "Ở " + place + " người ta đồn sắp có bão lớn, các trường cho học sinh nghỉ học cả tuần để phòng tránh");

        assertThat(paraphrase.clusterId()).isEqualTo(original.clusterId());
        assertThat(stateOf(paraphrase.trackingCode())).isEqualTo("SUGGESTED");
        assertThat(unrelated.clusterId()).isNotEqualTo(original.clusterId());
        assertThat(stateOf(unrelated.trackingCode())).isEqualTo("CONFIRMED");
    }

    @Test
    void aNearDuplicateOfAClosedClusterStartsANewOne() {
        String place = "phường " + token();
        FiledReport original = file("Ngân hàng ở " + place + " sắp đổi tiền mới, tiền cũ hết giá trị từ tháng sau");
        jdbc.sql("UPDATE rpt_cluster SET status = 'REFUTED' WHERE id = ?")
                .param(original.clusterId())
                .update();
        FiledReport copy = file("Ngân hàng ở " + place + " sắp đổi tiền mới, tiền cũ hết giá trị từ tháng sau!");
        assertThat(copy.clusterId()).isNotEqualTo(original.clusterId());
    }

    @Test
    void aMalformedLinkStoresNothing() {
        String content = "Nội dung kèm đường dẫn hỏng " + token();
        assertThatThrownBy(() -> file(content, "https://ok.example.vn/" + token(), "https://exa mple.com/x"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("reports.intake.error.link");
        assertThat(jdbc.sql("SELECT count(*) FROM rpt_report WHERE content = ?")
                        .param(content)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aNewClusterIsDueByItsCategorysRule() {
        FiledReport scam = intake.file(
                new ReportSubmission(
                        "Tin nhắn trúng thưởng giả mạo ngân hàng " + token(),
                        List.of(),
                        "scam",
                        null,
                        null,
                        null,
                        false,
                        null),
                Reporter.anonymous("clustering-test"));
        double hours = jdbc.sql("SELECT extract(epoch FROM due_at - created_at) / 3600 FROM rpt_cluster WHERE id = ?")
                .param(scam.clusterId())
                .query(Double.class)
                .single();
        assertThat(hours).isEqualTo(4.0);
    }
}
