package vn.lantoa.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.ArticlePublished;
import vn.lantoa.newsroom.internal.ArticleService;
import vn.lantoa.newsroom.internal.WorkflowAction;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.Role;
import vn.lantoa.platform.SignedIn;
import vn.lantoa.reports.Clusters;

/**
 * A Spring Modulith scenario across two modules: a handler starts a refutation draft for a report
 * cluster; when the newsroom publishes that article it announces {@link ArticlePublished}, and
 * {@code reports} hears it through the event registry and settles the cluster as REFUTED, without
 * the newsroom knowing about reports.
 */
@LanToaIntegrationTest
@EnableScenarios
class RefutationPublishedScenarioTests {

    @Autowired
    Refutations refutations;

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    /** A category of this test's own, so that its article never crowds other tests' category pages. */
    private long ownCategory() {
        long site = catalog.siteForHost("").orElseThrow().id();
        String slug = "kich-ban-" + Clusters.marker();
        return jdbc.sql(
                        "INSERT INTO news_category (site_id, slug, name, sort_order) VALUES (?, ?, ?, 9999) RETURNING id")
                .params(site, slug, "Kịch bản " + slug)
                .query(Long.class)
                .single();
    }

    private CurrentUser admin;

    /** The seeded administrator, who may both handle reports and publish (the history names an account). */
    private CurrentUser admin() {
        return jdbc.sql("SELECT id, username, display_name FROM acc_user WHERE username = 'admin'")
                .query((rs, n) ->
                        new CurrentUser(rs.getLong(1), rs.getString(2), rs.getString(3), Set.of(Role.ADMIN), null))
                .single();
    }

    /** The handler's request: triage reads who changes a cluster's status from the security context. */
    @BeforeEach
    void signIn() {
        admin = admin();
        SecurityContextHolder.getContext().setAuthentication(SignedIn.authenticated(admin));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void publishingTheRefutationDraftInTheNewsroomSettlesTheClusterOnce(Scenario scenario) {
        Clusters clusters = new Clusters(jdbc);
        String m = Clusters.marker();
        long cluster = clusters.cluster();
        clusters.report(
                cluster, "Phường " + m + " phát tiền hỗ trợ qua tin nhắn", "https://example.org/" + m, "scam", 1);
        long draft = refutations.startDraft(cluster, "FALSE", "Phường " + m + " phát tiền qua tin nhắn", admin);
        jdbc.sql("UPDATE news_article SET category_id = ? WHERE id = ?") // as its editor would file it
                .params(ownCategory(), draft)
                .update();
        articles.transition(draft, WorkflowAction.SUBMIT, null, null, admin);
        articles.transition(draft, WorkflowAction.APPROVE, null, null, admin);
        assertThat(clusters.status(cluster)).as("before publication").isEqualTo("IN_VERIFICATION");

        scenario.stimulate(() -> articles.transition(draft, WorkflowAction.PUBLISH, null, null, admin))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(() -> clusters.status(cluster), "REFUTED"::equals)
                .andVerifyEvents(events -> assertThat(
                                events.ofType(ArticlePublished.class).matching(ArticlePublished::articleId, draft))
                        .as("the newsroom's announcement")
                        .hasSize(1));

        assertThat(clusters.audits("report.cluster.refuted", cluster)).isOne();
        // The registry marks the publication complete just after the listener's transaction.
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(
                                jdbc.sql("SELECT count(*) FILTER (WHERE completion_date IS NOT NULL) || '/' || count(*)"
                                                + " FROM event_publication WHERE event_type LIKE '%ArticlePublished'"
                                                + " AND listener_id LIKE '%PublicationOutcome%'"
                                                + " AND serialized_event LIKE ?")
                                        .param("%\"articleId\":" + draft + ",%")
                                        .query(String.class)
                                        .single())
                        .as("ArticlePublished delivered once to reports (completed/all)")
                        .isEqualTo("1/1"));
    }
}
