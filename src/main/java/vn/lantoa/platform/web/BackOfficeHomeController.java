package vn.lantoa.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.lantoa.platform.CurrentUser;

/** Entry of the back office: the dashboard of the user's role and scope; modules add their pages under {@code /quan-tri/}. */
@Controller
class BackOfficeHomeController {

    private final BackOfficeDashboard dashboard;

    BackOfficeHomeController(BackOfficeDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping(PlatformRoutes.BACK_OFFICE)
    String home(Model model) {
        CurrentUser user = CurrentUser.get().orElseThrow();
        model.addAttribute("page", new BackOfficeHomePage(user, dashboard.tilesFor(user)));
        return "platform/back-office-home";
    }
}
