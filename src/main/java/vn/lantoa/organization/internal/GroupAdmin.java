package vn.lantoa.organization.internal;

import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.organization.GroupId;
import vn.lantoa.organization.GroupSummary;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.NotFoundException;

/** Sharing groups in the user's scope: list, create, members and leaders. */
@Service
public class GroupAdmin {

    static final Set<String> CHANNELS = Set.of("ZALO", "FACEBOOK", "OTHER");

    private final JdbcClient jdbc;
    private final OrgAccess access;
    private final ApplicationEventPublisher events;

    GroupAdmin(JdbcClient jdbc, OrgAccess access, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
    }

    public record GroupRow(long id, String name, String unitName, String channel, long members) {}

    public record GroupMember(long memberId, String fullName, String unitName, boolean leader) {}

    public List<GroupRow> list(CurrentUser user) {
        String prefix = access.prefix(user);
        return jdbc.sql("""
                SELECT g.id, g.name, u.name AS unit_name, g.channel,
                       (SELECT count(*) FROM org_group_member gm WHERE gm.group_id = g.id) AS members
                FROM org_sharing_group g JOIN org_unit u ON u.id = g.unit_id
                WHERE (CAST(? AS TEXT) IS NULL OR u.path LIKE ? || '%') ORDER BY g.name, g.id""").params(prefix, prefix).query(GroupRow.class).list();
    }

    public GroupSummary get(CurrentUser user, long id) {
        GroupSummary group = jdbc.sql(
                        "SELECT id, unit_id, name, channel, invite_link FROM org_sharing_group WHERE id = ?")
                .param(id)
                .query((rs, n) -> JdbcUnitDirectory.group(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException());
        access.requireVisible(user, group.unitId().value());
        return group;
    }

    public List<GroupMember> members(CurrentUser user, long id) {
        get(user, id);
        return jdbc.sql("""
                SELECT m.id AS member_id, m.full_name, u.name AS unit_name, gm.leader
                FROM org_group_member gm JOIN org_member m ON m.id = gm.member_id JOIN org_unit u ON u.id = m.unit_id
                WHERE gm.group_id = ? ORDER BY gm.leader DESC, m.full_name""").param(id).query(GroupMember.class).list();
    }

    @Transactional
    public GroupId create(CurrentUser user, Long unitId, String name, String channel, String inviteLink) {
        if (unitId == null) {
            throw new OrgValidationException("organization.error.unit");
        }
        access.requireVisible(user, unitId);
        String clean = UnitAdmin.requireName(name);
        if (channel == null || !CHANNELS.contains(channel)) {
            throw new OrgValidationException("organization.error.channel");
        }
        String link = inviteLink == null || inviteLink.isBlank() ? null : inviteLink.strip();
        if (link != null && !link.matches("https?://\\S{1,300}")) {
            throw new OrgValidationException("organization.error.links");
        }
        long id = jdbc.sql("""
                INSERT INTO org_sharing_group (unit_id, name, channel, invite_link) VALUES (?, ?, ?, ?) RETURNING id""")
                .params(unitId, clean, channel, link)
                .query(Long.class)
                .single();
        events.publishEvent(AuditEvent.of("group.create", "group", id, clean));
        return new GroupId(id);
    }

    /** Adds a member of the user's scope (idempotent; a repeat only updates the leader flag). */
    @Transactional
    public void addMember(CurrentUser user, long groupId, long memberId, boolean leader) {
        get(user, groupId);
        Long unit = jdbc.sql("SELECT unit_id FROM org_member WHERE id = ?")
                .param(memberId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException());
        access.requireVisible(user, unit);
        jdbc.sql("""
                INSERT INTO org_group_member (group_id, member_id, leader) VALUES (?, ?, ?)
                ON CONFLICT (group_id, member_id) DO UPDATE SET leader = excluded.leader""").params(groupId, memberId, leader).update();
        events.publishEvent(AuditEvent.of("group.member.add", "group", groupId, "member " + memberId));
    }

    @Transactional
    public void removeMember(CurrentUser user, long groupId, long memberId) {
        get(user, groupId);
        jdbc.sql("DELETE FROM org_group_member WHERE group_id = ? AND member_id = ?")
                .params(groupId, memberId)
                .update();
        events.publishEvent(AuditEvent.of("group.member.remove", "group", groupId, "member " + memberId));
    }
}
