package vn.lantoa.sharing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.notifications.NotificationFixtures;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.Role;
import vn.lantoa.sharing.DirectiveUrgency;

/** Members hear of campaigns that start and of directives to their unit, in their inbox. */
@LanToaIntegrationTest
class SharingNoticesTests {

    @Autowired
    CampaignAnnouncer announcer;

    @Autowired
    Directives directives;

    @Autowired
    JdbcClient jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private List<String> subjectsOf(long member) {
        return jdbc.sql("SELECT subject FROM ntf_notice WHERE member_id = ? ORDER BY id")
                .param(member)
                .query(String.class)
                .list();
    }

    private long campaign(long unit, String title, String startsIn) {
        long id = jdbc.sql("""
                INSERT INTO shr_campaign (title, topic_id, owner_unit_id, created_by, starts_at, ends_at)
                VALUES (?, (SELECT min(id) FROM shr_topic), ?, 0, now() + CAST(? AS interval), now() + interval '7 days')
                RETURNING id""").params(title, unit, startsIn).query(Long.class).single();
        jdbc.sql("INSERT INTO shr_campaign_target (campaign_id, unit_id) VALUES (?, ?)")
                .params(id, unit)
                .update();
        return id;
    }

    private void announceAll() {
        for (int round = 0; round < 100 && announcer.announceDue() > 0; round++) {
            // other classes' campaigns may be due too
        }
    }

    @Test
    void theTargetedMembersAreToldOnceWhenACampaignStarts() {
        long unit = NotificationFixtures.unit(jdbc, "Chi bộ thông báo " + run);
        long member = NotificationFixtures.member(jdbc, unit, "Ngô Văn Đợt " + run, null, null);
        long outsider = NotificationFixtures.member(jdbc, "Người ngoài " + run, null, null);
        long started = campaign(unit, "Đợt đã bắt đầu " + run, "-1 minute");
        campaign(unit, "Đợt sắp tới " + run, "1 day");

        announceAll();
        announceAll();

        assertThat(subjectsOf(member)).containsExactly("Đợt tuyên truyền mới: Đợt đã bắt đầu " + run);
        assertThat(subjectsOf(outsider)).isEmpty();
        assertThat(jdbc.sql("SELECT announced_at IS NOT NULL FROM shr_campaign WHERE id = ?")
                        .param(started)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void theMembersOfTheUnitsADirectiveIsSentToAreTold() {
        long unit = NotificationFixtures.unit(jdbc, "Chi bộ văn bản " + run);
        long member = NotificationFixtures.member(jdbc, unit, "Đỗ Thị Văn " + run, null, null);
        long outsider = NotificationFixtures.member(jdbc, "Người ngoài văn bản " + run, null, null);
        CurrentUser admin = new CurrentUser(0, "test", "Kiểm thử", Set.of(Role.ADMIN), null);

        long id = directives.send(
                admin, "Về việc tuyên truyền " + run, "Các chi bộ tổ chức quán triệt trước ngày 15.", List.of(unit));

        assertThat(subjectsOf(member)).containsExactly("Văn bản chỉ đạo: Về việc tuyên truyền " + run);
        assertThat(jdbc.sql("SELECT body FROM ntf_notice WHERE member_id = ? AND dedup_key = ?")
                        .params(member, "sharing:directive:" + id + ":" + member)
                        .query(String.class)
                        .single())
                .contains("Các chi bộ tổ chức quán triệt trước ngày 15.");
        assertThat(subjectsOf(outsider)).isEmpty();
    }

    @Test
    void anUrgentDirectiveToldTheMembersAsUrgentAndSaysSoInItsSubjectANormalOneDoesNot() {
        long unit = NotificationFixtures.unit(jdbc, "Chi bộ khẩn " + run);
        long member = NotificationFixtures.member(jdbc, unit, "Lê Văn Khẩn " + run, null, null);
        CurrentUser admin = new CurrentUser(0, "test", "Kiểm thử", Set.of(Role.ADMIN), null);

        long urgent = directives.send(
                admin,
                "Phản bác tin sai " + run,
                "Triển khai ngay.",
                List.of(unit),
                null,
                DirectiveUrgency.VERY_URGENT);
        long normal = directives.send(admin, "Kế hoạch tháng " + run, "Thực hiện trong tháng.", List.of(unit));

        record Told(String subject, boolean urgent) {}
        java.util.function.LongFunction<Told> told =
                id -> jdbc.sql("SELECT subject, urgent FROM ntf_notice WHERE member_id = ? AND dedup_key = ?")
                        .params(member, "sharing:directive:" + id + ":" + member)
                        .query((rs, n) -> new Told(rs.getString(1), rs.getBoolean(2)))
                        .single();
        assertThat(told.apply(urgent))
                .isEqualTo(new Told("Thượng khẩn – Văn bản chỉ đạo: Phản bác tin sai " + run, true));
        assertThat(told.apply(normal)).isEqualTo(new Told("Văn bản chỉ đạo: Kế hoạch tháng " + run, false));
    }
}
