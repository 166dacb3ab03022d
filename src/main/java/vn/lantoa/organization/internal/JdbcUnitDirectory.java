package vn.lantoa.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.lantoa.organization.GroupId;
import vn.lantoa.organization.GroupSummary;
import vn.lantoa.organization.MemberContact;
import vn.lantoa.organization.MemberId;
import vn.lantoa.organization.MemberPlacement;
import vn.lantoa.organization.MemberSummary;
import vn.lantoa.organization.UnitDirectory;
import vn.lantoa.organization.UnitId;
import vn.lantoa.organization.UnitSummary;
import vn.lantoa.platform.CurrentUser;

/** {@link UnitDirectory} on the materialised paths of {@code org_unit}. */
@Service
class JdbcUnitDirectory implements UnitDirectory {

    static final String UNIT_COLUMNS =
            "u.id, u.parent_id, u.name, k.name AS kind_name, u.path, u.closed_at IS NOT NULL AS closed";
    static final String UNIT_FROM = " FROM org_unit u JOIN org_unit_kind k ON k.id = u.kind_id ";
    static final String MEMBER_SELECT = """
            SELECT m.id, m.unit_id, m.full_name, mk.name AS kind_name, m.status = 'ACTIVE' AS active
            FROM org_member m JOIN org_member_kind mk ON mk.id = m.kind_id\s""";

    private final JdbcClient jdbc;

    JdbcUnitDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UnitSummary> unit(UnitId id) {
        return jdbc.sql("SELECT " + UNIT_COLUMNS + UNIT_FROM + "WHERE u.id = ?")
                .param(id.value())
                .query(JdbcUnitDirectory::unit)
                .optional();
    }

