package vn.lantoa.statistics.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import vn.lantoa.organization.UnitDirectory;
import vn.lantoa.organization.UnitId;
import vn.lantoa.organization.UnitSummary;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.platform.NotFoundException;
import vn.lantoa.platform.NotSignedInException;
import vn.lantoa.platform.Zone;
import vn.lantoa.statistics.internal.Period;
import vn.lantoa.statistics.internal.report.ReportAccess;
import vn.lantoa.statistics.internal.report.ReportFormat;
import vn.lantoa.statistics.internal.report.ReportJob;
import vn.lantoa.statistics.internal.report.ReportJobs;
import vn.lantoa.statistics.internal.report.ReportRequest;

/**
 * {@code /quan-tri/thong-ke/bao-cao}: asks for a report of a unit and period, shows the job's
 * progress (htmx polls the fragment; without JavaScript a link reloads it) and hands out the file.
 */
@StatisticsReaders
@Controller
class ReportController {

    static final String STATUS_FRAGMENT = "statistics/_report-status";

    private final ReportJobs jobs;
    private final ReportAccess access;
    private final UnitDirectory units;
    private final Clock clock;
    private final Duration retention;

    ReportController(
            ReportJobs jobs,
            ReportAccess access,
            UnitDirectory units,
            Clock clock,
            @Value("${lantoa.statistics.report.retention:24h}") Duration retention) {
        this.jobs = jobs;
        this.access = access;
        this.units = units;
        this.clock = clock;
        this.retention = retention;
    }

    static CurrentUser user() {
        return CurrentUser.get().orElseThrow(() -> new NotSignedInException());
    }

    @GetMapping(StatisticsRoutes.REPORT)
    String form(
            @RequestParam(name = "donVi", required = false) Long unit,
            @RequestParam(name = "tu", required = false) String from,
            @RequestParam(name = "den", required = false) String to,
            @RequestParam(name = "dinhDang", required = false) String format,
            Model model) {
        CurrentUser user = user();
        access.requireReporter(user);
        Period month = ReportRequest.thisMonth(today());
        model.addAttribute(
                "page",
                page(
                        user,
                        unit,
                        from == null ? month.from().toString() : from,
                        to == null ? month.to().toString() : to,
                        format == null ? "PDF" : format,
                        null,
                        null));
        return "statistics/report";
    }

    @PostMapping(StatisticsRoutes.REPORT)
    Object request(
            @RequestParam(name = "donVi", required = false) String unit,
            @RequestParam(name = "tu", required = false) String from,
            @RequestParam(name = "den", required = false) String to,
            @RequestParam(name = "dinhDang", required = false) String format,
            Model model) {
        CurrentUser user = user();
        access.requireReporter(user);
        try {
            ReportJob job = jobs.request(user, ReportRequest.parse(unit, from, to, format));
            return "redirect:" + StatisticsRoutes.reportJob(job.id());
        } catch (InvalidInputException e) {
            Long selected = parseOrNull(unit);
            model.addAttribute("page", page(user, selected, from, to, format, e, null));
            return new ModelAndView("statistics/report", model.asMap(), HttpStatus.BAD_REQUEST);
        }
    }

    @GetMapping(StatisticsRoutes.REPORT_JOB)
    String status(
            @PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        CurrentUser user = user();
        ReportJob job = jobs.job(user, id).orElseThrow(() -> new NotFoundException());
        ReportPage.ReportStatus status = status(job);
        if (htmx != null) {
            model.addAttribute("page", status);
            return STATUS_FRAGMENT;
        }
        model.addAttribute(
                "page",
                page(
                        user,
                        job.unitId(),
                        job.from().toString(),
                        job.to().toString(),
                        job.format().name(),
                        null,
                        status));
        return "statistics/report";
    }

    @GetMapping(StatisticsRoutes.REPORT_FILE)
    ResponseEntity<byte[]> download(@PathVariable long id) {
        ReportJobs.ReportFile file = jobs.download(user(), id).orElseThrow(() -> new NotFoundException());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.format().mediaType()))
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.name())
                                .build()
                                .toString())
                .body(file.content());
    }

    private ReportPage.ReportStatus status(ReportJob job) {
        String unitName =
                units.unit(new UnitId(job.unitId())).map(UnitSummary::name).orElse("");
        String period = Zone.DATE.format(job.from()) + " – " + Zone.DATE.format(job.to());
        return new ReportPage.ReportStatus(job, unitName, period, retention.toHours());
    }

    private ReportPage page(
            CurrentUser user,
            Long unit,
            String from,
            String to,
            String format,
            InvalidInputException error,
            ReportPage.ReportStatus status) {
        List<UnitSummary> visible = units.visibleUnits(user);
        long selected = unit != null
                ? unit
                : user.scopeUnitId() != null
                        ? user.scopeUnitId()
                        : visible.isEmpty() ? 0 : visible.getFirst().id().value();
        List<ReportPage.UnitOption> options = visible.stream()
                .filter(u -> !u.closed())
                .map(u -> new ReportPage.UnitOption(
                        u.id().value(),
                        "\u00a0\u00a0".repeat(Math.max(0, u.depth())) + u.name(),
                        u.id().value() == selected))
                .toList();
        LocalDate today = today();
        List<ReportPage.QuickPeriod> quick = List.of(
                quick("statistics.report.form.thisMonth", selected, ReportRequest.thisMonth(today)),
                quick("statistics.report.form.lastMonth", selected, ReportRequest.lastMonth(today)),
                quick("statistics.report.form.thisQuarter", selected, ReportRequest.thisQuarter(today)),
                quick("statistics.report.form.thisYear", selected, ReportRequest.thisYear(today)));
        return new ReportPage(
                options,
                selected,
                dateValue(from),
                dateValue(to),
                ReportFormat.parse(format).map(Enum::name).orElse("PDF"),
                quick,
                error == null ? null : error.messageKey(),
                error == null ? List.of() : List.of(error.args()),
                status);
    }

    private static ReportPage.QuickPeriod quick(String key, long unit, Period p) {
        return new ReportPage.QuickPeriod(
                key, StatisticsRoutes.REPORT + "?donVi=" + unit + "&tu=" + p.from() + "&den=" + p.to());
    }

    /** What the date input shows again: the ISO form when the text can be read, else as typed. */
    private static String dateValue(String value) {
        if (value == null) {
            return "";
        }
        try {
            return ReportRequest.parse("0", value, value, "PDF").period().from().toString();
        } catch (InvalidInputException e) {
            return value;
        }
    }

    private static Long parseOrNull(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Zone.VIETNAM));
    }
}
