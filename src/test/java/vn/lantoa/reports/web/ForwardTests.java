package vn.lantoa.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.Role;
import vn.lantoa.reports.Clusters;
import vn.lantoa.reports.internal.Forwarding;

@LanToaIntegrationTest
class ForwardTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forwarding forwarding;

    private final ObjectMapper json = new ObjectMapper();

    private Browser handler() {
        Browser browser = new Browser(port);
        browser.signIn("xuly", LanToaIntegrationTest.DEMO_PASSWORD);
        browser.get("/quan-tri");
        return browser;
    }

    private static String route(String route, long clusterId) {
        return route.replace("{clusterId}", Long.toString(clusterId));
    }

    @Test
    void thePackageHoldsTheCanonicalLinksDatesCountsAndTextsButNoContacts() {
        String m = Clusters.marker();
        Clusters clusters = new Clusters(jdbc);
        long cluster = clusters.cluster();
        String first = clusters.report(
                cluster,
                "Kêu gọi người dân " + m + " tụ tập phản đối dự án đường",
                "https://m.facebook.com/story.php?story_fbid=" + m + "&id=1&fbclid=x",
                "incitement",
                4);
        clusters.report(
                cluster,
                "Bài kêu gọi tụ tập " + m,
                "https://www.facebook.com/story.php?story_fbid=" + m + "&id=1",
                "incitement",
                2);
        clusters.report(cluster, "Video kích động " + m, "https://www.youtube.com/watch?v=" + m, "incitement", 1);
        Browser handler = handler();

        HttpResponse<String> response = handler.get(route(ReportsRoutes.PACKAGE_JSON, cluster), "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment", "phan-anh-" + cluster + ".json");
        JsonNode p = json.readTree(response.body());
        assertThat(p.path("format").asString()).isEqualTo("lantoa.forward-package/1");
        assertThat(p.path("clusterId").asLong()).isEqualTo(cluster);
        assertThat(p.path("category").path("code").asString()).isEqualTo("incitement");
        assertThat(p.path("category").path("label").asString()).isEqualTo("Kích động, gây rối");
        assertThat(p.path("firstSeen").asString()).endsWith("+07:00");
        assertThat(p.path("firstSeen").asString()).isLessThan(p.path("lastSeen").asString());
        JsonNode reporters = p.path("reporters");
        assertThat(reporters.path("independent").asInt()).isZero();
        assertThat(reporters.path("withoutContact").asInt()).isEqualTo(3);
        assertThat(reporters.path("reports").asInt()).isEqualTo(3);
        List<String> urls = new ArrayList<>();
        p.path("links").forEach(l -> urls.add(l.path("url").asString()));
        assertThat(urls).hasSize(2); // the two Facebook variants are one post
        assertThat(urls.getFirst()).contains(m).doesNotContain("fbclid");
        assertThat(p.path("links").get(0).path("reports").asInt()).isEqualTo(2);
        assertThat(p.path("reports").get(0).path("trackingCode").asString()).isEqualTo(first);
        assertThat(p.path("reports").get(0).path("text").asString()).contains("tụ tập phản đối");
        assertThat(p.path("screenshots").isArray()).isTrue();
        Set<String> names = new java.util.TreeSet<>();
        collectNames(p, names);
        assertThat(names).doesNotContain("email", "phone", "memberId", "contact", "author", "address");

        HttpResponse<String> pdf = handler.get(route(ReportsRoutes.PACKAGE_PDF, cluster), "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM acc_audit_log WHERE action = 'report.cluster.export' AND target_id = ?")
                        .param(Long.toString(cluster))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void thePdfKeepsEveryVietnameseLetter() throws Exception {
        String m = Clusters.marker();
        Clusters clusters = new Clusters(jdbc);
        long cluster = clusters.cluster();
        clusters.report(
                cluster,
                "Tin đồn thất thiệt về lũ quét ở huyện miền núi " + m,
                "https://example.org/" + m,
                "fabricated",
                1);
        CurrentUser admin = new CurrentUser(-2, "test-admin", "Test", Set.of(Role.ADMIN), null);

        byte[] bytes = forwarding.pdf(cluster, admin);

        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(bytes);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        String all = java.text.Normalizer.normalize(text.toString(), java.text.Normalizer.Form.NFC);
        assertThat(all)
                .contains(
                        "Hồ sơ thông tin xấu độc",
                        "Tin đồn thất thiệt về lũ quét ở huyện miền núi",
                        "Tin giả, bịa đặt");
    }

    @Test
    void markingAsForwardedRecordsToWhomAndWhen() {
        Clusters clusters = new Clusters(jdbc);
        long cluster = clusters.cluster();
        clusters.report(cluster, "Trang mạo danh UBND xã " + Clusters.marker(), null, "impersonation", 1);
        Browser handler = handler();

        HttpResponse<String> done = handler.postForm(
                route(ReportsRoutes.FORWARD, cluster),
                Map.of("recipient", "Trung tâm Xử lý tin giả Việt Nam (VAFC)", "note", "Gửi qua cổng tingia.gov.vn"));

        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(clusters.status(cluster)).isEqualTo("FORWARDED");
        assertThat(clusters.audits("report.cluster.forward", cluster)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT recipient || '|' || forwarded_by FROM rpt_forwarding WHERE cluster_id = ?")
                        .param(cluster)
                        .query(String.class)
                        .single())
                .isEqualTo("Trung tâm Xử lý tin giả Việt Nam (VAFC)|xuly");
        String page = handler.get(route(ReportsRoutes.REFUTE, cluster)).body();
        assertThat(page)
                .contains(
                        "Đã ghi nhận việc chuyển cho Trung tâm Xử lý tin giả Việt Nam (VAFC)",
                        "Mới → Đã chuyển cơ quan chức năng",
                        "data-status=\"FORWARDED\"");
        JsonNode p = json.readTree(handler.get(route(ReportsRoutes.PACKAGE_JSON, cluster), "application/json")
                .body());
        assertThat(p.path("forwarded").get(0).path("recipient").asString())
                .isEqualTo("Trung tâm Xử lý tin giả Việt Nam (VAFC)");
        assertThat(p.path("status").asString()).isEqualTo("FORWARDED");
    }

    private static void collectNames(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                names.add(e.getKey());
                collectNames(e.getValue(), names);
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectNames(n, names));
        }
    }

    private static byte[] jpeg() throws Exception {
        var image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    @Test
    void thePackageCarriesScreenshotsAndCountsIndependentReportersHonestly() throws Exception {
        String m = Clusters.marker();
        Clusters clusters = new Clusters(jdbc);
        long cluster = clusters.cluster();
        long member =
                jdbc.sql("SELECT min(id) FROM org_member").query(Long.class).single();
        String first = clusters.reportFrom(cluster, "Bài lừa đảo " + m, member, null, null);
        clusters.reportFrom(cluster, "Bài lừa đảo " + m + " lần hai", member, null, null);
        clusters.reportFrom(cluster, "Bài lừa đảo " + m, null, "ban.doc." + m + "@example.org", null);
        clusters.reportFrom(cluster, "Bài lừa đảo " + m, null, "Ban.Doc." + m + "@Example.org", null);
        clusters.reportFrom(cluster, "Bài lừa đảo " + m, null, null, "0911222333");
        clusters.report(cluster, "Bài lừa đảo " + m + " ẩn danh", null, "scam", 0);
        clusters.report(cluster, "Bài lừa đảo " + m + " ẩn danh 2", null, "scam", 0);
        clusters.link(first, "https://zalo.me/g/" + m + "?src=x", "https://zalo.me/g/" + m);
        byte[] jpeg = jpeg();
        clusters.screenshot(first, jpeg);

        String body = handler()
                .get(route(ReportsRoutes.PACKAGE_JSON, cluster), "application/json")
                .body();
        JsonNode p = json.readTree(body);

        JsonNode reporters = p.path("reporters");
        assertThat(reporters.path("independent").asInt()).isEqualTo(3); // the member, one address, one phone
        assertThat(reporters.path("withoutContact").asInt()).isEqualTo(2);
        assertThat(reporters.path("reports").asInt()).isEqualTo(7);
        // The case page counts reporters the same way as the package.
        assertThat(handler().get("/quan-tri/phan-anh/" + cluster).body())
                .containsPattern("id=\"cluster-reporters\">3 <span[^>]*>\\(và 2 phản ánh không để lại liên hệ\\)");
        assertThat(p.path("links").get(0).path("url").asString()).isEqualTo("https://zalo.me/g/" + m);
        JsonNode shot = p.path("screenshots").get(0);
        assertThat(shot.path("trackingCode").asString()).isEqualTo(first);
        assertThat(java.util.Base64.getDecoder().decode(shot.path("base64").asString()))
                .isEqualTo(jpeg);
        assertThat(body).doesNotContain("example.org", "0911222333", "ban.doc");

        CurrentUser admin = new CurrentUser(-2, "test-admin", "Test", Set.of(Role.ADMIN), null);
        PdfReader reader = new PdfReader(forwarding.pdf(cluster, admin));
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertThat(java.text.Normalizer.normalize(text.toString(), java.text.Normalizer.Form.NFC))
                .contains("Ảnh chụp màn hình: 1", first)
                .doesNotContain("example.org", "0911222333");
    }
}
