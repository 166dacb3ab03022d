package vn.lantoa.statistics.internal.report;

import org.springframework.stereotype.Component;
import vn.lantoa.organization.UnitDirectory;
import vn.lantoa.organization.UnitId;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.ForbiddenException;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.statistics.internal.StatisticsQueries;

/**
 * Who may make reports and settle their signer: whoever may see statistics (admins everywhere,
 * others in their own subtree). A unit that does not exist is bad input (400); another branch's unit is forbidden (403).
 */
@Component
public class ReportAccess {

    private final UnitDirectory units;

    ReportAccess(UnitDirectory units) {
        this.units = units;
    }

    public boolean mayReport(CurrentUser user) {
        return StatisticsQueries.MAY_SEE.stream().anyMatch(user::has);
    }

    public void requireReporter(CurrentUser user) {
        if (!mayReport(user)) {
            throw new ForbiddenException();
        }
    }

    /** The user may report on this unit, or 400 (no such unit) or 403 (outside their subtree). */
    public void requireUnit(CurrentUser user, long unitId) {
        requireReporter(user);
        if (units.unit(new UnitId(unitId)).isEmpty()) {
            throw new InvalidInputException("statistics.report.error.unit");
        }
        if (!units.visibleTo(user, unitId)) {
            throw new ForbiddenException();
        }
    }
}
