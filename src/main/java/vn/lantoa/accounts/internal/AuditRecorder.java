package vn.lantoa.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.CurrentUser;

/**
 * Writes the audit log: {@link AuditEvent}s synchronously, in the transaction of the change they
 * describe (if the change rolls back, so does its entry), and every sign-in success and failure.
 */
@Component
class AuditRecorder {

    private final AuditLog log;
    private final LoginThrottle throttle;

    AuditRecorder(AuditLog log, LoginThrottle throttle) {
        this.log = log;
        this.throttle = throttle;
    }

    @EventListener
    void on(AuditEvent event) {
        CurrentUser user = CurrentUser.get().orElse(null);
        HttpServletRequest request = request();
        log.append(
                user == null ? null : user.id(),
                user == null ? null : user.username(),
                event.action(),
                event.targetType(),
                event.targetId(),
                event.detail(),
                address(request),
                userAgent(request));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        Long id = event.getAuthentication().getPrincipal() instanceof CurrentUser.Carrier c
                ? c.currentUser().id()
                : null;
        HttpServletRequest request = request();
        String username = event.getAuthentication().getName();
        log.append(id, username, "login.success", "account", null, null, address(request), userAgent(request));
        throttle.succeeded(username, address(request));
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        HttpServletRequest request = request();
        String username = AccountRepository.normalise(event.getAuthentication().getName());
        log.append(
                null,
                username,
                "login.failure",
                "account",
                null,
                event.getException().getClass().getSimpleName(),
                address(request),
                userAgent(request));
        throttle.failed(username, address(request));
    }

    private static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }

    static String address(HttpServletRequest request) {
        return request == null ? null : request.getRemoteAddr();
    }

    private static String userAgent(HttpServletRequest request) {
        return request == null ? null : request.getHeader("User-Agent");
    }
}
