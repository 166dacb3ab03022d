package vn.lantoa.accounts.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.lantoa.accounts.internal.AccountAdmin;
import vn.lantoa.accounts.internal.Invitations;
import vn.lantoa.organization.UnitDirectory;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.Role;
import vn.lantoa.platform.Zone;

/**
 * Accounts of the user's scope: list, create with an invitation (link, and e-mail when possible),
 * re-invite, enable and disable. Each form carries a request key so a repeated submission is
 * answered as the first one was.
 */
@Controller
class AccountController {

    private final AccountAdmin accounts;
    private final UnitDirectory units;

    AccountController(AccountAdmin accounts, UnitDirectory units) {
        this.accounts = accounts;
        this.units = units;
    }

    @GetMapping(AccountsRoutes.ACCOUNTS)
    String list(Model model) {
        CurrentUser user = accounts.manager();
        List<Role> roles = user.isAdmin() ? Arrays.asList(Role.values()) : List.of(Role.MEMBER);
        model.addAttribute(
                "page", new AccountsPage(accounts.list(user), units.visibleUnits(user), roles, requestKey()));
        return "accounts/accounts";
    }

    @PostMapping(AccountsRoutes.ACCOUNTS)
    String create(
            @ModelAttribute AccountAdmin.NewAccount form,
            @RequestParam(required = false) String idempotencyKey,
            Model model) {
        CurrentUser user = accounts.manager();
        return issued(user, accounts.create(user, form, idempotencyKey), model);
    }

    @GetMapping(AccountsRoutes.ACCOUNT)
    String show(@PathVariable long id, Model model) {
        model.addAttribute("page", new AccountPage(accounts.get(accounts.manager(), id), null, requestKey()));
        return "accounts/account";
    }

    @PostMapping(AccountsRoutes.ACCOUNT_REINVITE)
    String reinvite(
            @PathVariable long id,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String idempotencyKey,
            Model model) {
        CurrentUser user = accounts.manager();
        return issued(user, accounts.reinvite(user, id, email, idempotencyKey), model);
    }

    @PostMapping(AccountsRoutes.ACCOUNT_STATUS)
    String enable(@PathVariable long id, @RequestParam boolean enabled) {
        accounts.setEnabled(accounts.manager(), id, enabled);
        return "redirect:" + AccountsRoutes.account(id);
    }

    /** The link is shown once, on this response, and never stored in clear; a repeat shows none. */
    private String issued(CurrentUser user, Invitations.Issued issued, Model model) {
        String link = issued.repeated()
                ? null
                : ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path(AccountsRoutes.invitation(issued.token()))
                        .toUriString();
        AccountPage.Invitation invitation = new AccountPage.Invitation(
                link, Zone.DATE_TIME.format(issued.expiresAt()), issued.mailedTo(), issued.mailOff());
        model.addAttribute("page", new AccountPage(accounts.get(user, issued.userId()), invitation, requestKey()));
        return "accounts/account";
    }

    private static String requestKey() {
        return UUID.randomUUID().toString();
    }
}
