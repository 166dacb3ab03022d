package vn.lantoa.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.lantoa.platform.web.PlatformRoutes;

/**
 * Answers a sign-in POST with HTTP 429 (and {@code Retry-After}) while its account or address
 * must wait. Runs just before Spring Security's filter chain, so a refused try never reaches the
 * password check and does not count again.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final String LOGIN = PlatformRoutes.LOGIN;

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && LOGIN.equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = throttle.waitFor(request.getParameter("username"), request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setHeader(
                    "Retry-After", String.valueOf(Math.max(1, wait.get().toSeconds())));
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        chain.doFilter(request, response);
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {
        @Bean
        FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle) {
            FilterRegistrationBean<LoginThrottleFilter> bean =
                    new FilterRegistrationBean<>(new LoginThrottleFilter(throttle));
            bean.setOrder(-101); // before springSecurityFilterChain (-100)
            bean.addUrlPatterns(LOGIN);
            return bean;
        }
    }
}
