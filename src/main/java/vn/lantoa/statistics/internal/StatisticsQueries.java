package vn.lantoa.statistics.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.organization.UnitDirectory;
import vn.lantoa.organization.UnitId;
import vn.lantoa.organization.UnitSummary;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.ForbiddenException;
import vn.lantoa.platform.NotFoundException;
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
        return units.visibleUnits(user).stream().findFirst().orElseThrow(() -> new NotFoundException());
    }

    /** The unit, if the user may see it; otherwise 404 (so its existence is not disclosed). */
    public UnitSummary unit(CurrentUser user, long unitId) {
        requireRole(user);
        if (!units.visibleTo(user, unitId)) {
            throw new NotFoundException();
        }
        return units.unit(new UnitId(unitId)).orElseThrow(() -> new NotFoundException());
    }

    /** The units a user may choose, in tree order. */
    public List<UnitSummary> choices(CurrentUser user) {
        requireRole(user);
        return units.visibleUnits(user);
    }

    /**
     * Not in one transaction: the longest reads for a province (the members' bitmaps of the unit and
     * of its children for custom ranges, ~150 ms each, the reports' figures and the member counts,
     * ~50 ms each) run on other connections
     * while the rest is read here; a request holding one connection while it waits for others could
     * exhaust the pool under load.
     */
    public UnitFigures figures(CurrentUser user, long unitId, Period period) {
        UnitSummary unit = unit(user, unitId);
        long id = unit.id().value();
        // Active members of the period, the one before, the one a year earlier and of every bucket of
        // the trend: one pass over the members' bitmaps.
        List<Period> buckets = period.buckets();
        List<Period> ranges = new ArrayList<>(List.of(period, period.previous(), period.sameLastYear()));
        ranges.addAll(buckets);
        CompletableFuture<long[]> activeLater =
                CompletableFuture.supplyAsync(() -> rollups.activeMembers(id, ranges(ranges)), ALONGSIDE);
        List<UnitSummary> tree = units.subtree(unit.id());
        Long[] children = tree.stream()
                .filter(u -> u.depth() == unit.depth() + 1)
                .map(u -> u.id().value())
                .toArray(Long[]::new);
        CompletableFuture<Map<Long, Long>> childrenActiveLater = CompletableFuture.supplyAsync(
                () -> rollups.activeMembersOfSubtrees(children, period.from(), period.to()), ALONGSIDE);
        Long[] ids = tree.stream().map(u -> u.id().value()).toArray(Long[]::new);
        CompletableFuture<ReportFigures.Figures> filedLater = CompletableFuture.supplyAsync(
                () -> reports.figures(List.of(ids), unit.parentId() == null, period.start(), period.end()), ALONGSIDE);
        CompletableFuture<Map<Long, Long>> memberCountsLater =
                CompletableFuture.supplyAsync(() -> memberCounts(List.of(ids)), ALONGSIDE);

        RollupQueries.Actions actions = rollups.actions(id, period.from(), period.to());
        RollupQueries.Actions previousActions =
                rollups.actions(id, period.previous().from(), period.previous().to());
        RollupQueries.Actions lastYearActions = rollups.actions(
                id, period.sameLastYear().from(), period.sameLastYear().to());

        Map<Long, String> topics = facts.topics();
        List<Slice> byTopic = slices(
                rollups.split("topic_id", id, period.from(), period.to()),
                key -> "0".equals(key) ? "" : topics.getOrDefault(Long.parseLong(key), key));
        List<Slice> byPlatform = slices(rollups.split("platform", id, period.from(), period.to()), key -> key);
        List<Slice> bySource = slices(rollups.split("source", id, period.from(), period.to()), key -> key);

        Map<Integer, long[]> trend = rollups.trend(id, ranges(buckets));
        Map<Long, Long> memberCounts = join(memberCountsLater);
        long members = memberCounts.values().stream().mapToLong(Long::longValue).sum();
        List<ChildRow> childRows = children(unit, tree, memberCounts, period, join(childrenActiveLater));
        long[] active = join(activeLater);
        ReportFigures.Figures filed = join(filedLater);
        return new UnitFigures(
                unitId,
                unit.name(),
                period,
                totals(members, active[0], actions),
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
                childRows,
                trend(buckets, trend, java.util.Arrays.copyOfRange(active, 3, active.length)),
                totals(members, active[1], previousActions),
                totals(members, active[2], lastYearActions));
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

    /** Reads that run alongside a request's own (virtual threads: they wait on the database). */
    private static final Executor ALONGSIDE = Executors.newVirtualThreadPerTaskExecutor();

    private static <T> T join(CompletableFuture<T> later) {
        try {
            return later.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
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

    private List<ChildRow> children(
            UnitSummary unit, List<UnitSummary> tree, Map<Long, Long> memberCounts, Period p, Map<Long, Long> active) {
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

    private static List<TrendPoint> trend(List<Period> buckets, Map<Integer, long[]> points, long[] active) {
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
            throw new ForbiddenException();
        }
    }
}
