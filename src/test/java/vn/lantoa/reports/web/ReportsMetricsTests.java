package vn.lantoa.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.internal.ArticleContent;
import vn.lantoa.newsroom.internal.ArticleService;
import vn.lantoa.newsroom.internal.WorkflowAction;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.Role;
import vn.lantoa.reports.internal.ClaimMatching;
import vn.lantoa.reports.internal.ClaimQueries;
import vn.lantoa.reports.internal.ReportsMetrics;
import vn.lantoa.reports.internal.Verdict;

/**
 * Reports filed through the API show in the reports meters by category and by where they were
 * clustered; a refutation settles a case; matching is timed and the matcher's rebuilds counted.
 */
@LanToaIntegrationTest
class ReportsMetricsTests {

    private static final CurrentUser NEWSROOM =
            new CurrentUser(-1, "test-reviewer", "Test reviewer", Set.of(Role.ADMIN), null);
    private static final Pattern CLUSTER = Pattern.compile("\"clusterId\":(\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleCatalog catalog;

    @Autowired
    ClaimQueries claims;

    @Autowired
    ClaimMatching matching;

    double filed(String category, String placement) {
        return registry.get(ReportsMetrics.FILED)
                .tag("category", category)
                .tag("placement", placement)
                .counter()
                .count();
    }

    double rebuilds(String kind) {
        return registry.get(ReportsMetrics.REBUILDS).tag("kind", kind).counter().count();
    }

    /**
     * A text no other test's report resembles: made-up syllables, so that the claim matcher and the
     * near-duplicate clustering cannot tie it to anything but its own copies.
     */
    static String uniqueText() {
        String[] onsets = {"b", "ch", "d", "gh", "kh", "l", "m", "ng", "nh", "ph", "qu", "s", "th", "tr", "v", "x"};
        String[] rhymes = {"oan", "uyêt", "ươm", "iêng", "oai", "ưu", "ênh", "ach", "ôp", "uôc", "ăng", "ơi"};
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return IntStream.range(0, 14)
                .mapToObj(i -> onsets[r.nextInt(onsets.length)] + rhymes[r.nextInt(rhymes.length)])
                .collect(Collectors.joining(" "));
    }

    static long clusterOf(HttpResponse<String> response) {
        Matcher m = CLUSTER.matcher(response.body());
        assertThat(m.find()).as(response.body()).isTrue();
        return Long.parseLong(m.group(1));
    }

    HttpResponse<String> report(String content, String link, String category) {
        HttpResponse<String> response = ReportClient.anonymous(port)
                .postJson(
                        "/api/v1/reports",
                        "{\"content\":\"" + content + "\",\"links\":[\"" + link + "\"],\"category\":\"" + category
                                + "\"}",
                        false);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response;
    }

    @Test
    void aNewCaseTheSameLinkAndANearDuplicateAreCountedByCategoryAndPlacementAndEachMatchIsTimed() {
        double newCase = filed("scam", "new_case");
        double sameLink = filed("scam", "same_link");
        double nearDuplicate = filed("scam", "near_duplicate");
        double otherCategory = filed("incitement", "new_case");
        long matches = registry.get(ReportsMetrics.CLAIM_MATCH).timer().count();
        String m = UUID.randomUUID().toString().substring(0, 8);
        String first = uniqueText();
        // clearly different words from the first, so only the link can join them
        String second = uniqueText();

        long a = clusterOf(report(first, "https://www.facebook.com/lua-dao/posts/" + m, "scam"));
        long b = clusterOf(report(second, "https://facebook.com/lua-dao/posts/" + m + "?fbclid=x", "scam"));
        long c = clusterOf(report(first, "https://www.tiktok.com/@lua-dao/video/" + m, "scam"));

        assertThat(b).as("same link, same case").isEqualTo(a);
        assertThat(c).as("near duplicate, suggested for the same case").isEqualTo(a);
        assertThat(filed("scam", "new_case")).isEqualTo(newCase + 1);
        assertThat(filed("scam", "same_link")).isEqualTo(sameLink + 1);
        assertThat(filed("scam", "near_duplicate")).isEqualTo(nearDuplicate + 1);
        assertThat(filed("incitement", "new_case")).isEqualTo(otherCategory);
        assertThat(registry.get(ReportsMetrics.CLAIM_MATCH).timer().count()).isGreaterThanOrEqualTo(matches + 3);
    }

    @Test
    void linkingAPublishedRefutationCountsTheCaseAsRefuted() {
        double refuted = registry.get(ReportsMetrics.SETTLED)
                .tag("outcome", "refuted")
                .counter()
                .count();
        String m = UUID.randomUUID().toString().substring(0, 8);
        long cluster = clusterOf(report(uniqueText(), "https://www.facebook.com/tin-don/posts/" + m, "fabricated"));
        long article = publishedArticle("Bác bỏ tin đồn " + m);

        Browser handler = new Browser(port);
        handler.signIn("xuly", LanToaIntegrationTest.DEMO_PASSWORD);
        handler.get(ReportsRoutes.REFUTE.replace("{clusterId}", Long.toString(cluster)) + "?q="
                + URLEncoder.encode("bac bo tin don " + m, StandardCharsets.UTF_8));
        HttpResponse<String> linked = handler.postForm(
                ReportsRoutes.REFUTE_LINK.replace("{clusterId}", Long.toString(cluster)),
                Map.of("articleId", Long.toString(article), "verdict", "FALSE", "statement", "Tin đồn " + m));

        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(302);
        assertThat(registry.get(ReportsMetrics.SETTLED)
                        .tag("outcome", "refuted")
                        .counter()
                        .count())
                .isEqualTo(refuted + 1);
    }

    @Test
    void aNewClaimGrowsTheMatcherAndAnEditedStatementRebuildsIt() {
        String statement = uniqueText();
        matching.similar(statement, 1); // the matcher is up to date
        double incremental = rebuilds("incremental");
        double full = rebuilds("full");
        long id = claims.insert(statement, Verdict.FALSE, "fabricated", null);
        try {
            assertThat(matching.similar(statement, 1))
                    .first()
                    .satisfies(c -> assertThat(c.claimId()).isEqualTo(id));
            assertThat(rebuilds("incremental")).isEqualTo(incremental + 1);
            assertThat(rebuilds("full")).isEqualTo(full);

            jdbc.sql("UPDATE rpt_claim SET verdict = 'MISLEADING', updated_at = updated_at + interval '1 second'"
                            + " WHERE id = ?")
                    .param(id)
                    .update();
            assertThat(matching.similar(statement, 1))
                    .first()
                    .satisfies(c -> assertThat(c.verdict()).isEqualTo(Verdict.MISLEADING));
            assertThat(rebuilds("incremental"))
                    .as("a new verdict rebuilds nothing")
                    .isEqualTo(incremental + 1);
            assertThat(rebuilds("full")).isEqualTo(full);

            jdbc.sql("UPDATE rpt_claim SET statement = ?, updated_at = updated_at + interval '2 seconds' WHERE id = ?")
                    .params(uniqueText(), id)
                    .update();
            matching.similar(statement, 1);
            assertThat(rebuilds("full")).isEqualTo(full + 1);
        } finally {
            jdbc.sql("DELETE FROM rpt_claim WHERE id = ?").param(id).update();
        }
    }

    private long publishedArticle(String title) {
        long site = catalog.siteForHost("").orElseThrow().id();
        String slug = "kiem-chung-do-dem-" + UUID.randomUUID().toString().substring(0, 8);
        long category = jdbc.sql(
                        "INSERT INTO news_category (site_id, slug, name, sort_order) VALUES (?, ?, ?, 9999) RETURNING id")
                .params(site, slug, "Kiểm chứng thử " + slug)
                .query(Long.class)
                .single();
        long id = articles.create(
                site,
                new ArticleContent(
                        title,
                        "Tóm tắt",
                        "<p>Nội dung bài.</p>",
                        category,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of()),
                null,
                NEWSROOM);
        articles.transition(id, WorkflowAction.SUBMIT, null, null, NEWSROOM);
        articles.transition(id, WorkflowAction.APPROVE, null, null, NEWSROOM);
        articles.transition(id, WorkflowAction.PUBLISH, null, null, NEWSROOM);
        return id;
    }
}
