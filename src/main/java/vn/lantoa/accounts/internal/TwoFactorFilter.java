package vn.lantoa.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.lantoa.accounts.web.AccountsRoutes;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.web.PlatformRoutes;

/**
 * After the password, a user who needs the second factor can reach nothing but the TOTP page
 * (and sign-out and static files) until it is passed. Runs after Spring Security's chain, so the
 * signed-in user is known.
 */
@Component
class TwoFactorFilter extends OncePerRequestFilter {

    private static final List<String> OPEN = List.of(
            AccountsRoutes.TWO_FACTOR,
            PlatformRoutes.LOGOUT,
            PlatformRoutes.LOGIN,
            "/css/",
            "/js/",
            "/webjars/",
            "/favicon",
            "/error",
            "/actuator/");

    private final TwoFactor twoFactor;

    TwoFactorFilter(TwoFactor twoFactor) {
        this.twoFactor = twoFactor;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<CurrentUser> user = CurrentUser.get();
        String path = request.getServletPath();
        if (user.isEmpty() || OPEN.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session == null || Boolean.TRUE.equals(session.getAttribute(TwoFactor.VERIFIED))) {
            chain.doFilter(request, response);
            return;
        }
        Object state = session.getAttribute(TwoFactor.STATE);
        if (state == null) {
            state = twoFactor.required(user.get()) ? "needed" : "no";
            session.setAttribute(TwoFactor.STATE, state);
        }
        if ("no".equals(state)) {
            chain.doFilter(request, response);
        } else if (path.startsWith("/api/")) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect(AccountsRoutes.TWO_FACTOR);
        }
    }
}
