package vn.lantoa.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.interaso.webpush.VapidKeys;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.platform.Zone;

/** The rules of web push without a server: endpoints, quiet hours, the VAPID token. */
class PushRulesTests {

    static NotificationProperties properties(boolean allowInsecure, List<String> services) {
        return new NotificationProperties(
                new NotificationProperties.Dispatcher(
                        true,
                        Duration.ofSeconds(10),
                        20,
                        6,
                        Duration.ofMinutes(1),
                        Duration.ofHours(6),
                        Duration.ofMinutes(5)),
                new NotificationProperties.Zalo(
                        false, "https://business.openapi.zalo.me", null, null, Duration.ofSeconds(10)),
                new NotificationProperties.Push(
                        true,
                        null,
                        null,
                        null,
                        Duration.ofSeconds(10),
                        Duration.ofDays(7),
                        10,
                        10,
                        services,
                        allowInsecure),
                null,
                true);
    }

    static final PushEndpoints PRODUCTION = new PushEndpoints(properties(
            false, List.of("fcm.googleapis.com", "*.push.apple.com", "localhost", "10.1.2.3", "203.0.113.9")));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "http://203.0.113.9/push/1, notifications.push.error.notHttps",
        "ftp://203.0.113.9/push/1, notifications.push.error.notHttps",
        "https://evil.example.com/push/1, notifications.push.error.foreign",
        "https://fcm.googleapis.com.evil.example/push/1, notifications.push.error.foreign",
        "https://push.apple.com.evil.example/x, notifications.push.error.foreign",
        "https://localhost/push/1, notifications.push.error.private",
        "https://10.1.2.3/push/1, notifications.push.error.private",
        "https://127.0.0.1/push/1, notifications.push.error.foreign",
    })
    void productionRefusesInsecureForeignAndPrivateEndpoints(String endpoint, String reason) {
        assertThat(PRODUCTION.refusal(URI.create(endpoint))).isEqualTo(reason);
    }

    @Test
    void aPublicEndpointOfAKnownServiceIsAccepted() {
        assertThat(PRODUCTION.refusal(URI.create("https://203.0.113.9/push/abc")))
                .isNull();
    }

    @ParameterizedTest
    @CsvSource({"not a url", "/relative/path", "https://user:pw@203.0.113.9/x", "https://203.0.113.9/x#frag", "''"})
    void malformedEndpointsAreRefusedAsMalformed(String endpoint) {
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[16]);
        assertThatThrownBy(() -> PRODUCTION.check(endpoint, key, key))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("notifications.push.error.malformed"));
    }

    @Test
    void testsMayUseALoopbackStubOverHttpOnlyWhenAllowed() {
        PushEndpoints tests = new PushEndpoints(properties(true, List.of("fcm.googleapis.com")));
        assertThat(tests.refusal(URI.create("http://127.0.0.1:4567/push/1"))).isNull();
        assertThat(tests.refusal(URI.create("http://evil.example.com/push/1")))
                .isEqualTo("notifications.push.error.foreign");
    }

    static Instant at(int day, int hour, int minute) {
        return LocalDate.of(2030, 1, day)
                .atTime(hour, minute)
                .atZone(Zone.VIETNAM)
                .toInstant();
    }

    @ParameterizedTest(name = "{0}:{1} → day {2} {3}:{4}")
    @CsvSource({
        "22, 0, 11, 6, 0", // after the start, the night through
        "2, 30, 10, 6, 0", // after midnight
        "6, 0, 10, 6, 0", // at the end: free
        "12, 0, 10, 12, 0", // daytime: free
        "21, 0, 11, 6, 0", // at the start
    })
    void quietHoursAcrossMidnightHoldUntilTheirEnd(int hour, int minute, int day, int outHour, int outMinute) {
        QuietHours night = new QuietHours(LocalTime.of(21, 0), LocalTime.of(6, 0));
        assertThat(night.release(at(10, hour, minute))).isEqualTo(at(day, outHour, outMinute));
    }

    @Test
    void quietHoursWithinADayHoldUntilTheirEnd() {
        QuietHours lunch = new QuietHours(LocalTime.of(11, 30), LocalTime.of(13, 30));
        assertThat(lunch.release(at(10, 12, 0))).isEqualTo(at(10, 13, 30));
        assertThat(lunch.release(at(10, 13, 30))).isEqualTo(at(10, 13, 30));
        assertThat(lunch.release(at(10, 23, 0))).isEqualTo(at(10, 23, 0));
    }

    @Test
    void theVapidTokenNamesTheEndpointsOriginAndExpiresByTheGivenClock() throws Exception {
        VapidKeys keys = VapidKeys.generate();
        Instant now = Instant.parse("2030-01-10T03:00:00Z");
        String token = VapidToken.sign(
                URI.create("https://fcm.googleapis.com:443/fcm/send/abc"),
                "mailto:a@example.vn",
                keys.getPrivateKey(),
                now);
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(claims)
                .contains("\"aud\":\"https://fcm.googleapis.com:443\"")
                .contains("\"exp\":" + now.plus(Duration.ofHours(12)).getEpochSecond())
                .contains("\"sub\":\"mailto:a@example.vn\"");
        java.security.Signature es256 = java.security.Signature.getInstance("SHA256withECDSAinP1363Format");
        es256.initVerify(keys.getPublicKey());
        es256.update((parts[0] + "." + parts[1]).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(es256.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    }

    @Test
    void configuredVapidKeysAreUsedAsGiven() {
        VapidKeys made = VapidKeys.generate();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String publicKey = b64.encodeToString(made.getApplicationServerKey());
        String privateKey =
                b64.encodeToString(VapidKeyStore.scalar(made.getPrivateKey().getS()));
        NotificationProperties base = properties(false, List.of("fcm.googleapis.com"));
        NotificationProperties configured = new NotificationProperties(
                base.dispatcher(),
                base.zalo(),
                new NotificationProperties.Push(
                        true,
                        null,
                        publicKey,
                        privateKey,
                        Duration.ofSeconds(10),
                        Duration.ofDays(7),
                        10,
                        10,
                        List.of(),
                        false),
                null,
                true);
        VapidKeyStore store = new VapidKeyStore(null, configured, java.time.Clock.systemUTC());
        assertThat(store.publicKey()).isEqualTo(publicKey);
        assertThat(store.keys().getPrivateKey().getS())
                .isEqualTo(made.getPrivateKey().getS());
    }
}
