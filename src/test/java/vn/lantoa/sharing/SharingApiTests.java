package vn.lantoa.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;

@LanToaIntegrationTest
class SharingApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

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

    private static String post() {
        return "https://www.facebook.com/permalink.php?story_fbid="
                + Math.abs(UUID.randomUUID().getMostSignificantBits()) + "&id=100012345";
    }

    private long count(String canonicalLike) {
        return jdbc.sql("SELECT count(*) FROM shr_action WHERE post_url LIKE ?")
                .param("%" + canonicalLike + "%")
                .query(Long.class)
                .single();
    }

    @Test
    void aShareOfACampaignArticleIsRecordedOnceAndVerified() {
        String post = post();
        HttpResponse<String> first = member.postJson(
                "/api/v1/shares",
                "{\"postUrl\":\"" + post + "\",\"articleUrl\":\"" + campaignArticle + "\",\"campaignId\":" + campaignId
                        + "}");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(first.body()).contains("\"state\":\"VERIFIED\"", "\"official\":true", "\"duplicate\":false");

        HttpResponse<String> again = member.postJson(
                "/api/v1/shares",
                "{\"postUrl\":\"  " + post + "\\n\",\"articleUrl\":\"" + campaignArticle + "\",\"campaignId\":"
                        + campaignId + "}");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"duplicate\":true");
        assertThat(count(post.substring(post.indexOf("story_fbid=")))).isEqualTo(1);
    }

    @Test
    void theCampaignsArticleIsFoundInAnyVariantOfItsLinkAndAnotherArticleIsRefused() {
        String variant = campaignArticle + "?utm_source=zalo&utm_medium=share";
        HttpResponse<String> viaVariant = member.postJson(
                "/api/v1/shares",
                "{\"postUrl\":\"" + post() + "\",\"articleUrl\":\"" + variant + "\",\"campaignId\":" + campaignId
                        + "}");
        HttpResponse<String> notInIt = member.postJson(
                "/api/v1/shares",
                "{\"postUrl\":\"" + post() + "\",\"articleUrl\":\"" + campaignArticle + "-khac\",\"campaignId\":"
                        + campaignId + "}");

        assertThat(viaVariant.statusCode()).as(viaVariant.body()).isEqualTo(201);
        assertThat(viaVariant.body()).contains("\"campaignId\":" + campaignId, "\"state\":\"VERIFIED\"");
        assertThat(notInIt.statusCode()).isEqualTo(400);
        assertThat(notInIt.body()).contains("\"field\":\"articleUrl\"");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        String post = post();
        String body = "{\"postUrl\":\"" + post + "\",\"articleUrl\":\"" + campaignArticle + "\",\"campaignId\":"
                + campaignId + "}";
        HttpResponse<String> first = member.postJson("/api/v1/shares", body, "Idempotency-Key", key);
        HttpResponse<String> retry = member.postJson("/api/v1/shares", body, "Idempotency-Key", key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(idOf(retry.body())).isEqualTo(idOf(first.body()));
        assertThat(count(post.substring(post.indexOf("story_fbid=")))).isEqualTo(1);
    }

    @Test
    void concurrentSubmissionsOfOnePostCountOnce() throws Exception {
        String post = post();
        String body = "{\"postUrl\":\"" + post + "\",\"articleUrl\":\"" + campaignArticle + "\",\"campaignId\":"
                + campaignId + "}";
        List<Future<Integer>> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                statuses.add(pool.submit(
                        () -> member.postJson("/api/v1/shares", body).statusCode()));
            }
        }
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : statuses) {
            codes.add(f.get());
        }
        assertThat(codes).containsOnly(200, 201);
        assertThat(codes.stream().filter(c -> c == 201)).hasSize(1);
        assertThat(count(post.substring(post.indexOf("story_fbid=")))).isEqualTo(1);
    }

    @Test
    void aShareWithoutAnOfficialArticleIsKeptButNotVerified() {
        HttpResponse<String> response = member.postJson(
                "/api/v1/shares", "{\"postUrl\":\"" + post() + "\",\"articleUrl\":\"https://tin-don.example/bai\"}");
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).contains("\"state\":\"SELF_REPORTED\"", "\"official\":false");
    }

    @Test
    void aRebuttalWithoutTextIsRefusedInVietnamese() {
        HttpResponse<String> response = member.postJson(
                "/api/v1/rebuttals", "{\"targetUrl\":\"https://www.facebook.com/groups/1/posts/2\",\"text\":\"  \"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Vui lòng nhập nội dung bình luận", "\"field\":\"text\"");
    }

    @Test
    void theSameRebuttalTextOnTheSamePostCountsOnce() {
        String target = post();
        String body =
                "{\"targetUrl\":\"" + target + "\",\"text\":\"Thông tin này sai sự thật, xem bài của báo Nhân Dân.\"}";
        assertThat(member.postJson("/api/v1/rebuttals", body).statusCode()).isEqualTo(201);
        String sameTextOtherAccents =
                "{\"targetUrl\":\"" + target + "\",\"text\":\"Thong tin nay sai su that, xem bai cua bao Nhan Dan.\"}";
        HttpResponse<String> again = member.postJson("/api/v1/rebuttals", sameTextOtherAccents);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"duplicate\":true");
    }

    @Test
    void aCampaignThatDoesNotTargetTheMemberIsRefused() {
        HttpResponse<String> response =
                member.postJson("/api/v1/shares", "{\"postUrl\":\"" + post() + "\",\"campaignId\":987654321}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("không dành cho bạn");
    }

    @Test
    void staffWithoutAMemberRecordCannotLogActions() {
        Browser editor = new Browser(port);
        editor.signIn("bientap", LanToaIntegrationTest.DEMO_PASSWORD);
        editor.get("/");
        HttpResponse<String> response = editor.postJson("/api/v1/shares", "{\"postUrl\":\"" + post() + "\"}");
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void anonymousCallsAreUnauthorised() {
        Browser anonymous = new Browser(port);
        anonymous.get("/dang-nhap"); // a page with a form, so the CSRF token is valid and only the sign-in is missing
        assertThat(anonymous
                        .postJson("/api/v1/shares", "{\"postUrl\":\"" + post() + "\"}")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void theMemberAreaOffersTheCampaignLoggingAndReporting() {
        String home = member.get("/thanh-vien").body();
        assertThat(home)
                .contains("Việc cần làm", "Lan tỏa thông tin về chuyển đổi số ở cơ sở", "Chia sẻ lên Zalo")
                .contains(
                        "https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2F", "href=\"/thanh-vien/phan-anh\"");
    }

    @Test
    void theMemberListsTheirOwnActions() {
        String post = post();
        member.postJson(
                "/api/v1/shares",
                "{\"postUrl\":\"" + post + "\",\"articleUrl\":\"" + campaignArticle + "\",\"campaignId\":" + campaignId
                        + "}");
        HttpResponse<String> mine = member.get("/api/v1/me/actions", "application/json");
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains(post.substring(post.indexOf("story_fbid=")));
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyLogOnceAndAllGetTheSameRecord() throws Exception {
        String key = UUID.randomUUID().toString();
        String post = post();
        String body = "{\"postUrl\":\"" + post + "\",\"articleUrl\":\"" + campaignArticle + "\",\"campaignId\":"
                + campaignId + "}";
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                responses.add(pool.submit(() -> member.postJson("/api/v1/shares", body, "Idempotency-Key", key)));
            }
        }
        List<String> ids = new ArrayList<>();
        for (Future<HttpResponse<String>> f : responses) {
            HttpResponse<String> r = f.get();
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            ids.add(idOf(r.body()));
        }
        assertThat(ids).containsOnly(ids.getFirst());
        assertThat(count(post.substring(post.indexOf("story_fbid=")))).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM shr_idempotency WHERE idem_key = ?")
                        .param(key)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aKeyThatMetAnAlreadyLoggedPostAnswersDuplicateOnEveryRetry() {
        String post = post();
        String body = "{\"postUrl\":\"" + post + "\"}";
        HttpResponse<String> original = member.postJson("/api/v1/shares", body);
        assertThat(original.statusCode()).isEqualTo(201);
        String key = UUID.randomUUID().toString();
        String variant = "{\"postUrl\":\"" + post.replace("https://www.", "https://m.") + "\"}";

        HttpResponse<String> duplicate = member.postJson("/api/v1/shares", variant, "Idempotency-Key", key);
        HttpResponse<String> retry = member.postJson("/api/v1/shares", variant, "Idempotency-Key", key);

        assertThat(duplicate.statusCode()).isEqualTo(200);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(duplicate.body()).contains("\"duplicate\":true");
        assertThat(retry.body()).contains("\"duplicate\":true");
        assertThat(idOf(duplicate.body())).isEqualTo(idOf(original.body()));
        assertThat(idOf(retry.body())).isEqualTo(idOf(original.body()));
        assertThat(count(post.substring(post.indexOf("story_fbid=")))).isEqualTo(1);
    }

    @Test
    void aRetryGetsTheFirstAnswerEvenWhenItsBodyWouldNoLongerPass() {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first =
                member.postJson("/api/v1/shares", "{\"postUrl\":\"" + post() + "\"}", "Idempotency-Key", key);
        HttpResponse<String> retry =
                member.postJson("/api/v1/shares", "{\"postUrl\":\"not a link\"}", "Idempotency-Key", key);
        HttpResponse<String> freshKey = member.postJson(
                "/api/v1/shares",
                "{\"postUrl\":\"not a link\"}",
                "Idempotency-Key",
                UUID.randomUUID().toString());

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(idOf(retry.body())).isEqualTo(idOf(first.body()));
        assertThat(freshKey.statusCode()).isEqualTo(400);
    }

    @Test
    void aCampaignReachesTheMemberThroughTheirGroupAndClosesAtItsEnd() throws InterruptedException {
        long group = jdbc.sql("""
                        SELECT gm.group_id FROM org_group_member gm JOIN acc_user a ON a.member_id = gm.member_id
                         WHERE a.username = 'thanhvien' ORDER BY gm.group_id LIMIT 1""").query(Long.class).single();
        long otherUnit = jdbc.sql("SELECT id FROM org_unit WHERE name = 'Đảng ủy xã Hùng Hòa'")
                .query(Long.class)
                .single();
        // Both end a few seconds from now: the same campaign is then refused (its dates are checked every time).
        Instant end = Instant.now().plusSeconds(4);
        long byGroup = campaign("Theo nhóm", end);
        jdbc.sql("INSERT INTO shr_campaign_target (campaign_id, group_id) VALUES (?, ?)")
                .params(byGroup, group)
                .update();
        long elsewhere = campaign("Nơi khác", end);
        jdbc.sql("INSERT INTO shr_campaign_target (campaign_id, unit_id) VALUES (?, ?)")
                .params(elsewhere, otherUnit)
                .update();
        HttpResponse<String> viaGroup =
                member.postJson("/api/v1/shares", "{\"postUrl\":\"" + post() + "\",\"campaignId\":" + byGroup + "}");
        HttpResponse<String> notForMe =
                member.postJson("/api/v1/shares", "{\"postUrl\":\"" + post() + "\",\"campaignId\":" + elsewhere + "}");
        assertThat(viaGroup.statusCode()).as(viaGroup.body()).isEqualTo(201);
        assertThat(viaGroup.body()).contains("\"campaignId\":" + byGroup, "\"state\":\"VERIFIED\"");
        assertThat(notForMe.statusCode()).isEqualTo(400);

        // the campaign ends on the application's (system) clock
        org.awaitility.Awaitility.await()
                .atMost(Duration.between(Instant.now(), end).plusSeconds(10))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> Instant.now().isAfter(end.plusMillis(50)));
        HttpResponse<String> afterTheEnd =
                member.postJson("/api/v1/shares", "{\"postUrl\":\"" + post() + "\",\"campaignId\":" + byGroup + "}");
        assertThat(afterTheEnd.statusCode()).isEqualTo(400);
        assertThat(afterTheEnd.body()).contains("\"field\":\"campaignId\"");
    }

    /** A running campaign until {@code end} with the demo campaign's first article, targeting nobody yet. */
    private long campaign(String title, Instant end) {
        long id = jdbc.sql("""
                        INSERT INTO shr_campaign (title, topic_id, owner_unit_id, created_by, starts_at, ends_at)
                        SELECT ?, topic_id, owner_unit_id, created_by, now() - interval '1 hour', ?
                          FROM shr_campaign WHERE id = ? RETURNING id""")
                .params(title + " " + UUID.randomUUID(), java.sql.Timestamp.from(end), campaignId)
                .query(Long.class)
                .single();
        jdbc.sql("""
                INSERT INTO shr_campaign_article (campaign_id, position, article_id, url, canonical_url, title, source_name)
                SELECT ?, position, article_id, url, canonical_url, title, source_name
                  FROM shr_campaign_article WHERE campaign_id = ? ORDER BY position LIMIT 1""").params(id, campaignId).update();
        return id;
    }

    private static String idOf(String json) {
        return json.replaceAll("(?s).*\"id\":(\\d+).*", "$1");
    }
}
