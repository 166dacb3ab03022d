package vn.lantoa.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lantoa.accounts.internal.PasswordChange;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.web.PlatformRoutes;

/** Where any signed-in user changes their own password. */
@Controller
class OwnPasswordController {

    private final PasswordChange change;

    OwnPasswordController(PasswordChange change) {
        this.change = change;
    }

    @GetMapping(PlatformRoutes.PASSWORD)
    String show(Model model) {
        model.addAttribute("page", new OwnPasswordPage(null, 0, false, 0));
        return "accounts/password";
    }

    @PostMapping(PlatformRoutes.PASSWORD)
    String submit(
            @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String repeat,
            HttpServletRequest request,
            Model model) {
        CurrentUser user = CurrentUser.get().orElseThrow();
        PasswordChange.Outcome outcome = change.change(
                user,
                current,
                password,
                repeat,
                request.getRemoteAddr(),
                request.getSession(false) == null
                        ? null
                        : request.getSession(false).getId());
        model.addAttribute(
                "page",
                new OwnPasswordPage(
                        outcome.problemKey(),
                        outcome.retryAfter() == null
                                ? 0
                                : Math.max(1, outcome.retryAfter().toSeconds()),
                        outcome.done(),
                        outcome.otherSessionsEnded()));
        return "accounts/password";
    }
}
