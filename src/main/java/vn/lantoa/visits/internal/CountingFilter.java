package vn.lantoa.visits.internal;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lantoa.platform.Zone;
import vn.lantoa.platform.web.PublicFilters;

/**
 * Counts public page views after the response is made, also those served from the page cache
 * (whose filter runs inside this one). Memory only: no database on the request path.
 *
 * <p>It sits before Spring Session and Spring Security, so it reads the container's own request: inside Security
 * every header read goes through the firewall's validation (a regular expression per value),
 * which cost more than the counting itself. Only a 2xx HTML answer counts, so whatever Security
 * refuses or redirects is not counted. A plain filter, registered for the {@code REQUEST} dispatch
 * only, so it runs once per request without {@code OncePerRequestFilter}'s request attributes.
 */
public final class CountingFilter implements Filter {

    /**
     * Before Spring Session and Spring Security, around both of the portal's page-cache filters (the
     * early one for readers without a session, {@link PublicFilters#PAGE_CACHE_HITS}, and the one
     * after Security).
     */
    public static final int ORDER = PublicFilters.VISIT_COUNTER;

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
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)) {
            chain.doFilter(req, res);
            return;
        }
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
