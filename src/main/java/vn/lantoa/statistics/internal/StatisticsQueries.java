package vn.lantoa.statistics.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import vn.lantoa.organization.UnitDirectory;
import vn.lantoa.organization.UnitId;
import vn.lantoa.organization.UnitSummary;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.Role;
import vn.lantoa.reports.ReportFigures;
import vn.lantoa.sharing.ActionFacts;
import vn.lantoa.statistics.internal.UnitFigures.ChildRow;
import vn.lantoa.statistics.internal.UnitFigures.Count;
import vn.lantoa.statistics.internal.UnitFigures.Slice;
import vn.lantoa.statistics.internal.UnitFigures.StateCounts;
import vn.lantoa.statistics.internal.UnitFigures.Totals;
import vn.lantoa.statistics.internal.UnitFigures.TrendPoint;
import vn.lantoa.visits.VisitCounts;

/**
 * The figures of a unit's subtree in a period, from the rollups, within the user's scope: a unit
 * outside it is not found, and a user whose roles do not include statistics is refused.
 */
@Service
public class StatisticsQueries {

    public static final Set<Role> MAY_SEE = Set.of(Role.ADMIN, Role.UNIT_MANAGER, Role.EDITOR);

    private final UnitDirectory units;
    private final RollupQueries rollups;
    private final ReportFigures reports;
    private final VisitCounts visits;
    private final ActionFacts facts;

    StatisticsQueries(
            UnitDirectory units, RollupQueries rollups, ReportFigures reports, VisitCounts visits, ActionFacts facts) {
        this.units = units;
        this.rollups = rollups;
        this.reports = reports;
        this.visits = visits;
        this.facts = facts;
    }

