package vn.lantoa.sharing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.Role;
import vn.lantoa.platform.Zone;

/**
 * Participation per unit, group and period, with verified and self-reported counts side by side.
 * Counts, not people: no per-person ranking is offered.
 */
@Service
public class ParticipationReport {

    static final Set<Role> MAY_SEE = Set.of(Role.ADMIN, Role.UNIT_MANAGER, Role.EDITOR);

    /** The message keys of a row's counts, in the order of {@link Row#counts()}: the columns of every view. */
    public static final List<String> COUNT_LABELS = List.of(
            "participation.members",
            "participation.active",
            "participation.sharesVerified",
            "participation.sharesSelf",
            "participation.rebuttalsVerified",
            "participation.rebuttalsSelf");

    /** Counts of one unit or group in the period; rejected actions are not counted. */
    public record Row(
            long id,
            String name,
            int depth,
            long members,
            long activeMembers,
            long sharesVerified,
            long sharesSelfReported,
            long rebuttalsVerified,
            long rebuttalsSelfReported) {

        /** The counts in the order of {@link #COUNT_LABELS}. */
        public long[] counts() {
            return new long[] {
                members, activeMembers, sharesVerified, sharesSelfReported, rebuttalsVerified, rebuttalsSelfReported
            };
        }
    }

    /** Shares and rebuttals of the period by topic (of the campaign) and platform. */
    public record Breakdown(String topic, String platform, long shares, long rebuttals) {}

    public record Report(LocalDate from, LocalDate to, List<Row> units, List<Row> groups, List<Breakdown> breakdown) {

        /**
         * The whole scope: the units' rows added up. Each unit row counts the unit's own members and
         * actions, so no one is counted twice (unlike groups, which may share members).
         */
        public Row total() {
            return new Row(
                    0,
                    "",
                    0,
                    units.stream().mapToLong(Row::members).sum(),
                    units.stream().mapToLong(Row::activeMembers).sum(),
                    units.stream().mapToLong(Row::sharesVerified).sum(),
                    units.stream().mapToLong(Row::sharesSelfReported).sum(),
                    units.stream().mapToLong(Row::rebuttalsVerified).sum(),
                    units.stream().mapToLong(Row::rebuttalsSelfReported).sum());
        }
    }

    private final JdbcClient jdbc;
    private final MemberDirectory members;

    ParticipationReport(JdbcClient jdbc, MemberDirectory members) {
        this.jdbc = jdbc;
        this.members = members;
    }

    /** {@code from} and {@code to} are inclusive local dates (Asia/Ho_Chi_Minh). */
    @Transactional(readOnly = true)
    public Report report(CurrentUser user, LocalDate from, LocalDate to) {
        if (user.roles().stream().noneMatch(MAY_SEE::contains)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        List<Long> scope = user.isAdmin()
                ? members.allUnits()
                : user.scopeUnitId() == null ? List.of() : members.subtree(user.scopeUnitId());
        Instant start = from.atStartOfDay(Zone.VIETNAM).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(Zone.VIETNAM).toInstant();
        Map<String, Object> period = Map.of(
                "units", scope.isEmpty() ? List.of(-1L) : scope,
                "from", OffsetDateTime.ofInstant(start, ZoneOffset.UTC),
                "to", OffsetDateTime.ofInstant(end, ZoneOffset.UTC));

        Map<Long, long[]> byUnit = new HashMap<>();
        jdbc.sql("""
                SELECT unit_id,
                       count(DISTINCT member_id),
                       count(*) FILTER (WHERE kind = 'SHARE' AND state = 'VERIFIED'),
                       count(*) FILTER (WHERE kind = 'SHARE' AND state = 'SELF_REPORTED'),
                       count(*) FILTER (WHERE kind = 'REBUTTAL' AND state = 'VERIFIED'),
                       count(*) FILTER (WHERE kind = 'REBUTTAL' AND state = 'SELF_REPORTED')
                  FROM shr_action
                 WHERE unit_id IN (:units) AND created_at >= :from AND created_at < :to AND state <> 'REJECTED'
                 GROUP BY unit_id""")
                .params(period)
                .query((rs, n) -> byUnit.put(
                        rs.getLong(1),
                        new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)}))
                .list();
        Map<Long, Long> memberCounts = members.activeMemberCounts(scope);
        List<Row> units = members.unitsOf(scope).stream()
                .map(u -> {
                    long[] c = byUnit.getOrDefault(u.id(), new long[5]);
                    return new Row(
                            u.id(),
                            u.name(),
                            u.depth(),
                            memberCounts.getOrDefault(u.id(), 0L),
                            c[0],
                            c[1],
                            c[2],
                            c[3],
                            c[4]);
                })
                .toList();

        List<Row> groups = members.groupOptions(scope).stream()
                .map(g -> {
                    List<Long> ids = members.groupMembers(g.id());
                    long[] c = jdbc.sql("""
                            SELECT count(DISTINCT member_id),
                                   count(*) FILTER (WHERE kind = 'SHARE' AND state = 'VERIFIED'),
                                   count(*) FILTER (WHERE kind = 'SHARE' AND state = 'SELF_REPORTED'),
                                   count(*) FILTER (WHERE kind = 'REBUTTAL' AND state = 'VERIFIED'),
                                   count(*) FILTER (WHERE kind = 'REBUTTAL' AND state = 'SELF_REPORTED')
                              FROM shr_action
                             WHERE member_id IN (:ids) AND created_at >= :from AND created_at < :to
                               AND state <> 'REJECTED'""")
                            .param("ids", ids.isEmpty() ? List.of(-1L) : ids)
                            .param("from", period.get("from"))
                            .param("to", period.get("to"))
                            .query((rs, n) -> new long[] {
                                rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)
                            })
                            .single();
                    return new Row(g.id(), g.name(), 0, ids.size(), c[0], c[1], c[2], c[3], c[4]);
                })
                .toList();

        List<Breakdown> breakdown = jdbc.sql("""
                SELECT coalesce(tp.name, '') AS topic, a.platform,
                       count(*) FILTER (WHERE a.kind = 'SHARE'), count(*) FILTER (WHERE a.kind = 'REBUTTAL')
                  FROM shr_action a
                  LEFT JOIN shr_campaign c ON c.id = a.campaign_id
                  LEFT JOIN shr_topic tp ON tp.id = c.topic_id
                 WHERE a.unit_id IN (:units) AND a.created_at >= :from AND a.created_at < :to AND a.state <> 'REJECTED'
                 GROUP BY 1, 2 ORDER BY 1, 2""")
                .params(period)
                .query((rs, n) -> new Breakdown(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .list();
        return new Report(from, to, units, groups, breakdown);
    }
}
