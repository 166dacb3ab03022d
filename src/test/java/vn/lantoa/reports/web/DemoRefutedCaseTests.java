package vn.lantoa.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;

/** The demo shows a whole answered case: a member's report, refuted by a published article. */
@LanToaIntegrationTest
class DemoRefutedCaseTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    record Case(long cluster, String status, String verdict, String slug) {}

    @Test
    void theLandRumourReportIsRefutedByItsArticleAndTheMemberIsTold() {
        Case demo = jdbc.sql("""
                        SELECT c.id, c.status, cl.verdict, a.slug
                          FROM rpt_report r JOIN rpt_cluster c ON c.id = r.cluster_id
                          JOIN rpt_claim cl ON cl.id = c.claim_id
                          JOIN news_article a ON a.id = cl.refutation_article_id
                         WHERE r.content LIKE 'Nhóm Facebook đăng tin xã Hùng Hòa%'""")
                .query((rs, n) -> new Case(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .single();

        assertThat(demo.status()).isEqualTo("REFUTED");
        assertThat(demo.verdict()).isEqualTo("FALSE");
        assertThat(new Browser(port).get("/bai-viet/" + demo.slug()).body())
                .contains("ClaimReview", "tin giả", "Hùng Hòa sắp thu hồi toàn bộ đất nông nghiệp");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM ntf_notice n JOIN acc_user u ON u.member_id = n.member_id
                         WHERE u.username = 'thanhvien' AND n.link LIKE ?""")
                        .param("%/bai-viet/" + demo.slug())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        Browser handler = new Browser(port);
        handler.signIn("xuly", LanToaIntegrationTest.DEMO_PASSWORD);
        String page = handler.get("/quan-tri/phan-anh/" + demo.cluster()).body();
        assertThat(page).contains("data-status=\"REFUTED\"");
        assertThat(page.substring(page.indexOf("id=\"cluster-history\""))).containsPattern("→\\s+Đã bác bỏ");
    }
}
