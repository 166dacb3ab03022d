package vn.lantoa.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lantoa.notifications.Notice;
import vn.lantoa.notifications.NotificationFixtures;
import vn.lantoa.notifications.Notifications;
import vn.lantoa.notifications.Recipient;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.MutableClock;
import vn.lantoa.platform.Role;
import vn.lantoa.platform.Zone;

/**
 * Web push end to end through the outbox, against a push service stub on a loopback port that
 * checks the VAPID token and decrypts each message with the browser's key. The test moves the
 * application's clock and runs the dispatcher's rounds itself (its timer waits an hour), so
 * retries and quiet hours follow the clock, not the wall.
 */
@LanToaIntegrationTest
@Import(PushDeliveryTests.Config.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PushDeliveryTests {

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock pushTestClock() {
            return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    static MutableClock testClock;
    static final PushServiceStub STUB = new PushServiceStub(() -> testClock.instant());
    static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void push(DynamicPropertyRegistry registry) {
        registry.add("lantoa.notifications.dispatcher.enabled", () -> "true");
        registry.add("lantoa.notifications.dispatcher.interval", () -> "1h");
        registry.add("lantoa.notifications.dispatcher.max-attempts", () -> "3");
        registry.add("lantoa.notifications.dispatcher.initial-backoff", () -> "1m");
        registry.add("lantoa.notifications.dispatcher.max-backoff", () -> "10m");
        registry.add("lantoa.notifications.push.allow-insecure-endpoints", () -> "true");
        registry.add("lantoa.notifications.push.subject", () -> "mailto:tuyengiao@example.vn");
        registry.add("lantoa.site.base-url", () -> "https://lantoa.example.vn");
    }

    @AfterAll
    static void stop() {
        STUB.close();
    }

    @Autowired
    MutableClock clock;

    @Autowired
    Notifications notifications;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    PushOptIn optIn;

    @Autowired
    Preferences preferences;

    @Autowired
    VapidKeyStore vapid;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void clockNearRealTime() {
        testClock = clock;
        clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    record Delivery(String status, int attempts, String error, OffsetDateTime due) {}

    private List<Delivery> pushDeliveries(String dedupKey) {
        return jdbc.sql("""
                SELECT d.status, d.attempts, d.last_error, d.next_attempt_at FROM ntf_delivery d
                  JOIN ntf_notice n ON n.id = d.notice_id WHERE n.dedup_key = ? AND d.channel = 'PUSH' ORDER BY d.id""")
                .param(dedupKey)
                .query((rs, n) -> new Delivery(
                        rs.getString(1), rs.getInt(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class)))
                .list();
    }

    /** Rounds of the dispatcher until nothing more is due at the clock's time. */
    private void drain() {
        for (int round = 0; round < 100 && dispatcher.runOnce() > 0; round++) {
            // more may be due
        }
    }

    /** A member with no e-mail or phone (only push can reach them) and a MEMBER account. */
    private CurrentUser member() {
        long member = NotificationFixtures.member(jdbc, "Trần Văn Đẩy", null, null);
        long account = jdbc.sql("INSERT INTO acc_user (username, display_name, password_hash, member_id)"
                        + " VALUES (?, 'Trần Văn Đẩy', 'x', ?) RETURNING id")
                .params("push-" + UUID.randomUUID().toString().substring(0, 12), member)
                .query(Long.class)
                .single();
        return new CurrentUser(account, "push", "Trần Văn Đẩy", Set.of(Role.MEMBER), null, member);
    }

    private PushServiceStub.BrowserSubscription phoneOf(CurrentUser user) {
        PushServiceStub.BrowserSubscription phone = STUB.subscribe();
        optIn.subscribe(user, phone.endpoint(), phone.p256dh(), phone.auth());
        return phone;
    }

    private static String key() {
        return "push-test:" + UUID.randomUUID();
    }

    private double pushCount(String outcome) {
        return meters.get(NotificationsMetrics.DELIVERIES)
                .tag("channel", "push")
                .tag("outcome", outcome)
                .counter()
                .count();
    }

    @Test
    void aMembersNoticeReachesTheirPhoneSignedWithVapidAndTheStubDecryptsIt() {
        CurrentUser user = member();
        PushServiceStub.BrowserSubscription phone = phoneOf(user);
        double sentBefore = pushCount("sent");
        String key = key();

        notifications.send(new Notice(
                new Recipient.Member(user.memberId()),
                "Đợt tuyên truyền mới: Mừng Đảng mừng Xuân",
                "Mời đồng chí chia sẻ bài viết của đợt.",
                "/thanh-vien",
                key));
        drain();

        assertThat(pushDeliveries(key)).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo("SENT");
            assertThat(d.attempts()).isEqualTo(1);
        });
        PushServiceStub.Received message = STUB.receivedBy(phone).getFirst();
        assertThat(STUB.receivedBy(phone)).hasSize(1);
        assertThat(message.problem()).isNull();
        assertThat(message.ttl()).isEqualTo(String.valueOf(Duration.ofDays(7).toSeconds()));
        assertThat(message.urgency()).isEqualTo("normal");
        JsonNode shown = JSON.readTree(message.plaintext());
        assertThat(shown.path("title").asString()).isEqualTo("Đợt tuyên truyền mới: Mừng Đảng mừng Xuân");
        assertThat(shown.path("body").asString()).isEqualTo("Mời đồng chí chia sẻ bài viết của đợt.");
        assertThat(shown.path("url").asString()).isEqualTo("https://lantoa.example.vn/thanh-vien");
        assertThat(jdbc.sql("SELECT last_success_at FROM ntf_push_subscription WHERE endpoint = ?")
                        .param(phone.endpoint())
                        .query(OffsetDateTime.class)
                        .single()
                        .toInstant())
                .isEqualTo(clock.instant());
        assertThat(pushCount("sent")).isEqualTo(sentBefore + 1);
    }

    @Test
    void eachPhoneOfTheMemberGetsItsOwnMessage() {
        CurrentUser user = member();
        PushServiceStub.BrowserSubscription phone = phoneOf(user);
        PushServiceStub.BrowserSubscription tablet = phoneOf(user);
        String key = key();

        notifications.send(new Notice(new Recipient.Member(user.memberId()), "Hai máy", "Nội dung", null, key));
        drain();

        assertThat(pushDeliveries(key)).extracting(Delivery::status).containsExactly("SENT", "SENT");
        for (PushServiceStub.BrowserSubscription s : List.of(phone, tablet)) {
            assertThat(STUB.receivedBy(s)).singleElement().satisfies(r -> {
                assertThat(r.problem()).isNull();
                assertThat(JSON.readTree(r.plaintext()).path("url").asString())
                        .as("no link: the member's inbox")
                        .isEqualTo("https://lantoa.example.vn/thanh-vien/thong-bao");
            });
        }
    }

    @Test
    void aSubscriptionThePushServiceNoLongerKnowsIsDropped() {
        CurrentUser user = member();
        PushServiceStub.BrowserSubscription phone = phoneOf(user);
        STUB.answer(phone, 410);
        String key = key();

        notifications.send(new Notice(new Recipient.Member(user.memberId()), "Tiêu đề", "Nội dung", null, key));
        drain();

        assertThat(pushDeliveries(key)).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo("FAILED");
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.error()).contains("410", "dropped");
        });
        assertThat(optIn.browsers(user)).isZero();
        String next = key();
        notifications.send(new Notice(new Recipient.Member(user.memberId()), "Lần sau", "Nội dung", null, next));
        drain();
        assertThat(pushDeliveries(next)).isEmpty();
        assertThat(STUB.receivedBy(phone)).hasSize(1);
    }

    @Test
    void aPushServiceThatFailsOrThrottlesIsTriedAgainByTheOutboxAndDeliversOnce() {
        CurrentUser user = member();
        PushServiceStub.BrowserSubscription phone = phoneOf(user);
        STUB.answer(phone, 500, 429);
        double retries = pushCount("retry");
        String key = key();

        notifications.send(new Notice(new Recipient.Member(user.memberId()), "Thử lại", "Nội dung", null, key));
        drain();
        assertThat(pushDeliveries(key)).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo("PENDING");
            assertThat(d.error()).contains("HTTP 500");
            assertThat(d.due().toInstant()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        });

        clock.advance(Duration.ofMinutes(1));
        drain();
        assertThat(pushDeliveries(key).getFirst().error()).contains("HTTP 429");

        clock.advance(Duration.ofMinutes(2));
        drain();
        assertThat(pushDeliveries(key)).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo("SENT");
            assertThat(d.attempts()).isEqualTo(3);
        });
        clock.advance(Duration.ofHours(1));
        drain();
        List<PushServiceStub.Received> got = STUB.receivedBy(phone);
        assertThat(got).hasSize(3).allSatisfy(r -> assertThat(r.problem()).isNull());
        assertThat(got)
                .extracting(PushServiceStub.Received::topic)
                .containsOnly(got.getFirst().topic());
        assertThat(pushCount("retry")).isEqualTo(retries + 2);
    }

    @Test
    void quietHoursHoldANoticeThatIsNotUrgentUntilTheyEnd() {
        CurrentUser user = member();
        PushServiceStub.BrowserSubscription phone = phoneOf(user);
        preferences.save(
                user.memberId(),
                new Preferences.Choice(true, true, true, new QuietHours(LocalTime.of(21, 0), LocalTime.of(6, 0))));
        // 22:00 in Vietnam tomorrow, a day ahead of the wall clock
        Instant night = clock.instant()
                .atZone(Zone.VIETNAM)
                .toLocalDate()
                .plusDays(1)
                .atTime(22, 0)
                .atZone(Zone.VIETNAM)
                .toInstant();
        clock.set(night);
        String waits = key();
        String urgent = key();

        notifications.send(new Notice(new Recipient.Member(user.memberId()), "Nhắc nhở", "Không khẩn", null, waits));
        notifications.send(
                new Notice(new Recipient.Member(user.memberId()), "Chỉ đạo khẩn", "Khẩn", null, urgent).asUrgent());
        drain();

        assertThat(pushDeliveries(urgent)).extracting(Delivery::status).containsExactly("SENT");
        assertThat(STUB.receivedBy(phone)).singleElement().satisfies(r -> {
            assertThat(r.urgency()).isEqualTo("high");
            assertThat(JSON.readTree(r.plaintext()).path("title").asString()).isEqualTo("Chỉ đạo khẩn");
        });
        Instant sixNextMorning = night.plus(Duration.ofHours(8));
        assertThat(pushDeliveries(waits)).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo("PENDING");
            assertThat(d.due().toInstant()).isEqualTo(sixNextMorning);
        });

        clock.set(sixNextMorning.minusSeconds(1));
        drain();
        assertThat(STUB.receivedBy(phone)).hasSize(1);
        clock.set(sixNextMorning);
        drain();
        assertThat(pushDeliveries(waits)).extracting(Delivery::status).containsExactly("SENT");
        assertThat(STUB.receivedBy(phone)).hasSize(2);
    }

    @Test
    void aMemberWhoTurnedPushOffIsNotPushedTo() {
        CurrentUser user = member();
        PushServiceStub.BrowserSubscription phone = phoneOf(user);
        preferences.save(user.memberId(), new Preferences.Choice(true, true, false, null));
        String key = key();

        notifications.send(new Notice(new Recipient.Member(user.memberId()), "Tiêu đề", "Nội dung", null, key));
        drain();

        assertThat(pushDeliveries(key)).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo("SKIPPED");
            assertThat(d.error()).isEqualTo(DeliveryPlanner.TURNED_OFF);
        });
        assertThat(STUB.receivedBy(phone)).isEmpty();
    }

    @Test
    void theVapidKeyPairIsMadeOnceAndKeptInTheDatabase() {
        assertThat(jdbc.sql("SELECT public_key FROM ntf_vapid_key")
                        .query(String.class)
                        .list())
                .containsExactly(vapid.publicKey());
        assertThat(optIn.publicKey()).isEqualTo(vapid.publicKey());
        assertThat(java.util.Base64.getUrlDecoder().decode(vapid.publicKey())).hasSize(65);
    }
}