    @Override
    public boolean isWithin(long unitId, long scopeUnitId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM org_unit u, org_unit s
                               WHERE u.id = ? AND s.id = ? AND u.path LIKE s.path || '%')""").params(unitId, scopeUnitId).query(Boolean.class).single();
    }

    @Override
    public List<Long> subtreeIds(long unitId) {
        return jdbc.sql("""
                SELECT u.id FROM org_unit u, org_unit s
                WHERE s.id = ? AND u.path LIKE s.path || '%' ORDER BY u.path""").param(unitId).query(Long.class).list();
    }

    @Override
    public Optional<String> path(long unitId) {
        return jdbc.sql("SELECT path FROM org_unit WHERE id = ?")
                .param(unitId)
                .query(String.class)
                .optional();
    }

    @Override
    public Map<Long, String> paths() {
        Map<Long, String> out = new HashMap<>();
        jdbc.sql("SELECT id, path FROM org_unit")
                .query((rs, n) -> out.put(rs.getLong(1), rs.getString(2)))
                .list();
        return out;
    }

    @Override
    public List<UnitSummary> subtree(UnitId root) {
        return jdbc.sql("SELECT " + UNIT_COLUMNS + UNIT_FROM
                        + "WHERE u.path LIKE (SELECT path FROM org_unit WHERE id = ?) || '%' ORDER BY u.path")
                .param(root.value())
                .query(JdbcUnitDirectory::unit)
                .list();
    }

    @Override
    public List<UnitSummary> visibleUnits(CurrentUser user) {
        String prefix = scopePrefix(user);
        return jdbc.sql("SELECT " + UNIT_COLUMNS + UNIT_FROM
                        + "WHERE (CAST(? AS TEXT) IS NULL OR u.path LIKE ? || '%') ORDER BY u.path")
                .params(prefix, prefix)
                .query(JdbcUnitDirectory::unit)
                .list();
    }

    @Override
    public Optional<MemberSummary> member(MemberId id) {
        return jdbc.sql(MEMBER_SELECT + "WHERE m.id = ?")
                .param(id.value())
                .query(JdbcUnitDirectory::member)
                .optional();
    }

    @Override
    public Optional<MemberPlacement> placement(MemberId id) {
        return jdbc.sql("""
                        SELECT m.id, m.unit_id, m.status = 'ACTIVE' AS active, u.path,
                               ARRAY(SELECT gm.group_id FROM org_group_member gm
                                      WHERE gm.member_id = m.id ORDER BY gm.group_id) AS group_ids
                          FROM org_member m JOIN org_unit u ON u.id = m.unit_id
                         WHERE m.id = ?""")
                .param(id.value())
                .query((rs, n) -> new MemberPlacement(
                        new MemberId(rs.getLong("id")),
                        new UnitId(rs.getLong("unit_id")),
                        rs.getBoolean("active"),
                        unitLine(rs.getString("path")),
                        List.of((Long[]) rs.getArray("group_ids").getArray())))
                .optional();
    }

    /** {@code /1/4/9/} → 1, 4, 9. */
    static List<Long> unitLine(String path) {
        return Arrays.stream(path.split("/"))
                .filter(s -> !s.isEmpty())
                .map(Long::valueOf)
                .toList();
    }

    @Override
    public Optional<MemberContact> contactOf(MemberId id) {
        return jdbc.sql("SELECT id, nullif(btrim(email), ''), nullif(btrim(phone), ''), status = 'ACTIVE',"
                        + " consent_at IS NOT NULL FROM org_member WHERE id = ?")
                .param(id.value())
                .query((rs, n) -> new MemberContact(
                        new MemberId(rs.getLong(1)),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBoolean(4),
                        rs.getBoolean(5)))
                .optional();
    }

    @Override
    public List<GroupSummary> groupsOf(MemberId member) {
        return jdbc.sql("""
                SELECT g.id, g.unit_id, g.name, g.channel, g.invite_link FROM org_sharing_group g
                JOIN org_group_member gm ON gm.group_id = g.id WHERE gm.member_id = ? ORDER BY g.name""").param(member.value()).query((rs, n) -> group(rs)).list();
    }

    @Override
    public List<MemberSummary> membersOf(GroupId group) {
        return jdbc.sql(MEMBER_SELECT + "JOIN org_group_member gm ON gm.member_id = m.id WHERE gm.group_id = ?"
                        + " ORDER BY m.full_name")
                .param(group.value())
                .query(JdbcUnitDirectory::member)
                .list();
    }

    @Override
    public List<GroupSummary> groupsIn(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT g.id, g.unit_id, g.name, g.channel, g.invite_link FROM org_sharing_group g
                WHERE g.unit_id IN (:units) ORDER BY g.name""").param("units", unitIds).query((rs, n) -> group(rs)).list();
    }

    @Override
    public List<MemberSummary> activeMembersIn(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(MEMBER_SELECT + "WHERE m.unit_id IN (:units) AND m.status = 'ACTIVE' ORDER BY m.full_name")
                .param("units", unitIds)
                .query(JdbcUnitDirectory::member)
                .list();
    }

    @Override
    public Map<Long, Long> activeMemberCounts(Collection<Long> unitIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (unitIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("SELECT unit_id, count(*) FROM org_member WHERE unit_id = ANY(?::bigint[]) AND status = 'ACTIVE'"
                        + " GROUP BY unit_id")
                .param(unitIds.toArray(Long[]::new))
                .query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return counts;
    }

    static UnitSummary unit(ResultSet rs, int n) throws SQLException {
        Long parent = rs.getObject("parent_id", Long.class);
        return new UnitSummary(
                new UnitId(rs.getLong("id")),
                parent == null ? null : new UnitId(parent),
                rs.getString("name"),
                rs.getString("kind_name"),
                rs.getString("path"),
                rs.getBoolean("closed"));
    }

    static MemberSummary member(ResultSet rs, int n) throws SQLException {
        return new MemberSummary(
                new MemberId(rs.getLong("id")),
                new UnitId(rs.getLong("unit_id")),
                rs.getString("full_name"),
                rs.getString("kind_name"),
                rs.getBoolean("active"));
    }

    static GroupSummary group(ResultSet rs) throws SQLException {
        return new GroupSummary(
                new GroupId(rs.getLong("id")),
                new UnitId(rs.getLong("unit_id")),
                rs.getString("name"),
                rs.getString("channel"),
                rs.getString("invite_link"));
    }
}