    /** The unit a user starts from: their scope unit, or the first root for admins. */
    public UnitSummary home(CurrentUser user) {
        requireRole(user);
        if (user.scopeUnitId() != null) {
            return unit(user, user.scopeUnitId());
        }
        return units.visibleUnits(user).stream()
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The unit, if the user may see it; otherwise 404 (so its existence is not disclosed). */
    public UnitSummary unit(CurrentUser user, long unitId) {
        requireRole(user);
        if (!units.visibleTo(user, unitId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return units.unit(new UnitId(unitId)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The units a user may choose, in tree order. */
    public List<UnitSummary> choices(CurrentUser user) {
        requireRole(user);
        return units.visibleUnits(user);
    }

    @Transactional(readOnly = true)
    public UnitFigures figures(CurrentUser user, long unitId, Period period) {
        UnitSummary unit = unit(user, unitId);
        List<UnitSummary> tree = units.subtree(unit.id());
        Long[] ids = tree.stream().map(u -> u.id().value()).toArray(Long[]::new);
        Map<Long, Long> memberCounts = memberCounts(List.of(ids));
        long members = memberCounts.values().stream().mapToLong(Long::longValue).sum();

        // Active members of the period, the one before, the one a year earlier and of every bucket of
        // the trend: one pass over the members' bitmaps.
        List<Period> buckets = period.buckets();
        List<Period> ranges = new ArrayList<>(List.of(period, period.previous(), period.sameLastYear()));
        ranges.addAll(buckets);
        long id = unit.id().value();
        long[] active = rollups.activeMembers(id, ranges(ranges));
        RollupQueries.Actions actions = rollups.actions(id, period.from(), period.to());
        Totals totals = totals(members, active[0], actions);
        Totals previous = totals(
                members,
                active[1],
                rollups.actions(id, period.previous().from(), period.previous().to()));
        Totals lastYear = totals(
                members,
                active[2],
                rollups.actions(
                        id, period.sameLastYear().from(), period.sameLastYear().to()));

        Map<Long, String> topics = facts.topics();
        List<Slice> byTopic = slices(
                rollups.split("topic_id", id, period.from(), period.to()),
                key -> "0".equals(key) ? "" : topics.getOrDefault(Long.parseLong(key), key));
        List<Slice> byPlatform = slices(rollups.split("platform", id, period.from(), period.to()), key -> key);
        List<Slice> bySource = slices(rollups.split("source", id, period.from(), period.to()), key -> key);

        ReportFigures.Figures filed =
                reports.figures(List.of(ids), unit.parentId() == null, period.start(), period.end());
        return new UnitFigures(
                unitId,
                unit.name(),
                period,
                totals,
                new StateCounts(actions.sharesVerified(), actions.sharesSelf(), actions.sharesRejected()),
                new StateCounts(actions.rebuttalsVerified(), actions.rebuttalsSelf(), actions.rebuttalsRejected()),
                byTopic,
                byPlatform,
                bySource,
                counts(filed.byCategory()),
                counts(filed.byStatus()),
                filed.refuted(),
                filed.medianToRefutation(),
                visits.visits(period.from(), period.to()),
                children(unit, tree, memberCounts, period),
                trend(id, buckets, java.util.Arrays.copyOfRange(active, 3, active.length)),
                previous,
                lastYear);
    }

    /** Members, active members and counted actions of the subtree in a period, without the rest. */
    @Transactional(readOnly = true)
    public Totals totals(CurrentUser user, long unitId, Period period) {
        return totals(user, unitId, List.of(period)).getFirst();
    }

    /** The same for several periods, in their order (the members are counted once). */
    @Transactional(readOnly = true)
    public List<Totals> totals(CurrentUser user, long unitId, List<Period> periods) {
        UnitSummary unit = unit(user, unitId);
        Long[] ids = units.subtreeIds(unit.id().value()).toArray(Long[]::new);
        long members = memberCounts(List.of(ids)).values().stream()
                .mapToLong(Long::longValue)
                .sum();
        long[] active = rollups.activeMembers(unitId, ranges(periods));
        List<Totals> out = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            out.add(totals(members, active[i], rollups.actions(unitId, p.from(), p.to())));
        }
        return out;
    }

    private static List<java.time.LocalDate[]> ranges(List<Period> periods) {
        return periods.stream()
                .map(p -> new java.time.LocalDate[] {p.from(), p.to()})
                .toList();
    }

    /** How many open units of the subtree had no counted action in the period, of how many. */
    public record Silence(long silent, long units) {}

    @Transactional(readOnly = true)
    public Silence silentUnits(CurrentUser user, long unitId, Period period) {
        UnitSummary unit = unit(user, unitId);
        Long[] ids = units.subtree(unit.id()).stream()
                .filter(u -> !u.closed())
                .map(u -> u.id().value())
                .toArray(Long[]::new);
        return new Silence(ids.length - rollups.activeUnits(ids, period.from(), period.to()), ids.length);
    }

    private static Totals totals(long members, long active, RollupQueries.Actions a) {
        return new Totals(
                members, active, a.sharesVerified(), a.sharesSelf(), a.rebuttalsVerified(), a.rebuttalsSelf());
    }

    private List<ChildRow> children(UnitSummary unit, List<UnitSummary> tree, Map<Long, Long> memberCounts, Period p) {
        // Each unit of the subtree below the unit belongs to the child whose id follows the unit's in its path.
        int depth = unit.depth();
        Map<Long, UnitSummary> childById = new HashMap<>();
        Map<Long, Long> childMembers = new HashMap<>();
        Set<Long> withChildren = new java.util.HashSet<>();
        for (UnitSummary u : tree) {
            if (u.depth() <= depth) {
                continue;
            }
            String[] segments = u.path().split("/");
            long child = Long.parseLong(segments[depth + 2]);
            if (u.depth() == depth + 1) {
                childById.put(u.id().value(), u);
            } else {
                withChildren.add(child);
            }
            childMembers.merge(child, memberCounts.getOrDefault(u.id().value(), 0L), Long::sum);
        }
        Long[] children = childById.keySet().toArray(Long[]::new);
        Map<Long, RollupQueries.Actions> actions = rollups.actionsOfSubtrees(children, p.from(), p.to());
        Map<Long, Long> active = rollups.activeMembersOfSubtrees(children, p.from(), p.to());
        return tree.stream()
                .filter(u -> childById.containsKey(u.id().value()))
                .map(u -> {
                    long id = u.id().value();
                    return new ChildRow(
                            id,
                            u.name(),
                            withChildren.contains(id),
                            totals(
                                    childMembers.getOrDefault(id, 0L),
                                    active.getOrDefault(id, 0L),
                                    actions.getOrDefault(id, RollupQueries.Actions.NONE)));
                })
                // By name in Vietnamese order: the tree's path order compares ids as text (10 before 8).
                .sorted(java.util.Comparator.comparing(ChildRow::name, VIETNAMESE_ORDER))
                .toList();
    }

    private static final java.text.Collator VIETNAMESE_ORDER = java.text.Collator.getInstance(Locale.of("vi"));

    private List<TrendPoint> trend(long unit, List<Period> buckets, long[] active) {
        Map<Integer, long[]> points = rollups.trend(unit, ranges(buckets));
        List<TrendPoint> out = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            long[] p = points.getOrDefault(i, new long[2]);
            out.add(new TrendPoint(buckets.get(i), p[0], p[1], active[i]));
        }
        return out;
    }

    private Map<Long, Long> memberCounts(Collection<Long> ids) {
        return units.activeMemberCounts(ids);
    }

    private static List<Slice> slices(List<RollupQueries.Split> rows, java.util.function.UnaryOperator<String> label) {
        return rows.stream()
                .map(r -> new Slice(r.key(), label.apply(r.key()), r.shares(), r.rebuttals()))
                .toList();
    }

    private static List<Count> counts(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue()))
                .toList();
    }

    private static void requireRole(CurrentUser user) {
        if (user == null || user.roles().stream().noneMatch(MAY_SEE::contains)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
