package vn.lantoa.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lantoa.platform.web.PlatformRoutes;

/** The sign-in page; Spring Security handles the POST to the same URL and {@code /dang-xuat}. */
@Controller
class LoginController {

    @GetMapping(PlatformRoutes.LOGIN)
    String login(
            @RequestParam(required = false) String error, @RequestParam(required = false) String logout, Model model) {
        model.addAttribute("page", new LoginPage(error != null, logout != null));
        return "accounts/login";
    }
}
