package vn.lantoa.statistics.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.web.BackOffice;
import vn.lantoa.statistics.internal.report.ReportAccess;

/** The periodic report's entry in the back office's statistics section, for those who may make one. */
@Component
class ReportBackOffice implements BackOffice.Contributor {

    private final ReportAccess access;

    ReportBackOffice(ReportAccess access) {
        this.access = access;
    }

    @Override
    public List<BackOffice.MenuEntry> menu(CurrentUser user) {
        if (!access.mayReport(user)) {
            return List.of();
        }
        return List.of(new BackOffice.MenuEntry(
                BackOffice.Section.STATISTICS, "statistics.report.menu", StatisticsRoutes.REPORT, 30));
    }
}
