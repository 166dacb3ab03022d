package vn.lantoa.sharing.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.lantoa.platform.CurrentUser;

/** Entry of the member area; campaigns and logging arrive with the sharing issue. */
@Controller
class MemberHomeController {

    @GetMapping("/thanh-vien")
    String home(Model model) {
        model.addAttribute(
                "page",
                new MemberHomePage(
                        CurrentUser.get().map(CurrentUser::displayName).orElse("")));
        return "sharing/member-home";
    }
}
