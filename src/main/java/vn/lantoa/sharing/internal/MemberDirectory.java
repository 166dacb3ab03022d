package vn.lantoa.sharing.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What sharing needs to know about members and units. TEMPORARY: reads org tables until the organization API lands. */
@Component
public class MemberDirectory {

    private final JdbcClient jdbc;

    MemberDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Profile(long memberId, String fullName, long unitId, String unitName) {}

    Optional<Profile> profile(long memberId) {
        return jdbc.sql("""
                SELECT m.id, m.full_name, m.unit_id, u.name FROM org_member m JOIN org_unit u ON u.id = m.unit_id
                 WHERE m.id = ? AND m.status = 'ACTIVE'""")
                .param(memberId)
                .query((rs, n) -> new Profile(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
                .optional();
    }

    /** The unit and all its ancestors. */
    List<Long> ancestry(long unitId) {
        String path = jdbc.sql("SELECT path FROM org_unit WHERE id = ?")
                .param(unitId)
                .query(String.class)
                .single();
        return java.util.Arrays.stream(path.split("/"))
                .filter(s -> !s.isEmpty())
                .map(Long::valueOf)
                .toList();
    }

    List<Long> groupsOf(long memberId) {
        return jdbc.sql("SELECT group_id FROM org_group_member WHERE member_id = ?")
                .param(memberId)
                .query(Long.class)
                .list();
    }

    /** The unit ids of a subtree (the scope of a back-office user). */
    List<Long> subtree(long rootUnitId) {
        return jdbc.sql("""
                SELECT u.id FROM org_unit u, org_unit r WHERE r.id = ? AND u.path LIKE r.path || '%'""").param(rootUnitId).query(Long.class).list();
    }

    List<Long> groupsInUnits(List<Long> unitIds) {
        return jdbc.sql("SELECT id FROM org_sharing_group WHERE unit_id IN (:units)")
                .param("units", unitIds.isEmpty() ? List.of(-1L) : unitIds)
                .query(Long.class)
                .list();
    }

    public record UnitOption(long id, String name, int depth) {}

    public record GroupOption(long id, String name, long unitId) {}

    /** The units of a subtree in tree order, for pickers. */
    List<UnitOption> unitsOf(List<Long> unitIds) {
        return jdbc.sql("""
                SELECT id, name, array_length(string_to_array(trim(both '/' from path), '/'), 1) - 1 AS depth
                  FROM org_unit WHERE id IN (:ids) AND closed_at IS NULL ORDER BY path""")
                .param("ids", unitIds.isEmpty() ? List.of(-1L) : unitIds)
                .query((rs, n) -> new UnitOption(rs.getLong(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    List<GroupOption> groupOptions(List<Long> unitIds) {
        return jdbc.sql("SELECT id, name, unit_id FROM org_sharing_group WHERE unit_id IN (:ids) ORDER BY name")
                .param("ids", unitIds.isEmpty() ? List.of(-1L) : unitIds)
                .query((rs, n) -> new GroupOption(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /** Every unit id (for ADMIN). */
    List<Long> allUnits() {
        return jdbc.sql("SELECT id FROM org_unit").query(Long.class).list();
    }

    Optional<Long> firstRoot() {
        return jdbc.sql("SELECT id FROM org_unit WHERE parent_id IS NULL ORDER BY id LIMIT 1")
                .query(Long.class)
                .optional();
    }

    public record MemberRow(long memberId, String fullName, long unitId, String unitName) {}

    /** Active members of the units and groups (a campaign's audience). */
    List<MemberRow> audience(List<Long> unitIdsWithSubtrees, List<Long> groupIds) {
        return jdbc.sql("""
                SELECT DISTINCT m.id, m.full_name, m.unit_id, u.name FROM org_member m JOIN org_unit u ON u.id = m.unit_id
                 WHERE m.status = 'ACTIVE'
                   AND (m.unit_id IN (:units) OR m.id IN (SELECT member_id FROM org_group_member WHERE group_id IN (:groups)))
                 ORDER BY u.name, m.full_name""")
                .param("units", unitIdsWithSubtrees.isEmpty() ? List.of(-1L) : unitIdsWithSubtrees)
                .param("groups", groupIds.isEmpty() ? List.of(-1L) : groupIds)
                .query((rs, n) -> new MemberRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
                .list();
    }

    /** Active members per unit (each unit's own members, not its subtree). */
    java.util.Map<Long, Long> activeMemberCounts(List<Long> unitIds) {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        jdbc.sql(
                        "SELECT unit_id, count(*) FROM org_member WHERE status = 'ACTIVE' AND unit_id IN (:ids) GROUP BY unit_id")
                .param("ids", unitIds.isEmpty() ? List.of(-1L) : unitIds)
                .query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return counts;
    }

    List<Long> groupMembers(long groupId) {
        return jdbc.sql("SELECT member_id FROM org_group_member WHERE group_id = ?")
                .param(groupId)
                .query(Long.class)
                .list();
    }
}
