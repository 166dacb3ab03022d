package vn.lantoa.visits.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lantoa.platform.Zone;

/**
 * Page views reported by the page's script when it asks for the counter's figures
 * ({@code lantoa.visits.counted-by=script}, ADR 0017): behind a shared HTTP cache the page itself
 * may never reach the app, the figures' request always does. Counted exactly as a page's own
 * request would be (the same visitor identity, rules and buffer); memory only.
 */
public final class ScriptViews {

    private static final Logger log = LoggerFactory.getLogger(ScriptViews.class);

    private final boolean enabled;
    private final PageViewRules rules;
    private final VisitorIdentity identity;
    private final VisitBuffer buffer;
    private final Clock clock;

    ScriptViews(boolean enabled, PageViewRules rules, VisitorIdentity identity, VisitBuffer buffer, Clock clock) {
        this.enabled = enabled;
        this.rules = rules;
        this.identity = identity;
        this.buffer = buffer;
        this.clock = clock;
    }

    /** Whether views are counted this way here. */
    public boolean enabled() {
        return enabled;
    }

    /** Counts a view of {@code path} by the requester; false when this is not a view that counts. */
    public boolean count(HttpServletRequest request, String path) {
        if (!enabled || !rules.mayCountView(request, path)) {
            return false;
        }
        try {
            Instant now = clock.instant();
            LocalDate day = LocalDate.ofInstant(now, Zone.VIETNAM);
            buffer.record(identity.visitorOf(request, day), path, now, day);
            return true;
        } catch (RuntimeException e) {
            log.warn("Page view not counted: {}", e.toString());
            return false;
        }
    }
}
