package vn.lantoa.statistics.web;

import java.util.List;
import vn.lantoa.statistics.internal.report.ReportJob;

/**
 * View model of {@code statistics/report.jte}: the form (unit, period, format), its quick periods,
 * the reason a request was refused, and the job once one was asked for.
 */
public record ReportPage(
        List<UnitOption> units,
        long unitId,
        String from,
        String to,
        String format,
        List<QuickPeriod> quick,
        String errorKey,
        List<Object> errorArgs,
        ReportStatus status) {

    /** A unit of the user's subtree, indented by its depth. */
    public record UnitOption(long id, String label, boolean selected) {}

    /** A link that fills the form with a common period. */
    public record QuickPeriod(String labelKey, String href) {}

    /** The job of {@code statistics/_report-status.jte}. */
    public record ReportStatus(ReportJob job, String unitName, String periodText, long keptHours) {

        public String self() {
            return StatisticsRoutes.reportJob(job.id());
        }

        public String download() {
            return StatisticsRoutes.reportFile(job.id());
        }
    }
}
