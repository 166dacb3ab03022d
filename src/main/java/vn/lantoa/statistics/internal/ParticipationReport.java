package vn.lantoa.statistics.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.organization.MemberSummary;
import vn.lantoa.organization.UnitDirectory;
import vn.lantoa.organization.UnitSummary;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.ForbiddenException;
import vn.lantoa.sharing.ActionFacts;

/**
 * Participation per unit, group and period, with verified and self-reported counts side by side.
 * Counts, not people: no per-person ranking is offered.
 */
@Service
public class ParticipationReport {

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

    private final UnitDirectory directory;
    private final RollupQueries rollups;
    private final ActionFacts facts;

    ParticipationReport(UnitDirectory directory, RollupQueries rollups, ActionFacts facts) {
        this.directory = directory;
        this.rollups = rollups;
        this.facts = facts;
    }

    /** {@code from} and {@code to} are inclusive local dates (Asia/Ho_Chi_Minh). */
    @Transactional(readOnly = true)
    public Report report(CurrentUser user, LocalDate from, LocalDate to) {
        if (user.roles().stream().noneMatch(StatisticsQueries.MAY_SEE::contains)) {
            throw new ForbiddenException();
        }
        List<UnitSummary> visible =
                directory.visibleUnits(user).stream().filter(u -> !u.closed()).toList();
        List<Long> scope = visible.stream().map(u -> u.id().value()).toList();
        Long[] ids = scope.toArray(Long[]::new);

        Map<Long, long[]> byUnit = rollups.participationByUnit(ids, from, to);
        Map<Long, Long> memberCounts = directory.activeMemberCounts(scope);
        List<Row> units = visible.stream()
                .map(u -> {
                    long[] c = byUnit.getOrDefault(u.id().value(), new long[5]);
                    return new Row(
                            u.id().value(),
                            u.name(),
                            u.depth(),
                            memberCounts.getOrDefault(u.id().value(), 0L),
                            c[0],
                            c[1],
                            c[2],
                            c[3],
                            c[4]);
                })
                .toList();

        List<Row> groups = directory.groupsIn(scope).stream()
                .map(g -> {
                    Long[] members = directory.membersOf(g.id()).stream()
                            .filter(MemberSummary::active)
                            .map(m -> m.id().value())
                            .toArray(Long[]::new);
                    long[] c = rollups.participationOfMembers(members, from, to);
                    return new Row(g.id().value(), g.name(), 0, members.length, c[0], c[1], c[2], c[3], c[4]);
                })
                .toList();

        Map<Long, String> topics = facts.topics();
        List<Breakdown> breakdown = rollups.topicsAndPlatforms(ids, from, to).stream()
                .map(b -> new Breakdown(topics.getOrDefault(b.topicId(), ""), b.platform(), b.shares(), b.rebuttals()))
                .sorted(java.util.Comparator.comparing(Breakdown::topic).thenComparing(Breakdown::platform))
                .toList();
        return new Report(from, to, units, groups, breakdown);
    }
}
