package vn.lantoa.sharing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;

/** What members log through the API shows in the sharing meters, by kind and outcome. */
@LanToaIntegrationTest
class SharingMetricsTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry registry;

    Browser member;
    long campaignId;
    String campaignArticle;

    @BeforeEach
    void signInAsTheDemoMember() {
        member = new Browser(port);
        member.signIn("thanhvien", LanToaIntegrationTest.DEMO_PASSWORD);
        member.get("/thanh-vien");
        campaignId = jdbc.sql("SELECT id FROM shr_campaign ORDER BY id LIMIT 1")
                .query(Long.class)
                .single();
        campaignArticle = jdbc.sql(
                        "SELECT url FROM shr_campaign_article WHERE campaign_id = ? ORDER BY position LIMIT 1")
                .param(campaignId)
                .query(String.class)
                .single();
    }

    double actions(String kind, String outcome) {
        return registry.get(SharingMetrics.ACTIONS)
                .tag("kind", kind)
                .tag("outcome", outcome)
                .counter()
                .count();
    }

    double duplicates(String kind, String caughtBy) {
        return registry.get(SharingMetrics.DUPLICATES)
                .tag("kind", kind)
                .tag("caught_by", caughtBy)
                .counter()
                .count();
    }

    HttpResponse<String> share(String post, String key) {
        String body = "{\"postUrl\":\"" + post + "\",\"articleUrl\":\"" + campaignArticle + "\",\"campaignId\":"
                + campaignId + "}";
        return key == null
                ? member.postJson("/api/v1/shares", body)
                : member.postJson("/api/v1/shares", body, "Idempotency-Key", key);
    }

    @Test
    void aShareItsDuplicateARetryAndARefusalAreEachCountedOnceWithTheirOutcome() {
        double verified = actions("share", "verified");
        double selfReported = actions("share", "self_reported");
        double duplicate = actions("share", "duplicate");
        double replayed = actions("share", "replayed");
        double refused = actions("share", "refused");
        double byLink = duplicates("share", "link");
        double byKey = duplicates("share", "idempotency_key");
        String post = "https://www.facebook.com/permalink.php?story_fbid="
                + Math.abs(UUID.randomUUID().getMostSignificantBits()) + "&id=100012345";
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = share(post, key);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(share(post + "&utm_source=zalo", null).statusCode()).isEqualTo(200);
        assertThat(share(post, key).statusCode()).isEqualTo(201);
        assertThat(share("not a link", null).statusCode()).isEqualTo(400);

        // the new record's outcome is its state (verified, or self-reported when a check did not pass)
        String state = first.body().contains("\"state\":\"VERIFIED\"") ? "verified" : "self_reported";
        assertThat(actions("share", "verified") + actions("share", "self_reported"))
                .isEqualTo(verified + selfReported + 1);
        assertThat(actions("share", state)).isEqualTo((state.equals("verified") ? verified : selfReported) + 1);
        assertThat(actions("share", "duplicate")).isEqualTo(duplicate + 1);
        assertThat(actions("share", "replayed")).isEqualTo(replayed + 1);
        assertThat(actions("share", "refused")).isEqualTo(refused + 1);
        assertThat(duplicates("share", "link")).isEqualTo(byLink + 1);
        assertThat(duplicates("share", "idempotency_key")).isEqualTo(byKey + 1);
    }

    @Test
    void aRebuttalIsCountedUnderItsOwnKind() {
        double before = actions("rebuttal", "verified") + actions("rebuttal", "self_reported");
        double shares = actions("share", "verified") + actions("share", "self_reported");

        HttpResponse<String> logged = member.postJson(
                "/api/v1/rebuttals",
                "{\"targetUrl\":\"https://www.facebook.com/permalink.php?story_fbid="
                        + Math.abs(UUID.randomUUID().getMostSignificantBits())
                        + "&id=100099999\",\"text\":\"Thông tin này sai, mời xem bài chính thống.\"}");

        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
        assertThat(actions("rebuttal", "verified") + actions("rebuttal", "self_reported"))
                .isEqualTo(before + 1);
        assertThat(actions("share", "verified") + actions("share", "self_reported"))
                .isEqualTo(shares);
    }
}
