package vn.lantoa.notifications.internal;

import static vn.lantoa.platform.PersonalData.at;
import static vn.lantoa.platform.PersonalData.text;

import java.net.URI;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.PersonalData;

/**
 * A member's notification choices, the phones that receive push, and the notices sent to them.
 * Erasing deletes all three: none of it counts in any figure.
 */
@Component
@Order(50)
class NoticePersonalData implements PersonalData.Source {

    private static final int NOTICES = 500;

    private final JdbcClient jdbc;

    NoticePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonalData.Section> of(PersonalData.Subject subject) {
        if (subject.memberId() == null) {
            return List.of();
        }
        List<List<String>> choices = jdbc.sql("SELECT email, zalo, push, quiet_from, quiet_until, updated_at"
                        + " FROM ntf_preference WHERE member_id = ?")
                .param(subject.memberId())
                .query((rs, n) -> List.of(
                        rs.getBoolean(1) ? "✓" : "",
                        rs.getBoolean(2) ? "✓" : "",
                        rs.getBoolean(3) ? "✓" : "",
                        rs.getString(4) == null ? "" : rs.getString(4) + "–" + rs.getString(5),
                        at(rs.getTimestamp(6))))
                .list();
        List<List<String>> phones = jdbc.sql("SELECT endpoint, created_at, last_success_at FROM ntf_push_subscription"
                        + " WHERE member_id = ? ORDER BY created_at")
                .param(subject.memberId())
                .query((rs, n) ->
                        List.of(URI.create(rs.getString(1)).getHost(), at(rs.getTimestamp(2)), at(rs.getTimestamp(3))))
                .list();
        List<List<String>> notices = jdbc.sql("SELECT created_at, subject, read_at FROM ntf_notice WHERE member_id = ?"
                        + " ORDER BY created_at DESC LIMIT " + NOTICES)
                .param(subject.memberId())
                .query((rs, n) -> List.of(at(rs.getTimestamp(1)), text(rs.getString(2)), at(rs.getTimestamp(3))))
                .list();
        return List.of(
                new PersonalData.Section(
                        "notificationChoices",
                        "personalData.choices",
                        List.of(
                                "personalData.choices.email",
                                "personalData.choices.zalo",
                                "personalData.choices.push",
                                "personalData.choices.quiet",
                                "personalData.choices.updated"),
                        choices),
                new PersonalData.Section(
                        "pushDevices",
                        "personalData.devices",
                        List.of(
                                "personalData.devices.service",
                                "personalData.devices.created",
                                "personalData.devices.lastSuccess"),
                        phones),
                new PersonalData.Section(
                        "notices",
                        "personalData.notices",
                        List.of("personalData.notices.at", "personalData.notices.subject", "personalData.notices.read"),
                        notices));
    }

    @Override
    public int erase(PersonalData.Subject subject) {
        if (subject.memberId() == null) {
            return 0;
        }
        long member = subject.memberId();
        return jdbc.sql("DELETE FROM ntf_push_subscription WHERE member_id = ?")
                        .param(member)
                        .update()
                + jdbc.sql("DELETE FROM ntf_preference WHERE member_id = ?")
                        .param(member)
                        .update()
                // the deliveries go with their notices (ON DELETE CASCADE)
                + jdbc.sql("DELETE FROM ntf_notice WHERE member_id = ?")
                        .param(member)
                        .update();
    }
}
