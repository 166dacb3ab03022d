package vn.lantoa.sharing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.Zone;
import vn.lantoa.sharing.internal.ParticipationReport;

/** Back office: participation per unit, group and period (dates dd/MM/yyyy, default this month). */
@Controller
class ParticipationController {

    static final String PARTICIPATION = "/quan-tri/tham-gia";
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final ParticipationReport report;
    private final Clock clock;

    ParticipationController(ParticipationReport report, Clock clock) {
        this.report = report;
        this.clock = clock;
    }

    @GetMapping(PARTICIPATION)
    String participation(
            @RequestParam(name = "tu", required = false) String from,
            @RequestParam(name = "den", required = false) String to,
            Model model) {
        LocalDate today = LocalDate.now(clock.withZone(Zone.VIETNAM));
        LocalDate start = today.withDayOfMonth(1);
        LocalDate end = today;
        String error = null;
        try {
            if (from != null && !from.isBlank()) {
                start = LocalDate.parse(from.strip(), DATE);
            }
            if (to != null && !to.isBlank()) {
                end = LocalDate.parse(to.strip(), DATE);
            }
            if (end.isBefore(start) || start.plusYears(5).isBefore(end)) {
                error = "participation.error.period";
                start = today.withDayOfMonth(1);
                end = today;
            }
        } catch (DateTimeParseException e) {
            error = "participation.error.date";
            start = today.withDayOfMonth(1);
            end = today;
        }
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        model.addAttribute(
                "page",
                new ParticipationPage(report.report(user, start, end), DATE.format(start), DATE.format(end), error));
        return "sharing/admin-participation";
    }
}
