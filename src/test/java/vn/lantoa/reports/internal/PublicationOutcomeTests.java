package vn.lantoa.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.PublishedArticle;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.reports.Clusters;
import vn.lantoa.reports.internal.ReporterContacts.Reporter;

@LanToaIntegrationTest
class PublicationOutcomeTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PublicationOutcome outcome;

    @Autowired
    RefutationQueries queries;

    @Autowired
    ArticleCatalog catalog;

    private record Stored(
            String recipientKey, Long memberId, String email, String phone, String subject, String body, String link) {}

    private List<Stored> notices(String dedupKey) {
        return jdbc.sql("""
                SELECT recipient_key, member_id, email, phone, subject, body, link FROM ntf_notice
                WHERE dedup_key = ? ORDER BY recipient_key""")
                .param(dedupKey)
                .query((rs, n) -> new Stored(
                        rs.getString("recipient_key"),
                        rs.getObject("member_id", Long.class),
                        rs.getString("email"),
                        rs.getString("phone"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getString("link")))
                .list();
    }

    @Test
    void everyReporterWithAContactOrMembershipIsToldOnceWithTheLink() {
        Clusters clusters = new Clusters(jdbc);
        long clusterId = clusters.cluster();
        clusters.report(clusterId, "Tin đồn " + Clusters.marker(), null, "fabricated", 1);
        PublishedArticle article =
                catalog.findPublishedById(catalog.latest(1).getFirst().id()).orElseThrow();
        queries.createClaim(clusterId, "Tin đồn về lũ", Verdict.FALSE, "fabricated", article.id());
        long member =
                jdbc.sql("SELECT min(id) FROM org_member").query(Long.class).single();
        List<Reporter> reporters = List.of(
                new Reporter(member, null, null),
                new Reporter(member, "khong-dung@example.org", null), // the same member again
                new Reporter(null, " Ban.Doc@Example.org ", null),
                new Reporter(null, "ban.doc@example.org", "0912 000 111"), // the same address again
                new Reporter(null, null, "+84 912-345-678"),
                new Reporter(null, null, null)); // left nothing: cannot be told
        var cluster = queries.cluster(clusterId).orElseThrow();

        assertThat(outcome.tellReporters(cluster, article, reporters)).isEqualTo(3);
        outcome.tellReporters(cluster, article, reporters); // a retry, or the article published again
        String dedup = "reports:answered:" + clusterId + ":" + article.id();

        List<Stored> stored = notices(dedup);
        assertThat(stored)
                .extracting(Stored::recipientKey)
                .containsExactly("email:ban.doc@example.org", "member:" + member, "phone:+84912345678");
        assertThat(stored).allSatisfy(n -> {
            assertThat(n.subject()).isEqualTo("Phản ánh của bạn đã có kết quả: Tin giả");
            assertThat(n.body()).contains("đã được xác minh: Tin giả", article.title(), "/bai-viet/" + article.slug());
            assertThat(n.link()).endsWith("/bai-viet/" + article.slug()).startsWith("http");
        });
        assertThat(stored.get(1).memberId()).isEqualTo(member);
        assertThat(stored.getFirst().email()).isEqualTo("ban.doc@example.org");
        assertThat(stored.get(2).phone()).isEqualTo("+84912345678");
    }

    @Autowired
    vn.lantoa.reports.internal.Refutations refutations;

    @Test
    void linkingARefutationTellsTheClustersMembersAndContactsOnceEvenWhenRepeated() {
        Clusters clusters = new Clusters(jdbc);
        long clusterId = clusters.cluster();
        String m = Clusters.marker();
        long member =
                jdbc.sql("SELECT max(id) FROM org_member").query(Long.class).single();
        clusters.reportFrom(clusterId, "Tin đồn " + m + " từ thành viên", member, null, null);
        clusters.reportFrom(clusterId, "Tin đồn " + m + " từ bạn đọc", null, "nguoi.doc." + m + "@example.org", null);
        clusters.reportFrom(clusterId, "Tin đồn " + m + " qua điện thoại", null, null, "0987654321");
        clusters.report(clusterId, "Tin đồn " + m + " không để lại liên hệ", null, "fabricated", 0);
        PublishedArticle article =
                catalog.findPublishedById(catalog.latest(1).getFirst().id()).orElseThrow();
        var admin = new vn.lantoa.platform.CurrentUser(
                -3, "test-admin", "Test", java.util.Set.of(vn.lantoa.platform.Role.ADMIN), null);

        refutations.linkArticle(clusterId, article.id(), "FALSE", "Tin đồn " + m, admin);
        outcome.articleLive(article.id()); // the newsroom's event again, e.g. republished after a withdrawal

        List<Stored> stored = notices("reports:answered:" + clusterId + ":" + article.id());
        assertThat(stored)
                .extracting(Stored::recipientKey)
                .containsExactlyInAnyOrder(
                        "member:" + member, "email:nguoi.doc." + m + "@example.org", "phone:0987654321");
        assertThat(stored).allSatisfy(n -> assertThat(n.link()).endsWith("/bai-viet/" + article.slug()));
        assertThat(new Clusters(jdbc).status(clusterId)).isEqualTo("REFUTED");
    }
}
