package vn.lantoa.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lantoa.notifications.Recipient;
import vn.lantoa.platform.internal.db.OwnDatabase;
import vn.lantoa.platform.internal.reliability.AppProcess;

/**
 * Issue 16, "notifications outbox": 1,000 notices committed to the outbox (500 to e-mail addresses,
 * 500 to phones for Zalo), the application in a JVM of its own delivering them to a real SMTP server
 * (GreenMail) and the Zalo stub, {@code kill -9} of that JVM after about 300 have gone out, a
 * restart. Every notice arrives, every delivery row says SENT, none failed; a message sent again
 * because the JVM died between sending it and recording it carries the same Message-ID (e-mail) or
 * {@code tracking_id} (Zalo), so the receiver knows it for the same message. Run by
 * {@code .ci/reliability}, not by {@code ./mvnw verify}.
 */
class OutboxAcrossKillRun {

    static final int NOTICES = 1_000;
    static final int KILL_AFTER = 300;
    static final int BATCH = 20;

    @TempDir
    static Path dir;

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final ZaloStub ZALO = new ZaloStub();
    static AppProcess app;

    @BeforeAll
    static void start() {
        SMTP.start();
        ZALO.delay(5);
        app = AppProcess.start(
                "outbox",
                dir.resolve("data"),
                OwnDatabase.freePort(),
                List.of(
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + SMTP.getSmtp().getPort(),
                        "--lantoa.notifications.zalo.enabled=true",
                        "--lantoa.notifications.zalo.base-url=" + ZALO.baseUrl(),
                        "--lantoa.notifications.zalo.access-token=zalo-token-reliability",
                        "--lantoa.notifications.zalo.template-id=tpl-reliability",
                        "--lantoa.notifications.dispatcher.interval=200ms",
                        "--lantoa.notifications.dispatcher.batch-size=" + BATCH,
                        // a claimed delivery of the killed JVM is taken again 10 s later (not 5 min)
                        "--lantoa.notifications.dispatcher.lease=10s",
                        "--lantoa.site.base-url=https://lantoa.example.vn"),
                Duration.ofMinutes(3));
        app.awaitDemoData(Duration.ofMinutes(2));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        SMTP.stop();
        ZALO.close();
    }

    @Test
    void everyNoticeCommittedBeforeTheKillIsDeliveredAndASecondSendIsKnownForTheSame() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String subject = "Thông báo kiểm thử " + run;
        List<Long> notices = commitNotices(run, subject);

        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (received(subject) < KILL_AFTER && System.nanoTime() < deadline) {
            AppProcess.pause(Duration.ofMillis(20));
        }
        int atKill = received(subject);
        long killed = System.nanoTime();
        app.killJvm();
        int sentWhenKilled = count(notices, "SENT");
        Duration restart = app.restart(Duration.ofMinutes(3));
        while (count(notices, "SENT") + count(notices, "FAILED") + count(notices, "SKIPPED") < NOTICES
                && System.nanoTime() < deadline) {
            AppProcess.pause(Duration.ofMillis(100));
        }
        double allSent = (System.nanoTime() - killed) / 1e9;

