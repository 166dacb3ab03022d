package vn.lantoa.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lantoa.accounts.internal.Totp;
import vn.lantoa.accounts.internal.TwoFactor;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.Role;
import vn.lantoa.platform.TooManyRequestsException;
import vn.lantoa.platform.web.PlatformRoutes;

/** The second sign-in step: enrol (secret and otpauth URI) or enter the 6-digit code. */
@Controller
class TwoFactorController {

    private final TwoFactor twoFactor;

    TwoFactorController(TwoFactor twoFactor) {
        this.twoFactor = twoFactor;
    }

    @GetMapping(AccountsRoutes.TWO_FACTOR)
    String show(HttpServletRequest request, Model model) {
        CurrentUser user = CurrentUser.get().orElse(null);
        if (user == null) {
            return "redirect:" + PlatformRoutes.LOGIN;
        }
        HttpSession session = request.getSession();
        boolean enrolled = twoFactor.secret(user.id()).isPresent();
        if (enrolled && Boolean.TRUE.equals(session.getAttribute(TwoFactor.VERIFIED))) {
            model.addAttribute("page", new TwoFactorPage(null, null, false, true));
        } else if (enrolled) {
            model.addAttribute("page", new TwoFactorPage(null, null, false, false));
        } else {
            String secret = (String) session.getAttribute(TwoFactor.PENDING_SECRET);
            if (secret == null) {
                secret = Totp.newSecret();
                session.setAttribute(TwoFactor.PENDING_SECRET, secret);
            }
            model.addAttribute(
                    "page",
                    new TwoFactorPage(secret, Totp.uri(TwoFactor.ISSUER, user.username(), secret), false, false));
        }
        return "accounts/two-factor";
    }

    @PostMapping(AccountsRoutes.TWO_FACTOR)
    String verify(@RequestParam(defaultValue = "") String code, HttpServletRequest request, Model model) {
        CurrentUser user = CurrentUser.get().orElse(null);
        if (user == null) {
            return "redirect:" + PlatformRoutes.LOGIN;
        }
        HttpSession session = request.getSession();
        TwoFactor.CodeCheck check = twoFactor.verify(user, session, code, request.getRemoteAddr());
        if (check.retryAfter().isPresent()) {
            // Like a throttled password: 429 and how long to wait.
            throw new TooManyRequestsException(check.retryAfter().get(), "accounts.2fa.tooMany");
        }
        if (check.passed()) {
            TwoFactor.markPassed(session);
            return "redirect:"
                    + (user.roles().stream().anyMatch(r -> r != Role.MEMBER)
                            ? PlatformRoutes.BACK_OFFICE
                            : PlatformRoutes.MEMBER_AREA);
        }
        int failures = session.getAttribute(TwoFactor.FAILURES) instanceof Integer i ? i + 1 : 1;
        if (failures >= TwoFactor.MAX_FAILURES) {
            // Too many wrong codes: back to the password (which is itself throttled).
            session.invalidate();
            return "redirect:" + PlatformRoutes.LOGIN + "?error";
        }
        session.setAttribute(TwoFactor.FAILURES, failures);
        String secret = (String) session.getAttribute(TwoFactor.PENDING_SECRET);
        model.addAttribute(
                "page",
                new TwoFactorPage(
                        secret,
                        secret == null ? null : Totp.uri(TwoFactor.ISSUER, user.username(), secret),
                        true,
                        false));
        return "accounts/two-factor";
    }
}
