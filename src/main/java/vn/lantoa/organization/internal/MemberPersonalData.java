package vn.lantoa.organization.internal;

import static vn.lantoa.platform.PersonalData.at;
import static vn.lantoa.platform.PersonalData.text;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.PersonalData;

/** A member's record and sharing groups; erasing replaces the name and drops the contacts. */
@Component
@Order(20)
class MemberPersonalData implements PersonalData.Source {

    private final JdbcClient jdbc;

    MemberPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonalData.Section> of(PersonalData.Subject subject) {
        if (subject.memberId() == null) {
            return List.of();
        }
        List<List<String>> member = jdbc.sql("""
                        SELECT m.full_name, m.phone, m.email, u.name, k.name, m.status, m.profile_links,
                               m.consent_at, m.created_at
                          FROM org_member m JOIN org_unit u ON u.id = m.unit_id
                          JOIN org_member_kind k ON k.id = m.kind_id
                         WHERE m.id = ?""")
                .param(subject.memberId())
                .query((rs, n) -> List.of(
                        text(rs.getString(1)),
                        text(rs.getString(2)),
                        text(rs.getString(3)),
                        text(rs.getString(4)),
                        text(rs.getString(5)),
                        text(rs.getString(6)),
                        text(rs.getString(7)),
                        at(rs.getTimestamp(8)),
                        at(rs.getTimestamp(9))))
                .list();
        if (member.isEmpty()) {
            return List.of();
        }
        List<List<String>> groups = jdbc.sql("""
                        SELECT g.name, g.channel, gm.leader FROM org_group_member gm
                          JOIN org_sharing_group g ON g.id = gm.group_id
                         WHERE gm.member_id = ? ORDER BY g.name""")
                .param(subject.memberId())
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getBoolean(3) ? "✓" : ""))
                .list();
        return List.of(
                new PersonalData.Section(
                        "member",
                        "personalData.member",
                        List.of(
                                "personalData.member.name",
                                "personalData.member.phone",
                                "personalData.member.email",
                                "personalData.member.unit",
                                "personalData.member.kind",
                                "personalData.member.status",
                                "personalData.member.profileLinks",
                                "personalData.member.consent",
                                "personalData.member.created"),
                        member),
                new PersonalData.Section(
                        "groups",
                        "personalData.groups",
                        List.of(
                                "personalData.groups.name",
                                "personalData.groups.channel",
                                "personalData.groups.leader"),
                        groups));
    }

    /**
     * The record stays (the member's actions are still counted for the unit), with a placeholder
     * for the name and nothing else that identifies the person; the member has left.
     */
    @Override
    public int erase(PersonalData.Subject subject) {
        if (subject.memberId() == null) {
            return 0;
        }
        return jdbc.sql("""
                        UPDATE org_member SET full_name = 'Thành viên đã xóa #' || id, phone = NULL, email = NULL,
                               profile_links = NULL, consent_at = NULL, status = 'LEFT', updated_at = now()
                         WHERE id = ?""").param(subject.memberId()).update();
    }
}
