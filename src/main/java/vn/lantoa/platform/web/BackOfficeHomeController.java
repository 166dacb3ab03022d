package vn.lantoa.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.lantoa.platform.CurrentUser;

/** Entry of the back office; each module adds its own pages under {@code /quan-tri/}. */
@Controller
class BackOfficeHomeController {

    @GetMapping("/quan-tri")
    String home(Model model) {
        model.addAttribute("page", new BackOfficeHomePage(CurrentUser.get().orElseThrow()));
        return "platform/back-office-home";
    }
}
