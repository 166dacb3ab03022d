package vn.lantoa.notifications.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import vn.lantoa.notifications.NotificationFixtures;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;

/**
 * Turning web push on and off over HTTP, with the production endpoint rules (https, a known push
 * service, a public address). The machine has no DNS, so the known services here are IP literals:
 * 203.0.113.7 (public) and 10.20.30.40 (private).
 */
@LanToaIntegrationTest
@TestPropertySource(properties = "lantoa.notifications.push.services=fcm.googleapis.com,203.0.113.7,10.20.30.40")
class PushSettingsTests {

    static final String PASSWORD = "Day-kiem-thu-2026";
    static String p256dh;
    static final String AUTH = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[16]);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @BeforeAll
    static void browserKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        ECPublicKey key = (ECPublicKey) generator.generateKeyPair().getPublic();
        byte[] point = new byte[65];
        point[0] = 4;
        byte[] x = key.getW().getAffineX().toByteArray();
        byte[] y = key.getW().getAffineY().toByteArray();
        System.arraycopy(x, Math.max(0, x.length - 32), point, 1 + 32 - Math.min(32, x.length), Math.min(32, x.length));
        System.arraycopy(
                y, Math.max(0, y.length - 32), point, 33 + 32 - Math.min(32, y.length), Math.min(32, y.length));
        p256dh = Base64.getUrlEncoder().withoutPadding().encodeToString(point);
    }

    record Member(long id, Browser browser) {}

    private Member member() {
        long member = NotificationFixtures.member(
                jdbc, "Phạm Thị Đẩy " + UUID.randomUUID().toString().substring(0, 6), null, null);
        Browser browser = new Browser(port);
        browser.signIn(NotificationFixtures.account(jdbc, encoder, member, PASSWORD), PASSWORD);
        browser.get(NotificationsRoutes.SETTINGS);
        return new Member(member, browser);
    }

    private static String subscription(String endpoint, String p256dh, String auth) {
        return "{\"endpoint\":\"" + endpoint + "\",\"expirationTime\":null,\"keys\":{\"p256dh\":\"" + p256dh
                + "\",\"auth\":\"" + auth + "\"}}";
    }

    private long rows(long member) {
        return jdbc.sql("SELECT count(*) FROM ntf_push_subscription WHERE member_id = ?")
                .param(member)
                .query(Long.class)
                .single();
    }

    @Test
    void aMemberTurnsPushOnForAPhoneAndStopsItAgain() {
        Member m = member();
        String endpoint = "https://203.0.113.7/push/" + UUID.randomUUID();

        HttpResponse<String> on = m.browser().postJson(NotificationsRoutes.PUSH, subscription(endpoint, p256dh, AUTH));

        assertThat(on.statusCode()).isEqualTo(204);
        assertThat(rows(m.id())).isEqualTo(1);
        HttpResponse<String> page = m.browser().get(NotificationsRoutes.SETTINGS);
        assertThat(page.body())
                .contains("Thông báo đẩy đang bật trên 1 thiết bị của bạn.", "data-vapid-key=\"")
                .contains("Tắt trên tất cả thiết bị");
        assertThat(m.browser()
                        .postJson(NotificationsRoutes.PUSH, subscription(endpoint, p256dh, AUTH))
                        .statusCode())
                .as("the same browser again is the same subscription")
                .isEqualTo(204);
        assertThat(rows(m.id())).isEqualTo(1);

        String json = "{\"endpoint\":\"" + endpoint + "\"}";
        assertThat(m.browser().postJson(NotificationsRoutes.PUSH_CHECK, json).body())
                .isEqualTo("{\"subscribed\":true}");
        HttpResponse<String> off = m.browser().postJson(NotificationsRoutes.PUSH_UNSUBSCRIBE, json);
        assertThat(off.statusCode()).isEqualTo(204);
        assertThat(rows(m.id())).isZero();
        assertThat(m.browser().postJson(NotificationsRoutes.PUSH_CHECK, json).body())
                .as("the page's script then drops the browser's own subscription")
                .isEqualTo("{\"subscribed\":false}");
        assertThat(member().browser()
                        .postJson(NotificationsRoutes.PUSH_CHECK, json)
                        .body())
                .as("another account never learns whose endpoint it is")
                .isEqualTo("{\"subscribed\":false}");
    }

    @Test
    void stoppingOnAllDevicesDeletesEverySubscriptionOfTheAccountOnly() {
        Member m = member();
        Member other = member();
        for (int i = 0; i < 2; i++) {
            m.browser()
                    .postJson(
                            NotificationsRoutes.PUSH,
                            subscription("https://203.0.113.7/push/" + UUID.randomUUID(), p256dh, AUTH));
        }
        other.browser()
                .postJson(
                        NotificationsRoutes.PUSH,
                        subscription("https://203.0.113.7/push/" + UUID.randomUUID(), p256dh, AUTH));

        HttpResponse<String> stop = m.browser().postForm(NotificationsRoutes.PUSH_STOP_ALL, Map.of());

        assertThat(stop.statusCode()).isEqualTo(302);
        assertThat(stop.headers().firstValue("Location").orElseThrow()).endsWith("?da-tat=2");
        assertThat(rows(m.id())).isZero();
        assertThat(rows(other.id())).isEqualTo(1);
    }

    @Test
    void foreignMalformedInsecureAndPrivateEndpointsAreRefusedWithAReasonNeverA500() {
        Member m = member();
        Map<String, String> refused = Map.of(
                subscription("http://203.0.113.7/push/x", p256dh, AUTH),
                "phải dùng https",
                subscription("https://push.example.com/push/x", p256dh, AUTH),
                "không thuộc dịch vụ thông báo đẩy",
                subscription("https://10.20.30.40/push/x", p256dh, AUTH),
                "mạng nội bộ",
                subscription("https://127.0.0.1/push/x", p256dh, AUTH),
                "không thuộc dịch vụ thông báo đẩy",
                subscription("không phải địa chỉ", p256dh, AUTH),
                "không hợp lệ",
                subscription("https://user:pw@203.0.113.7/push/x", p256dh, AUTH),
                "không hợp lệ",
                subscription("https://203.0.113.7/push/x", "AAAA", AUTH),
                "Khóa mã hóa",
                subscription("https://203.0.113.7/push/x", p256dh, "not-16-bytes"),
                "Khóa mã hóa",
                "{\"endpoint\":\"https://203.0.113.7/push/x\"}",
                "Khóa mã hóa");
        refused.forEach((json, reason) -> {
            HttpResponse<String> answer = m.browser().postJson(NotificationsRoutes.PUSH, json);
            assertThat(answer.statusCode()).as(json).isEqualTo(400);
            assertThat(answer.body()).as(json).contains(reason);
        });
        assertThat(rows(m.id())).isZero();

        HttpResponse<String> english = m.browser()
                .postJson(
                        NotificationsRoutes.PUSH + "?lang=en", subscription("http://203.0.113.7/push/x", p256dh, AUTH));
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("The push address must use https.");
    }

    @Test
    void aFloodOfSubscriptionRequestsFromOneAccountIsLimited() {
        Member m = member();
        int accepted = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 12; i++) {
            last = m.browser()
                    .postJson(
                            NotificationsRoutes.PUSH,
                            subscription(i % 2 == 0 ? "https://203.0.113.7/push/" + i : "http://x/" + i, p256dh, AUTH));
            if (last.statusCode() == 204) {
                accepted++;
            }
            if (last.statusCode() == 429) {
                break;
            }
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(last.body()).contains("quá 10 yêu cầu bật thông báo đẩy trong một giờ");
        assertThat(accepted).isEqualTo(5);
        assertThat(rows(m.id())).isEqualTo(5);
        Member other = member();
        assertThat(other.browser()
                        .postJson(
                                NotificationsRoutes.PUSH,
                                subscription("https://203.0.113.7/push/" + UUID.randomUUID(), p256dh, AUTH))
                        .statusCode())
                .as("another account is not held up")
                .isEqualTo(204);
    }

    @Test
    void aMemberChoosesChannelsAndQuietHours() {
        Member m = member();

        HttpResponse<String> saved = m.browser()
                .postForm(
                        NotificationsRoutes.SETTINGS,
                        Map.of("push", "true", "email", "true", "quietFrom", "21:30", "quietUntil", "06:00"));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT email, zalo, push, quiet_from::text, quiet_until::text FROM ntf_preference"
                                + " WHERE member_id = ?")
                        .param(m.id())
                        .query((rs, n) -> rs.getBoolean(1) + " " + rs.getBoolean(2) + " " + rs.getBoolean(3) + " "
                                + rs.getString(4) + "-" + rs.getString(5))
                        .single())
                .isEqualTo("true false true 21:30:00-06:00:00");
        HttpResponse<String> page = m.browser().get(NotificationsRoutes.SETTINGS + "?da-luu=1");
        assertThat(page.body()).contains("Đã lưu lựa chọn của bạn.", "value=\"21:30\"", "value=\"06:00\"");

        HttpResponse<String> wrong =
                m.browser().postForm(NotificationsRoutes.SETTINGS, Map.of("quietFrom", "21:30", "quietUntil", ""));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("cần cả giờ bắt đầu và giờ kết thúc");
        assertThat(m.browser()
                        .postForm(NotificationsRoutes.SETTINGS, Map.of("quietFrom", "25:00", "quietUntil", "06:00"))
                        .statusCode())
                .isEqualTo(400);
    }
}
