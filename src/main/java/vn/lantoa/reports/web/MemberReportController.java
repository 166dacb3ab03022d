package vn.lantoa.reports.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.platform.NotSignedInException;
import vn.lantoa.platform.TooManyRequestsException;
import vn.lantoa.reports.internal.FiledReport;
import vn.lantoa.reports.internal.ReportIntake;
import vn.lantoa.reports.internal.Reporter;

/**
 * The member's report form {@code /thanh-vien/phan-anh}, made for the phone: the member is the
 * reporter (their account and member record), so no contact fields and no per-address flood
 * limit, but a per-account one (see {@code AccountReportLimit}).
 */
@Controller
class MemberReportController {

    private final ReportIntake intake;
    private final ReportForms forms;

    MemberReportController(ReportIntake intake, ReportForms forms) {
        this.intake = intake;
        this.forms = forms;
    }

    @GetMapping(ReportsRoutes.MEMBER_FORM)
    String form(Model model) {
        model.addAttribute("page", forms.emptyPage(ReportsRoutes.MEMBER_FORM, true));
        return "reports/member-report";
    }

    @PostMapping(ReportsRoutes.MEMBER_FORM)
    String submit(
            IntakeForm form,
            @RequestParam(name = "screenshot", required = false) MultipartFile screenshot,
            HttpServletResponse response,
            Model model) {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new NotSignedInException());
        IntakeForm withoutContact =
                new IntakeForm(form.content(), form.links(), form.category(), "", null, null, false, form.key());
        try {
            FiledReport filed =
                    intake.file(ReportForms.submission(withoutContact, screenshot), Reporter.signedIn(user));
            return "redirect:" + ReportsRoutes.MEMBER_RECEIVED + "?ma=" + filed.trackingCode();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute(
                    "page",
                    forms.invalidPage(withoutContact, e.messageKey(), e.args(), ReportsRoutes.MEMBER_FORM, true));
            return "reports/member-report";
        } catch (TooManyRequestsException e) {
            // The per-account limit: the form again, with the reason, what was typed kept.
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
            model.addAttribute(
                    "page",
                    forms.invalidPage(withoutContact, e.messageKey(), e.args(), ReportsRoutes.MEMBER_FORM, true));
            return "reports/member-report";
        }
    }

    @GetMapping(ReportsRoutes.MEMBER_RECEIVED)
    String received(@RequestParam(name = "ma", required = false) String code, Model model) {
        model.addAttribute("page", forms.received(code, ReportsRoutes.MEMBER_FORM));
        return "reports/member-received";
    }
}
