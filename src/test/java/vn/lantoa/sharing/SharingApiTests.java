package vn.lantoa.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
        anonymous.get("/");
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
                .contains("https://www.facebook.com/sharer/sharer.php?u=", "href=\"/thanh-vien/phan-anh\"");
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

    private static String idOf(String json) {
        return json.replaceAll("(?s).*\"id\":(\\d+).*", "$1");
    }
}
