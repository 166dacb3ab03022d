package vn.lantoa.sharing.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.Zone;
import vn.lantoa.sharing.internal.ParticipationPdf;
import vn.lantoa.sharing.internal.ParticipationReport;
import vn.lantoa.sharing.internal.ParticipationWorkbook;

/** Back office: participation per unit, group and period (dates dd/MM/yyyy, default this month). */
@Controller
class ParticipationController {

    static final String PARTICIPATION = "/quan-tri/tham-gia";
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final ParticipationReport report;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ParticipationController(
            ParticipationReport report, MessageSource messages, ApplicationEventPublisher events, Clock clock) {
        this.report = report;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** The period asked for, or this month with the reason when it cannot be read. */
    private record Period(LocalDate start, LocalDate end, String error) {}

    private Period period(String from, String to) {
        LocalDate today = LocalDate.now(clock.withZone(Zone.VIETNAM));
        Period thisMonth = new Period(today.withDayOfMonth(1), today, null);
        try {
            LocalDate start = from == null || from.isBlank() ? thisMonth.start() : LocalDate.parse(from.strip(), DATE);
            LocalDate end = to == null || to.isBlank() ? thisMonth.end() : LocalDate.parse(to.strip(), DATE);
            if (end.isBefore(start) || start.plusYears(5).isBefore(end)) {
                return new Period(thisMonth.start(), thisMonth.end(), "participation.error.period");
            }
            return new Period(start, end, null);
        } catch (DateTimeParseException e) {
            return new Period(thisMonth.start(), thisMonth.end(), "participation.error.date");
        }
    }

    private static CurrentUser user() {
        return CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }

    @GetMapping(PARTICIPATION)
    String participation(
            @RequestParam(name = "tu", required = false) String from,
            @RequestParam(name = "den", required = false) String to,
            Model model) {
        Period p = period(from, to);
        model.addAttribute(
                "page",
                new ParticipationPage(
                        report.report(user(), p.start(), p.end()),
                        DATE.format(p.start()),
                        DATE.format(p.end()),
                        p.error()));
        return "sharing/admin-participation";
    }

    /** The same report as an XLSX workbook (a bad date gives this month, as the page does); audited. */
    @GetMapping(PARTICIPATION + ".xlsx")
    void workbook(
            @RequestParam(name = "tu", required = false) String from,
            @RequestParam(name = "den", required = false) String to,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        export(from, to, "xlsx", XLSX, request, response, ParticipationWorkbook::write);
    }

    /** The same report as a PDF with a chart of shares per unit; audited. */
    @GetMapping(PARTICIPATION + ".pdf")
    void pdf(
            @RequestParam(name = "tu", required = false) String from,
            @RequestParam(name = "den", required = false) String to,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        export(
                from,
                to,
                "pdf",
                "application/pdf",
                request,
                response,
                (r, t, out) -> out.write(ParticipationPdf.render(r, t)));
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private interface Writer {
        void write(ParticipationReport.Report report, Function<String, String> t, OutputStream out) throws IOException;
    }

    private void export(
            String from,
            String to,
            String extension,
            String contentType,
            HttpServletRequest request,
            HttpServletResponse response,
            Writer writer)
            throws IOException {
        Period p = period(from, to);
        ParticipationReport.Report r = report.report(user(), p.start(), p.end());
        events.publishEvent(AuditEvent.of(
                "participation.export", "participation", null, extension + " " + p.start() + " – " + p.end()));
        Locale locale = RequestContextUtils.getLocale(request);
        response.setContentType(contentType);
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"tham-gia_" + p.start() + "_" + p.end() + "." + extension + "\"");
        response.setHeader("Cache-Control", "no-store");
        writer.write(r, key -> messages.getMessage(key, null, key, locale), response.getOutputStream());
    }
}
