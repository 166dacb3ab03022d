package vn.lantoa.platform.internal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
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
 * it exists. Inside the security filter chain, so the user is still known, and outside any
 * transaction: a refusal thrown inside a service's transaction would roll back an audit row
 * written there.
 *
 * <p>The row is written before the first byte of the answer: when a view writes the refusal's
 * page, at its first use of the body, and otherwise (an error sent for the container to render)
 * when the chain returns. A page sent with its Content-Length is complete, and the client may act
 * on it, as soon as its last byte is written, so a row written after the chain could come after
 * the client's next request (CI saw a test read the log before it).
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
        if (CurrentUser.get().isEmpty()) {
            // an anonymous visitor is sent to sign in, never refused; the portal's hot path stays unwrapped
            chain.doFilter(request, response);
            return;
        }
        Watched watched = new Watched(request, response);
        try {
            chain.doFilter(request, watched);
        } finally {
            watched.beforeAnswer();
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
            // the refusal stands; a failing audit write must not turn it into a 500
            log.warn("Could not audit the refusal of {}: {}", what, e.getMessage());
        }
    }

    /** The response of a signed-in user's request, which audits a refusal before its body. */
    private final class Watched extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private boolean recorded;

        Watched(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        void beforeAnswer() {
            int status = getStatus();
            if (!recorded
                    && refusal(status, request.getRequestURI())
                    && CurrentUser.get().isPresent()) {
                recorded = true;
                record(request, status);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            beforeAnswer();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            beforeAnswer();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            beforeAnswer();
            super.flushBuffer();
        }
    }
}
