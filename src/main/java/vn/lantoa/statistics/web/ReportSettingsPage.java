package vn.lantoa.statistics.web;

import java.util.List;
import vn.lantoa.statistics.internal.report.ReportSettings;

/**
 * View model of {@code statistics/report-settings.jte}: the unit chosen, the issuing body and
 * signer its report uses, whether they are inherited from a superior unit, and the outcome of a save.
 */
public record ReportSettingsPage(
        List<ReportPage.UnitOption> units,
        long unitId,
        ReportSettings settings,
        boolean inherited,
        boolean saved,
        String errorKey,
        List<Object> errorArgs) {}
