package vn.lantoa.visits.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.Zone;
import vn.lantoa.visits.internal.VisitQueries;
import vn.lantoa.visits.internal.VisitStatistics;

/** {@code /quan-tri/truy-cap}: the chart of 90 days, the top articles of a period, the starting offset. ADMIN only. */
@vn.lantoa.platform.AdminOnly
@Controller
class VisitsAdminController {

    static final long MAX_OFFSET = 1_000_000_000_000L;
    private static final int CHART_DAYS = 90;
    private static final int MAX_PERIOD_DAYS = 3660;

    private final VisitQueries queries;
    private final VisitStatistics statistics;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VisitsAdminController(
            VisitQueries queries, VisitStatistics statistics, ApplicationEventPublisher events, Clock clock) {
        this.queries = queries;
        this.statistics = statistics;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping(VisitsRoutes.ADMIN)
    String page(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String saved,
            @RequestParam(required = false) String offsetError,
            Model model) {
        LocalDate today = LocalDate.now(clock.withZone(Zone.VIETNAM));
        LocalDate start = today.minusDays(29);
        LocalDate end = today;
        String error = offsetError != null ? "visits.admin.badOffset" : null;
        try {
            start = from == null || from.isBlank() ? start : LocalDate.parse(from);
            end = to == null || to.isBlank() ? end : LocalDate.parse(to);
            if (end.isBefore(start) || start.plusDays(MAX_PERIOD_DAYS).isBefore(end)) {
                throw new DateTimeParseException("bad period", from + ".." + to, 0);
            }
        } catch (DateTimeParseException e) {
            error = "visits.admin.badPeriod";
            start = today.minusDays(29);
            end = today;
        }
        model.addAttribute(
                "page",
                new VisitsAdminPage(
                        statistics.fresh(),
                        start,
                        end,
                        queries.topPages(VisitsRoutes.ARTICLE_PREFIX, start, end, 20),
                        queries.totalOffset(),
                        error,
                        saved != null));
        return "visits/admin";
    }

    @GetMapping(VisitsRoutes.ADMIN_CHART)
    @ResponseBody
    VisitsChart chart() {
        LocalDate today = LocalDate.now(clock.withZone(Zone.VIETNAM));
        List<VisitQueries.DailyRow> rows = queries.daily(today.minusDays(CHART_DAYS - 1), today);
        return new VisitsChart(
                rows.stream().map(r -> Zone.DATE.format(r.day())).toList(),
                rows.stream().map(VisitQueries.DailyRow::visits).toList(),
                rows.stream().map(VisitQueries.DailyRow::pageViews).toList());
    }

    @PostMapping(VisitsRoutes.ADMIN_OFFSET)
    @Transactional
    String setOffset(@RequestParam(required = false) String totalOffset) {
        String digits = totalOffset == null ? "" : totalOffset.replaceAll("[\\s.,]", "");
        long offset;
        try {
            offset = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            offset = -1;
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            return "redirect:" + VisitsRoutes.ADMIN + "?offsetError";
        }
        long before = queries.totalOffset();
        if (before != offset) {
            queries.setTotalOffset(offset);
            events.publishEvent(
                    AuditEvent.of("visits.offset.update", "visits-setting", "total-offset", before + " → " + offset));
        }
        return "redirect:" + VisitsRoutes.ADMIN + "?saved";
    }
}