        List<String> messageIds = new ArrayList<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (subjectOf(m).equals(subject)) {
                messageIds.add(m.getMessageID());
            }
        }
        List<String> trackingIds = ZALO.calls().stream()
                .filter(c -> c.body().contains(run))
                .map(ZaloStub.Call::trackingId)
                .toList();
        Set<String> expectedMail = new HashSet<>();
        Set<String> expectedZalo = new HashSet<>();
        Map<String, Integer> statuses = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(app.embeddedJdbcUrl(), "postgres", "");
                PreparedStatement q =
                        db.prepareStatement("SELECT id, channel, status FROM ntf_delivery WHERE notice_id = ANY (?)")) {
            q.setArray(1, db.createArrayOf("bigint", notices.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (rs.getString(2).equals("EMAIL")) {
                        expectedMail.add("<lantoa.delivery." + id + "@lantoa.example.vn>");
                    } else {
                        expectedZalo.add("lantoa-" + id);
                    }
                    statuses.merge(rs.getString(3), 1, Integer::sum);
                }
            }
        }
        int mailDuplicates = messageIds.size() - new HashSet<>(messageIds).size();
        int zaloDuplicates = trackingIds.size() - new HashSet<>(trackingIds).size();
        System.out.printf(
                "[outbox] %,d notices committed; kill -9 of the JVM after %,d had arrived (%,d recorded as sent); "
                        + "restart to healthy %.1f s, all %,d recorded %.1f s after the kill: deliveries %s; "
                        + "arrived: %,d e-mails (%,d distinct Message-IDs), %,d Zalo messages (%,d distinct "
                        + "tracking ids); sent twice because the JVM died between sending and recording: %d e-mail, "
                        + "%d Zalo, each with the same identifier%n",
                NOTICES,
                atKill,
                sentWhenKilled,
                restart.toMillis() / 1000.0,
                NOTICES,
                allSent,
                statuses,
                messageIds.size(),
                new HashSet<>(messageIds).size(),
                trackingIds.size(),
                new HashSet<>(trackingIds).size(),
                mailDuplicates,
                zaloDuplicates);

        assertThat(atKill).as("killed half-way, not at the end").isBetween(1, NOTICES - 1);
        assertThat(statuses).as("every delivery recorded as sent").isEqualTo(Map.of("SENT", NOTICES));
        assertThat(new HashSet<>(messageIds)).as("every e-mail arrived").isEqualTo(expectedMail);
        assertThat(new HashSet<>(trackingIds)).as("every Zalo message arrived").isEqualTo(expectedZalo);
        // At least once: only what was on its way out when the JVM died may arrive twice.
        assertThat(mailDuplicates + zaloDuplicates).as("sent twice").isLessThanOrEqualTo(BATCH);
    }

    /** 1,000 notices in one transaction, as the modules store them (OutboxNotifications). */
    private static List<Long> commitNotices(String run, String subject) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(app.embeddedJdbcUrl(), "postgres", "")) {
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("""
                    INSERT INTO ntf_notice (recipient_key, email, phone, subject, body, link, dedup_key, created_at)
                    VALUES (?, ?, ?, ?, ?, '/thanh-vien', ?, now()) RETURNING id""")) {
                for (int i = 0; i < NOTICES; i++) {
                    Recipient to = i % 2 == 0
                            ? new Recipient.Email("nguoi.nhan." + run + "." + i + "@example.vn")
                            : new Recipient.Phone(String.format("0912%06d", i));
                    insert.setString(1, to.key());
                    insert.setString(2, to instanceof Recipient.Email e ? e.address() : null);
                    insert.setString(3, to instanceof Recipient.Phone p ? p.number() : null);
                    insert.setString(4, subject);
                    insert.setString(5, "Mời đồng chí xem thông báo " + run + " số " + i + ".");
                    insert.setString(6, "reliability:" + run + ":" + i);
                    try (ResultSet rs = insert.executeQuery()) {
                        rs.next();
                        ids.add(rs.getLong(1));
                    }
                }
            }
            db.commit();
        }
        return ids;
    }

    private static int received(String subject) {
        int mails = 0;
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (subjectOf(m).equals(subject)) {
                mails++;
            }
        }
        String run = subject.substring(subject.lastIndexOf(' ') + 1);
        return mails
                + (int) ZALO.calls().stream()
                        .filter(c -> c.body().contains(run))
                        .count();
    }

    private static String subjectOf(MimeMessage m) {
        try {
            return m.getSubject() == null ? "" : m.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }

    private static int count(List<Long> notices, String status) throws SQLException {
        try (Connection db = DriverManager.getConnection(app.embeddedJdbcUrl(), "postgres", "");
                PreparedStatement q = db.prepareStatement(
                        "SELECT count(*) FROM ntf_delivery WHERE notice_id = ANY (?) AND status = ?")) {
            q.setArray(1, db.createArrayOf("bigint", notices.toArray()));
            q.setString(2, status);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
