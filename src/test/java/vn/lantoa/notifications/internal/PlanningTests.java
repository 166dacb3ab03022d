package vn.lantoa.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.notifications.Notice;
import vn.lantoa.notifications.NotificationFixtures;
import vn.lantoa.notifications.Notifications;
import vn.lantoa.notifications.Recipient;
import vn.lantoa.platform.LanToaIntegrationTest;

/**
 * Which deliveries a notice gets, in the ordinary test context: no {@code spring.mail.host}, Zalo
 * off, no dispatcher running (the test plans by hand).
 */
@LanToaIntegrationTest
class PlanningTests {

    @Autowired
    Notifications notifications;

    @Autowired
    DeliveryPlanner planner;

    @Autowired
    JdbcClient jdbc;

    record Row(String channel, String status, String error) {}

    private List<Row> planned(String key) {
        for (int round = 0; round < 1000 && planner.plan(200) > 0; round++) {
            // other classes' notices may be waiting too
        }
        return jdbc.sql("""
                SELECT d.channel, d.status, d.last_error FROM ntf_delivery d JOIN ntf_notice n ON n.id = d.notice_id
                 WHERE n.dedup_key = ? ORDER BY d.channel""")
                .param(key)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    @Test
    void withoutAMailHostAnEmailIsSkippedWithTheReason() {
        String key = "test:" + UUID.randomUUID();
        notifications.send(new Notice(new Recipient.Email("ban.doc@example.vn"), "Tiêu đề", "Nội dung", null, key));

        assertThat(planned(key)).singleElement().satisfies(row -> {
            assertThat(row.channel()).isEqualTo("EMAIL");
            assertThat(row.status()).isEqualTo("SKIPPED");
            assertThat(row.error()).contains("spring.mail.host");
        });
    }

    @Test
    void aMemberIsReachedOnTheChannelsTheirRecordHasAndAlwaysInTheInbox() {
        long withPhone = NotificationFixtures.member(jdbc, "Có điện thoại", null, NotificationFixtures.phone());
        long withNothing = NotificationFixtures.member(jdbc, "Không liên lạc", null, null);
        String key = "test:" + UUID.randomUUID();
        notifications.send(new Notice(new Recipient.Member(withPhone), "Tiêu đề", "Nội dung", null, key));
        notifications.send(new Notice(new Recipient.Member(withNothing), "Tiêu đề", "Nội dung", null, key));

        assertThat(planned(key)).singleElement().satisfies(row -> {
            assertThat(row.channel()).isEqualTo("ZALO");
            assertThat(row.status()).isEqualTo("SKIPPED");
            assertThat(row.error()).contains("lantoa.notifications.zalo.enabled");
        });
        assertThat(jdbc.sql("SELECT count(*) FROM ntf_notice WHERE dedup_key = ? AND planned_at IS NOT NULL")
                        .param(key)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aMemberWithoutAConsentDateIsToldInTheInboxOnlyAndTheAdminSeesWhy() {
        long member = NotificationFixtures.member(
                jdbc, "Chưa đồng ý", "chua.dong.y@example.vn", NotificationFixtures.phone());
        jdbc.sql("UPDATE org_member SET consent_at = NULL WHERE id = ?")
                .param(member)
                .update();
        String key = "test:" + UUID.randomUUID();
        notifications.send(new Notice(new Recipient.Member(member), "Tiêu đề", "Nội dung", null, key));

        assertThat(planned(key)).hasSize(2).allSatisfy(row -> {
            assertThat(row.status()).isEqualTo("SKIPPED");
            assertThat(row.error()).contains("consent");
        });
        assertThat(jdbc.sql("SELECT count(*) FROM ntf_notice WHERE dedup_key = ? AND member_id = ?")
                        .params(key, member)
                        .query(Long.class)
                        .single())
                .as("the notice is in the member's inbox")
                .isEqualTo(1);
    }

    @Test
    void aMemberWhoLeftIsToldInTheInboxOnly() {
        long left =
                NotificationFixtures.member(jdbc, "Đã chuyển đi", "da.chuyen@example.vn", NotificationFixtures.phone());
        jdbc.sql("UPDATE org_member SET status = 'LEFT' WHERE id = ?")
                .param(left)
                .update();
        String key = "test:" + UUID.randomUUID();
        notifications.send(new Notice(new Recipient.Member(left), "Tiêu đề", "Nội dung", null, key));

        assertThat(planned(key)).isEmpty();
    }
}
