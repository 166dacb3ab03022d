package vn.lantoa.statistics.web;

import java.util.List;
import vn.lantoa.statistics.internal.PeriodKind;
import vn.lantoa.statistics.internal.UnitFigures;

/**
 * View model of {@code statistics/statistics.jte} and its {@code _figures} fragment.
 *
 * @param ancestors the chosen unit's ancestors within the user's scope, for the way back up
 * @param charts JSON of the charts' data, read by {@code /js/statistics.js}
 */
public record StatisticsPage(
        UnitFigures figures,
        StatisticsForm form,
        List<UnitOption> units,
        List<UnitLink> ancestors,
        String previousHref,
        String nextHref,
        String charts) {

    static final List<PeriodKind> KINDS = List.of(PeriodKind.values());

    /** A unit of the picker, indented by depth. */
    public record UnitOption(long id, String name, int depth) {}

    /** A link to a unit's figures in the same period. */
    public record UnitLink(String name, String href) {}

    /** The href of a child unit's figures, same period. */
    public String unitHref(long unitId) {
        return StatisticsController.href(unitId, form.period());
    }

    /** The periodic report of the same unit and period ("Báo cáo kết quả thực hiện"). */
    public String reportHref() {
        var p = figures.period();
        return StatisticsRoutes.REPORT + "?donVi=" + figures.unitId() + "&tu=" + p.from() + "&den=" + p.to();
    }

    /** Active members over members as a whole percentage. */
    public static String percent(double rate) {
        return Math.round(rate * 100) + " %";
    }

    /** Change against a previous figure, signed ({@code +3}, {@code −2}, {@code 0}). */
    public static String change(long now, long before) {
        long d = now - before;
        return d > 0 ? "+" + d : d < 0 ? "−" + (-d) : "0";
    }

    static final List<String> CATEGORIES =
            List.of("fabricated", "distortion", "incitement", "scam", "impersonation", "other");
    static final List<String> STATUSES =
            List.of("NEW", "IN_VERIFICATION", "REFUTED", "ACCURATE", "NOT_ACTIONABLE", "FORWARDED");

    /** The message key of a report category's label ({@code ""} none, unknown ones as other). */
    public static String categoryKey(String category) {
        return category.isEmpty()
                ? "statistics.reportCategory.none"
                : "statistics.reportCategory." + (CATEGORIES.contains(category) ? category : "other");
    }

    public static String statusKey(String status) {
        return STATUSES.contains(status) ? "statistics.reportStatus." + status : "statistics.reportStatus.none";
    }

    /** Whole days and hours of a duration, for the median time to a refutation. */
    public static long[] daysHours(java.time.Duration d) {
        return new long[] {d.toDays(), d.toHoursPart()};
    }

    /** Under an hour, the minutes (a quick refutation would otherwise read "0 days 0 hours"). */
    public static boolean underAnHour(java.time.Duration d) {
        return d.toHours() == 0;
    }
}
