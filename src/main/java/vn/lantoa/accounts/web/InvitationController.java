package vn.lantoa.accounts.web;

import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lantoa.accounts.internal.Invitations;
import vn.lantoa.platform.NotFoundException;

/** Where an invited person sets their password, once. */
@Controller
class InvitationController {

    private final Invitations invitations;

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping(AccountsRoutes.INVITATION)
    String show(@PathVariable String token, Model model) {
        Invitations.Pending pending = invitations.find(token).orElseThrow(() -> new NotFoundException());
        model.addAttribute("page", new InvitationPage(token, pending.username(), null, false));
        return "accounts/invitation";
    }

    @PostMapping(AccountsRoutes.INVITATION)
    String accept(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String repeat,
            Model model) {
        Invitations.Pending pending = invitations.find(token).orElseThrow(() -> new NotFoundException());
        Optional<String> problem = invitations.accept(token, password, repeat);
        model.addAttribute(
                "page", new InvitationPage(token, pending.username(), problem.orElse(null), problem.isEmpty()));
        return "accounts/invitation";
    }
}
