package vn.lantoa.visits.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.lantoa.platform.Zone;

/**
 * Counts public page views after the response is made, also those served from the page cache
 * (whose filter runs inside this one). Memory only: no database on the request path.
 */
public final class CountingFilter extends OncePerRequestFilter {

    /** After Spring Security (-100), before the portal's page cache (10). */
    public static final int ORDER = 0;

    private static final Logger log = LoggerFactory.getLogger(CountingFilter.class);
    private final PageViewRules rules;
    private final VisitorIdentity identity;
    private final VisitBuffer buffer;
    private final Clock clock;

    public CountingFilter(PageViewRules rules, VisitorIdentity identity, VisitBuffer buffer, Clock clock) {
        this.rules = rules;
        this.identity = identity;
        this.buffer = buffer;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean candidate = rules.mayCount(request);
        chain.doFilter(request, response);
        if (candidate && !request.isAsyncStarted() && rules.counts(response)) {
            try {
                Instant now = clock.instant();
                LocalDate day = LocalDate.ofInstant(now, Zone.VIETNAM);
                buffer.record(identity.visitorOf(request, day), PageViewRules.pathOf(request), now, day);
            } catch (RuntimeException e) {
                log.warn("Page view not counted: {}", e.toString());
            }
        }
    }
}
