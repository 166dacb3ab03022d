package vn.lantoa.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lantoa.notifications.Mails;
import vn.lantoa.notifications.Notice;
import vn.lantoa.notifications.NotificationFixtures;
import vn.lantoa.notifications.Notifications;
import vn.lantoa.notifications.OneTimeLinks;
import vn.lantoa.notifications.Recipient;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.LanToaProperties;

/**
 * Delivery end to end: a real SMTP server (GreenMail) and a stand-in for Zalo's notification
 * service, both on loopback ports, with the dispatcher running every 100 ms. The context is closed
 * after the class so its dispatcher stops with the servers.
 */
@LanToaIntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DeliveryTests {

    static final String TOKEN = "zalo-token-" + UUID.randomUUID();
    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final ZaloStub ZALO = new ZaloStub();

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) {
        registry.add("lantoa.notifications.dispatcher.enabled", () -> "true");
        registry.add("lantoa.notifications.dispatcher.interval", () -> "100ms");
        registry.add("lantoa.notifications.dispatcher.batch-size", () -> "5");
        registry.add("lantoa.notifications.dispatcher.max-attempts", () -> "3");
        registry.add("lantoa.notifications.dispatcher.initial-backoff", () -> "100ms");
        registry.add("lantoa.notifications.dispatcher.max-backoff", () -> "300ms");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("lantoa.notifications.zalo.enabled", () -> "true");
        registry.add("lantoa.notifications.zalo.base-url", ZALO::baseUrl);
        registry.add("lantoa.notifications.zalo.access-token", () -> TOKEN);
        registry.add("lantoa.notifications.zalo.template-id", () -> "tpl-lantoa-test");
        registry.add("lantoa.site.base-url", () -> "https://lantoa.example.vn");
    }

    @AfterAll
    static void stopServers() {
        SMTP.stop();
        ZALO.close();
    }

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LanToaProperties site;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    DeliveryPlanner planner;

    @Autowired
    DeliveryQueue queue;

    @Autowired
    List<ChannelSender> senders;

    @Autowired
    List<OneTimeLinks> oneTimeLinks;

    @Autowired
    NotificationProperties properties;

    @Autowired
    java.time.Clock clock;

    @Autowired
    NotificationsMetrics metrics;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @LocalServerPort
    int port;

    record Delivery(long id, String channel, String status, int attempts, String error) {}

    private List<Delivery> deliveries(String dedupKey) {
        return jdbc.sql("""
                SELECT d.id, d.channel, d.status, d.attempts, d.last_error FROM ntf_delivery d
                  JOIN ntf_notice n ON n.id = d.notice_id WHERE n.dedup_key = ? ORDER BY d.channel""")
                .param(dedupKey)
                .query((rs, n) ->
                        new Delivery(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5)))
                .list();
    }

    private Map<String, String> statuses(String dedupKey) {
        return deliveries(dedupKey).stream().collect(Collectors.toMap(Delivery::channel, Delivery::status));
    }

    private static ConditionFactory waiting() {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50));
    }

    private static String key() {
        return "test:" + UUID.randomUUID();
    }

    private static String international(String localPhone) {
        return "84" + localPhone.substring(1);
    }

    private static List<MimeMessage> mailTo(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            Address[] to = message.getAllRecipients();
            if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
                found.add(message);
            }
        }
        return found;
    }

    @Test
    void aMembersNoticeGoesOutByEmailWithAnAbsoluteLinkAndByZalo() throws Exception {
        String email = "tv-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        String phone = NotificationFixtures.phone();
        long member = NotificationFixtures.member(jdbc, "Nguyễn Thị Thư", email, phone);
        String key = key();

        notifications.send(new Notice(
                new Recipient.Member(member),
                "Đợt tuyên truyền mới: Mừng Đảng mừng Xuân",
                "Mời đồng chí chia sẻ bài viết của đợt.",
                "/thanh-vien",
                key));

        waiting().until(() -> statuses(key).equals(Map.of("EMAIL", "SENT", "ZALO", "SENT")));
        List<MimeMessage> mail = mailTo(email);
        assertThat(mail).hasSize(1);
        MimeMessage message = mail.getFirst();
        assertThat(message.getSubject()).isEqualTo("Đợt tuyên truyền mới: Mừng Đảng mừng Xuân");
        assertThat(((InternetAddress) message.getFrom()[0]).getPersonal())
                .isEqualTo(site.site().name());
        long delivery = jdbc.sql("SELECT d.id FROM ntf_delivery d JOIN ntf_notice n ON n.id = d.notice_id"
                        + " WHERE n.dedup_key = ? AND d.channel = 'EMAIL'")
                .param(key)
                .query(Long.class)
                .single();
        assertThat(message.getMessageID())
                .as("one Message-ID per delivery, the same on a second try")
                .isEqualTo("<lantoa.delivery." + delivery + "@lantoa.example.vn>");
        assertThat(Mails.text(message))
                .contains("Mời đồng chí chia sẻ bài viết của đợt.", "https://lantoa.example.vn/thanh-vien");
        assertThat(Mails.html(message))
                .contains("<html lang=\"vi\"", "<p>Mời đồng chí chia sẻ bài viết của đợt.</p>")
                .contains("<a href=\"https://lantoa.example.vn/thanh-vien\"");

        List<ZaloStub.Call> calls = ZALO.callsTo(international(phone));
        assertThat(calls).hasSize(1);
        assertThat(calls.getFirst().accessToken()).isEqualTo(TOKEN);
        assertThat(calls.getFirst().body())
                .contains("\"template_id\":\"tpl-lantoa-test\"", "Mừng Đảng mừng Xuân")
                .contains("https://lantoa.example.vn/thanh-vien")
                .doesNotContain(TOKEN);
    }

    @Test
    void anEmailRecipientIsToldByEmailOnly() throws Exception {
        String email = "ban.doc-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        String key = key();

        notifications.send(new Notice(
                new Recipient.Email(email),
                "Phản ánh của bạn đã được xử lý",
                "Thông tin bạn phản ánh đã được phản bác.",
                "https://bao.example.vn/bai-phan-bac",
                key));

        waiting().until(() -> statuses(key).equals(Map.of("EMAIL", "SENT")));
        assertThat(mailTo(email))
                .singleElement()
                .satisfies(m -> assertThat(Mails.text(m)).contains("https://bao.example.vn/bai-phan-bac"));
    }

    @Test
    void aZaloCallAnsweredWithAServerErrorIsTriedAgainLater() {
        String phone = NotificationFixtures.phone();
        ZALO.answer(international(phone), 500);
        String key = key();

        notifications.send(new Notice(new Recipient.Phone(phone), "Tiêu đề", "Nội dung", null, key));

        waiting().until(() -> statuses(key).equals(Map.of("ZALO", "SENT")));
        assertThat(deliveries(key).getFirst().attempts()).isEqualTo(2);
        assertThat(ZALO.callsTo(international(phone))).hasSize(2);
    }

    @Test
    void eachTryIsCountedByChannelAndOutcomeAndASentDeliveryRecordsItsTries() {
        io.micrometer.core.instrument.MeterRegistry registry = meters;
        java.util.function.Function<String, Double> zalo = outcome -> registry.get(NotificationsMetrics.DELIVERIES)
                .tag("channel", "zalo")
                .tag("outcome", outcome)
                .counter()
                .count();
        var triesOfSent = registry.get(NotificationsMetrics.ATTEMPTS)
                .tag("channel", "zalo")
                .tag("outcome", "sent")
                .summary();
        double retries = zalo.apply("retry");
        double sent = zalo.apply("sent");
        long sentCount = triesOfSent.count();
        double sentTries = triesOfSent.totalAmount();
        String phone = NotificationFixtures.phone();
        ZALO.answer(international(phone), 500);
        String key = key();

        notifications.send(new Notice(new Recipient.Phone(phone), "Tiêu đề", "Nội dung", null, key));

        waiting().until(() -> statuses(key).equals(Map.of("ZALO", "SENT")));
        waiting().until(() -> zalo.apply("sent") >= sent + 1);
        assertThat(zalo.apply("retry")).isGreaterThanOrEqualTo(retries + 1);
        assertThat(triesOfSent.count()).isGreaterThanOrEqualTo(sentCount + 1);
        assertThat(triesOfSent.totalAmount()).isGreaterThanOrEqualTo(sentTries + 2);
    }

    @Test
    void aZaloErrorCodeInAnOkAnswerCountsAsAFailedTry() {
        String phone = NotificationFixtures.phone();
        ZALO.answer(international(phone), 299);
        String key = key();

        notifications.send(new Notice(new Recipient.Phone(phone), "Tiêu đề", "Nội dung", null, key));

        waiting().until(() -> statuses(key).equals(Map.of("ZALO", "SENT")));
        assertThat(deliveries(key).getFirst().attempts()).isEqualTo(2);
    }

    @Test
    void aRequestZaloRefusesIsGivenUpAtOnce() {
        String phone = NotificationFixtures.phone();
        ZALO.answer(international(phone), 400, 400, 400);
        String key = key();

        notifications.send(new Notice(new Recipient.Phone(phone), "Tiêu đề", "Nội dung", null, key));

        waiting().until(() -> statuses(key).equals(Map.of("ZALO", "FAILED")));
        assertThat(deliveries(key).getFirst()).satisfies(d -> {
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.error()).contains("HTTP 400");
        });
    }

    @Test
    void aDeliveryIsGivenUpAfterMaxAttemptsAndTheAdminCanSendItAgain() {
        String phone = NotificationFixtures.phone();
        ZALO.answer(international(phone), 500, 503, 500, 500, 500);
        String key = key();

        notifications.send(new Notice(new Recipient.Phone(phone), "Tiêu đề hỏng", "Nội dung", null, key));

        waiting().until(() -> statuses(key).equals(Map.of("ZALO", "FAILED")));
        Delivery failed = deliveries(key).getFirst();
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.error()).contains("HTTP 500").doesNotContain(TOKEN);
        assertThat(ZALO.callsTo(international(phone))).hasSize(3);

        Browser editor = new Browser(port);
        editor.signIn("bientap", LanToaIntegrationTest.DEMO_PASSWORD);
        assertThat(editor.get("/quan-tri/thong-bao").statusCode()).isEqualTo(403);

        ZALO.answer(international(phone));
        Browser admin = new Browser(port);
        admin.signIn("quantri", LanToaIntegrationTest.DEMO_PASSWORD);
        HttpResponse<String> page = admin.get("/quan-tri/thong-bao");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"giao-" + failed.id() + "\"", "Zalo HTTP 500", "Tiêu đề hỏng");
        assertThat(page.body()).doesNotContain(phone, TOKEN);

        HttpResponse<String> retried = admin.postForm("/quan-tri/thong-bao/" + failed.id() + "/gui-lai", Map.of());
        assertThat(retried.statusCode()).isEqualTo(302);
        waiting().until(() -> statuses(key).equals(Map.of("ZALO", "SENT")));
        assertThat(ZALO.callsTo(international(phone))).hasSize(4);
        assertThat(jdbc.sql("SELECT count(*) FROM acc_audit_log WHERE action = 'notification.retry' AND target_id = ?")
                        .param(String.valueOf(failed.id()))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(admin.postForm("/quan-tri/thong-bao/" + failed.id() + "/gui-lai", Map.of())
                        .statusCode())
                .as("only a failed or skipped delivery can be sent again")
                .isEqualTo(404);
    }

    @Test
    void twoDispatchersOnOneDatabaseNeverSendOneDeliveryTwice() throws Exception {
        Dispatcher second = new Dispatcher(planner, queue, senders, oneTimeLinks, properties, site, clock, metrics);
        List<String> phones = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        String batch = key();
        for (int i = 0; i < 30; i++) {
            String phone = NotificationFixtures.phone();
            phones.add(phone);
            keys.add(batch + ":" + i);
            notifications.send(
                    new Notice(new Recipient.Phone(phone), "Tiêu đề " + i, "Nội dung", null, batch + ":" + i));
        }
        ZALO.delay(5);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> claimed = new ArrayList<>();
            for (Dispatcher d : List.of(dispatcher, second)) {
                claimed.add(pool.submit(() -> {
                    start.await();
                    int total = 0;
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    while (System.nanoTime() < deadline && pendingOf(batch) > 0) {
                        total += d.runOnce();
                    }
                    return total;
                }));
            }
            start.countDown();
            int byTheTwo = 0;
            for (Future<Integer> f : claimed) {
                byTheTwo += f.get(60, TimeUnit.SECONDS);
            }
            assertThat(byTheTwo).isPositive();
        } finally {
            ZALO.delay(0);
            pool.shutdownNow();
        }
        waiting().until(() -> pendingOf(batch) == 0);
        for (int i = 0; i < phones.size(); i++) {
            assertThat(statuses(keys.get(i))).as(keys.get(i)).isEqualTo(Map.of("ZALO", "SENT"));
            assertThat(ZALO.callsTo(international(phones.get(i))))
                    .as(phones.get(i))
                    .hasSize(1);
        }
    }

    @Test
    void concurrentClaimsNeverTakeOneDeliveryTwice() throws Exception {
        // deliveries of this test only: due in a day, so the running dispatcher leaves them alone,
        // and claimed "two days from now" by eight threads released at once
        Instant later = clock.instant().plus(Duration.ofDays(2));
        String batch = key();
        List<Long> mine = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            long notice = jdbc.sql("""
                            INSERT INTO ntf_notice (recipient_key, phone, subject, body, dedup_key, created_at, planned_at)
                            VALUES (?, '0900000000', 'Tiêu đề', 'Nội dung', ?, now(), now()) RETURNING id""")
                    .params("phone:claim-" + i, batch + ":" + i)
                    .query(Long.class)
                    .single();
            mine.add(jdbc.sql("""
                            INSERT INTO ntf_delivery (notice_id, channel, address, status, next_attempt_at,
                                                      created_at, updated_at)
                            VALUES (?, 'ZALO', '0900000000', 'PENDING', now() + interval '1 day', now(), now())
                            RETURNING id""").param(notice).query(Long.class).single());
        }
        int threads = 8;
        CyclicBarrier barrier = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Long> claimed = new CopyOnWriteArrayList<>();
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                runs.add(pool.submit(() -> {
                    barrier.await(10, TimeUnit.SECONDS);
                    List<DeliveryQueue.Claimed> got;
                    do {
                        got = queue.claim(later, later.plus(Duration.ofMinutes(5)), 7);
                        got.forEach(c -> claimed.add(c.id()));
                    } while (!got.isEmpty());
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
            // whatever else was claimed "in two days" is given back as it was
            jdbc.sql("UPDATE ntf_delivery SET next_attempt_at = now(), attempts = attempts - 1"
                            + " WHERE id IN (:ids) AND id NOT IN (:mine)")
                    .param("ids", claimed.isEmpty() ? List.of(-1L) : List.copyOf(claimed))
                    .param("mine", mine)
                    .update();
            jdbc.sql("DELETE FROM ntf_notice WHERE dedup_key LIKE ?")
                    .param(batch + ":%")
                    .update();
        }
        assertThat(claimed.stream().filter(mine::contains).toList())
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(mine);
    }

    private long pendingOf(String batch) {
        return jdbc.sql("""
                SELECT count(*) FROM ntf_notice n LEFT JOIN ntf_delivery d ON d.notice_id = n.id
                 WHERE n.dedup_key LIKE ? AND (d.id IS NULL OR d.status = 'PENDING')""").param(batch + ":%").query(Long.class).single();
    }
}
