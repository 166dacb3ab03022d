package vn.lantoa.statistics.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.NotSignedInException;
import vn.lantoa.platform.Zone;
import vn.lantoa.statistics.internal.ParticipationPdf;
import vn.lantoa.statistics.internal.ParticipationReport;
import vn.lantoa.statistics.internal.ParticipationWorkbook;

/** Back office: participation per unit, group and period (dates dd/MM/yyyy, default this month). */
@StatisticsReaders
@Controller
class ParticipationController {

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
        return CurrentUser.get().orElseThrow(() -> new NotSignedInException());
    }

    @GetMapping(StatisticsRoutes.PARTICIPATION)
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
        return "statistics/participation";
    }

    /** The same report as an XLSX workbook (a bad date gives this month, as the page does); audited. */
    @GetMapping(StatisticsRoutes.PARTICIPATION_XLSX)
    ResponseEntity<byte[]> workbook(
            @RequestParam(name = "tu", required = false) String from,
            @RequestParam(name = "den", required = false) String to,
            HttpServletRequest request) {
        return export(from, to, request, "xlsx", XLSX, ParticipationWorkbook::render);
    }

    /** The same report as a PDF with a chart of shares per unit; audited. */
    @GetMapping(StatisticsRoutes.PARTICIPATION_PDF)
    ResponseEntity<byte[]> pdf(
            @RequestParam(name = "tu", required = false) String from,
            @RequestParam(name = "den", required = false) String to,
            HttpServletRequest request) {
        return export(from, to, request, "pdf", MediaType.APPLICATION_PDF, ParticipationPdf::render);
    }

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private ResponseEntity<byte[]> export(
            String from,
            String to,
            HttpServletRequest request,
            String extension,
            MediaType type,
            BiFunction<ParticipationReport.Report, Function<String, String>, byte[]> render) {
        Period p = period(from, to);
        Locale locale = RequestContextUtils.getLocale(request);
        byte[] body = render.apply(
                report.report(user(), p.start(), p.end()), key -> messages.getMessage(key, null, key, locale));
        events.publishEvent(AuditEvent.of(
                "participation.export", "participation", null, extension + " " + p.start() + " – " + p.end()));
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("tham-gia_" + p.start() + "_" + p.end() + "." + extension)
                                .build()
                                .toString())
                .body(body);
    }
}
