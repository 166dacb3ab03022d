package vn.lantoa.statistics.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import vn.lantoa.organization.UnitDirectory;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.statistics.internal.report.ReportAccess;
import vn.lantoa.statistics.internal.report.ReportSettings;
import vn.lantoa.statistics.internal.report.ReportSettingsStore;

/** The issuing body and signer printed on a unit's reports, set by its admin or unit manager. */
@StatisticsReaders
@Controller
class ReportSettingsController {

    private static final String VIEW = "statistics/report-settings";

    private final ReportSettingsStore store;
    private final ReportAccess access;
    private final UnitDirectory units;

    ReportSettingsController(ReportSettingsStore store, ReportAccess access, UnitDirectory units) {
        this.store = store;
        this.access = access;
        this.units = units;
    }

    /** The form with a record of the request's fields, one per setting. */
    record Form(
            String superiorBody,
            String issuingBody,
            String numberSymbol,
            String place,
            String signerCapacity,
            String signerRole,
            String signerName,
            String recipients) {

        ReportSettings settings(long unitId) {
            return new ReportSettings(
                    unitId,
                    superiorBody,
                    issuingBody,
                    numberSymbol,
                    place,
                    signerCapacity,
                    signerRole,
                    signerName,
                    recipients);
        }
    }

    @GetMapping(StatisticsRoutes.REPORT_SETTINGS)
    String form(
            @RequestParam(name = "donVi", required = false) Long unit,
            @RequestParam(name = "luu", required = false) String saved,
            Model model) {
        CurrentUser user = ReportController.user();
        long unitId = unit(user, unit);
        access.requireUnit(user, unitId);
        ReportSettings settings = store.effective(unitId);
        model.addAttribute(
                "page",
                new ReportSettingsPage(
                        options(user, unitId),
                        unitId,
                        settings,
                        settings.unitId() != unitId,
                        saved != null,
                        null,
                        List.of()));
        return VIEW;
    }

    @PostMapping(StatisticsRoutes.REPORT_SETTINGS)
    Object save(@RequestParam(name = "donVi") long unit, Form form, Model model) {
        CurrentUser user = ReportController.user();
        ReportSettings settings = form.settings(unit);
        try {
            store.save(user, settings);
            return "redirect:" + StatisticsRoutes.REPORT_SETTINGS + "?donVi=" + unit + "&luu";
        } catch (InvalidInputException e) {
            model.addAttribute(
                    "page",
                    new ReportSettingsPage(
                            options(user, unit), unit, settings, false, false, e.messageKey(), List.of(e.args())));
            return new ModelAndView(VIEW, model.asMap(), HttpStatus.BAD_REQUEST);
        }
    }

    private long unit(CurrentUser user, Long unit) {
        if (unit != null) {
            return unit;
        }
        if (user.scopeUnitId() != null) {
            return user.scopeUnitId();
        }
        return units.visibleUnits(user).stream()
                .findFirst()
                .map(u -> u.id().value())
                .orElseThrow(() -> new InvalidInputException("statistics.report.error.unit"));
    }

    private List<ReportPage.UnitOption> options(CurrentUser user, long selected) {
        return units.visibleUnits(user).stream()
                .filter(u -> !u.closed())
                .map(u -> new ReportPage.UnitOption(
                        u.id().value(),
                        "\u00a0\u00a0".repeat(Math.max(0, u.depth())) + u.name(),
                        u.id().value() == selected))
                .toList();
    }
}
