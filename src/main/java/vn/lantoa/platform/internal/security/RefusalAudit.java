package vn.lantoa.platform.internal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.CurrentUser;

/**
 * Writes every refusal of a signed-in user to the audit log (issue 16, "each denial audited"): a
 * 403 anywhere, and a 404 under {@code /quan-tri}, {@code /api/v1} and the member area {@code
 * /thanh-vien}, where an id of another branch or another member answers 404 so as not to tell that
 * it exists. Inside the security filter chain, so the
 * user is still known, and after the answer, outside any transaction: a refusal thrown inside a
 * service's transaction would roll back an audit row written there.
 */
class RefusalAudit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RefusalAudit.class);
    private static final int DETAIL = 300;

    private final ApplicationEventPublisher events;

    RefusalAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            int status = response.getStatus();
            if (refusal(status, request.getRequestURI())) {
                CurrentUser.get().ifPresent(user -> record(request, status));
            }
        }
    }

    private static boolean refusal(int status, String path) {
        return status == HttpServletResponse.SC_FORBIDDEN
                || (status == HttpServletResponse.SC_NOT_FOUND
                        && (path.equals("/quan-tri")
                                || path.startsWith("/quan-tri/")
                                || path.startsWith("/api/v1/")
                                || path.startsWith("/thanh-vien/")));
    }

    private void record(HttpServletRequest request, int status) {
        String what = request.getMethod() + " " + request.getRequestURI();
        try {
            events.publishEvent(AuditEvent.of(
                    "access.refused", "request", status, what.substring(0, Math.min(DETAIL, what.length()))));
        } catch (RuntimeException e) {
            // the answer is already given; a failing audit write must not turn it into a 500
            log.warn("Could not audit the refusal of {}: {}", what, e.getMessage());
        }
    }
}
