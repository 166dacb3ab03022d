package vn.lantoa.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.reports.internal.ClaimQueries;
import vn.lantoa.reports.internal.ReportIntake;
import vn.lantoa.reports.internal.Verdict;

@LanToaIntegrationTest
class ClaimApiTests {

    private static final String JSON = "application/json";

    @LocalServerPort
    int port;

    @Autowired
    ClaimQueries claims;

    private final ObjectMapper json = new ObjectMapper();

    private static String similar(String text) {
        return ClaimApiController.SIMILAR + "?text=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private Browser signedIn(String user) {
        Browser browser = new Browser(port);
        browser.signIn(user, LanToaIntegrationTest.DEMO_PASSWORD);
        return browser;
    }

    @Test
    void aHandlerFindsAClaimOnFileFromARepostTypedWithoutDiacritics() throws Exception {
        String village = "Xóm " + UUID.randomUUID().toString().substring(0, 8);
        long id = claims.insert(
                village + ": giếng nước chung bị bỏ thuốc độc, không ai được múc nước trong tuần này.",
                Verdict.FALSE,
                "suc-khoe",
                null);

        HttpResponse<String> response = signedIn("xuly")
                .get(similar("gieng nuoc chung o " + village.toLowerCase() + " bi bo thuoc doc, ko dc muc nuoc"), JSON);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode candidates = json.readTree(response.body()).get("candidates");
        assertThat(candidates.size()).isBetween(1, 10);
        JsonNode best = candidates.get(0);
        assertThat(best.get("claimId").asLong()).isEqualTo(id);
        assertThat(best.get("verdictLabel").asString()).isEqualTo("tin giả");
        assertThat(best.get("score").asDouble()).isBetween(0.0, 1.0);
        for (int i = 1; i < candidates.size(); i++) {
            assertThat(candidates.get(i).get("score").asDouble())
                    .isLessThanOrEqualTo(candidates.get(i - 1).get("score").asDouble());
        }
    }

    @Test
    void marksOnlyAConfidentBestCandidateAsAMatchAndTheRestAsPossiblyRelated() throws Exception {
        String village = "Ấp " + UUID.randomUUID().toString().substring(0, 8);
        long id = claims.insert(
                village + ": trạm y tế thu 300 nghìn đồng mỗi mũi vắc xin sởi cho trẻ em.", Verdict.FALSE, null, null);
        Browser handler = signedIn("xuly");

        JsonNode same = json.readTree(handler.get(
                                similar(village.toLowerCase() + " tram y te thu 300k moi mui vac xin soi cho tre em"),
                                JSON)
                        .body())
                .get("candidates");
        assertThat(same.get(0).get("claimId").asLong()).isEqualTo(id);
        assertThat(same.get(0).get("relation").asString()).isEqualTo("match");
        assertThat(same.get(0).get("confidence").asDouble()).isGreaterThanOrEqualTo(ReportIntake.SHOW_MATCH_FROM);
        for (int i = 1; i < same.size(); i++) {
            assertThat(same.get(i).get("relation").asString()).isEqualTo("possibly-related");
        }

        JsonNode other = json.readTree(handler.get(
                                similar("Bộ Y tế tặng 2 triệu đồng cho mỗi người dân, bấm vào link để nhận quà"), JSON)
                        .body())
                .get("candidates");
        assertThat(other.size()).isPositive();
        assertThat(other)
                .allSatisfy(c -> assertThat(c.get("relation").asString()).isEqualTo("possibly-related"));
    }

    @Test
    void seesAClaimAddedAfterTheMatcherWasBuilt() throws Exception {
        Browser admin = signedIn("quantri");
        assertThat(admin.get(similar("đường dây nóng"), JSON).statusCode()).isEqualTo(200);
        String marker = "Mã " + UUID.randomUUID().toString().substring(0, 8);
        long id = claims.insert(marker + " trúng thưởng tủ lạnh, nộp phí giao hàng", Verdict.FALSE, null, null);

        JsonNode best = json.readTree(admin.get(similar(marker + " trung thuong tu lanh"), JSON)
                        .body())
                .get("candidates")
                .get(0);

        assertThat(best.get("claimId").asLong()).isEqualTo(id);
    }

    @Test
    void theDemoClaimsAreSeededAndMatched() throws Exception {
        JsonNode candidates = json.readTree(signedIn("xuly")
                        .get(similar("nghe noi so do cap truoc 2000 het gia tri, phai lam lai mat 5tr"), JSON)
                        .body())
                .get("candidates");
        assertThat(candidates.get(0).get("statement").asString()).startsWith("Sổ đỏ cấp trước năm 2000");
    }

    @Test
    void anonymousCallersGet401AndOtherRolesGet403() {
        assertThat(new Browser(port).get(similar("sổ đỏ"), JSON).statusCode()).isEqualTo(401);
        for (String user : new String[] {"bientap", "kiemduyet", "thanhvien", "quanly"}) {
            assertThat(signedIn(user).get(similar("sổ đỏ"), JSON).statusCode())
                    .as(user)
                    .isEqualTo(403);
        }
    }

    @Test
    void missingBlankOrOversizedTextIsABadRequestNotAServerError() {
        Browser handler = signedIn("xuly");
        assertThat(handler.get(ClaimApiController.SIMILAR, JSON).statusCode()).isEqualTo(400);
        assertThat(handler.get(similar("   "), JSON).statusCode()).isEqualTo(400);
        assertThat(handler.get(similar("a".repeat(ClaimApiController.MAX_TEXT + 1)), JSON)
                        .statusCode())
                .isEqualTo(400);
        HttpResponse<String> punctuation = handler.get(similar("!!! ??? ..."), JSON);
        assertThat(punctuation.statusCode()).isEqualTo(200);
        assertThat(punctuation.body()).contains("\"candidates\":[]");
    }
}
