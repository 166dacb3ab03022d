package vn.lantoa.reports.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.platform.TooManyRequestsException;
import vn.lantoa.reports.internal.FiledReport;
import vn.lantoa.reports.internal.ReportIntake;
import vn.lantoa.reports.internal.Reporter;

/** The public report form {@code /phan-anh}: no account needed, protected against floods. */
@Controller
class IntakeController {

    private final ReportIntake intake;
    private final ReportForms forms;

    IntakeController(ReportIntake intake, ReportForms forms) {
        this.intake = intake;
        this.forms = forms;
    }

    @GetMapping(ReportsRoutes.FORM)
    String form(Model model) {
        model.addAttribute("page", forms.emptyPage(ReportsRoutes.FORM, false));
        return "reports/intake";
    }

    @PostMapping(ReportsRoutes.FORM)
    String submit(
            IntakeForm form,
            @RequestParam(name = "screenshot", required = false) MultipartFile screenshot,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Reporter reporter = Reporter.anonymous(request.getRemoteAddr());
        var known = intake.alreadyFiled(reporter, form.key());
        if (known.isPresent()) {
            return "redirect:" + ReportsRoutes.RECEIVED + "?ma=" + known.get().trackingCode();
        }
        if (!intake.allow(request.getRemoteAddr())) {
            throw new TooManyRequestsException(
                    java.time.Duration.ofHours(1), "reports.api.tooMany", ReportIntake.PER_HOUR);
        }
        if (form.website() != null && !form.website().isBlank()) {
            // A bot filled the hidden field: answer as if all went well, keep nothing.
            return "redirect:" + ReportsRoutes.RECEIVED;
        }
        try {
            FiledReport filed = intake.file(ReportForms.submission(form, screenshot), reporter);
            return "redirect:" + ReportsRoutes.RECEIVED + "?ma=" + filed.trackingCode();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("page", forms.invalidPage(form, e.messageKey(), e.args(), ReportsRoutes.FORM, false));
            return "reports/intake";
        }
    }

    @GetMapping(ReportsRoutes.RECEIVED)
    String received(@RequestParam(name = "ma", required = false) String code, Model model) {
        model.addAttribute("page", forms.received(code, ReportsRoutes.FORM));
        return "reports/received";
    }
}
