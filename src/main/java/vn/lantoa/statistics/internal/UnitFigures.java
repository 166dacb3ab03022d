package vn.lantoa.statistics.internal;

import java.time.Duration;
import java.util.List;

/**
 * The figures of one unit's subtree in one period, as the statistics page, the dashboard tiles and
 * the periodic report show them. Counts of actions, never of a named person: no ranking.
 *
 * @param totals members, active members and actions of the subtree in the period
 * @param shares shares of the period by state
 * @param rebuttals rebuttal comments of the period by state
 * @param byTopic shares and rebuttals (not rejected) by the campaign's topic; key {@code 0} without a campaign
 * @param byPlatform the same by platform ({@code FACEBOOK}, {@code ZALO}, …)
 * @param bySource shares (not rejected) by the official source of the shared article ({@code ""} none)
 * @param reportsByCategory reports filed from the subtree in the period, by category ({@code ""} none)
 * @param reportsByStatus the same by the status of their cluster
 * @param refutationsPublished clusters of the subtree's reports settled by a refutation in the period
 * @param medianTimeToRefutation median time from a cluster's first report to its refutation, over those;
 *     {@code null} when there were none
 * @param portalVisits visits of the whole portal in the period (the portal has no units)
 * @param children one row per child unit, same figures, for the drill-down
 * @param trend one point per week or month of the period ({@link Period#buckets()})
 * @param previous the same totals in {@link Period#previous()}
 * @param sameLastYear the same totals in {@link Period#sameLastYear()}
 */
public record UnitFigures(
        long unitId,
        String unitName,
        Period period,
        Totals totals,
        StateCounts shares,
        StateCounts rebuttals,
        List<Slice> byTopic,
        List<Slice> byPlatform,
        List<Slice> bySource,
        List<Count> reportsByCategory,
        List<Count> reportsByStatus,
        long refutationsPublished,
        Duration medianTimeToRefutation,
        long portalVisits,
        List<ChildRow> children,
        List<TrendPoint> trend,
        Totals previous,
        Totals sameLastYear) {

    public long members() {
        return totals.members();
    }

    public long activeMembers() {
        return totals.activeMembers();
    }

    /** Active members over members, 0 to 1; 0 without members. */
    public double activeRate() {
        return totals.activeRate();
    }

    public long reportsTotal() {
        return reportsByCategory.stream().mapToLong(Count::count).sum();
    }

    /**
     * Members, active members (who logged at least one action that was not rejected) and the
     * actions of a subtree in a period.
     */
    public record Totals(
            long members,
            long activeMembers,
            long sharesVerified,
            long sharesSelfReported,
            long rebuttalsVerified,
            long rebuttalsSelfReported) {

        public static final Totals ZERO = new Totals(0, 0, 0, 0, 0, 0);

        public double activeRate() {
            return members == 0 ? 0 : (double) activeMembers / members;
        }

        /** Shares that count: verified and self-reported, not rejected. */
        public long shares() {
            return sharesVerified + sharesSelfReported;
        }

        public long rebuttals() {
            return rebuttalsVerified + rebuttalsSelfReported;
        }
    }

    /** Actions of one kind by state. */
    public record StateCounts(long verified, long selfReported, long rejected) {

        public static final StateCounts ZERO = new StateCounts(0, 0, 0);

        /** What counts: verified and self-reported. */
        public long counted() {
            return verified + selfReported;
        }
    }

    /** One slice of a split (topic, platform, source): its key, its label and the actions in it. */
    public record Slice(String key, String label, long shares, long rebuttals) {

        public long total() {
            return shares + rebuttals;
        }
    }

    /** A count under a key (a report category or a status). */
    public record Count(String key, long count) {}

    /** A child unit's row of the drill-down. */
    public record ChildRow(long unitId, String name, boolean hasChildren, Totals totals) {}

    /** One week or month of the trend: counted actions and active members in that bucket. */
    public record TrendPoint(Period bucket, long shares, long rebuttals, long activeMembers) {}
}
