package vn.lantoa.platform.internal.events;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands module events whose listener did not complete (it failed, or its node died, or the database
 * went away while it ran) to their listeners again, once they are older than
 * {@code lantoa.events.retry-older-than}, every {@code lantoa.events.retry-interval}: the registry
 * retries while the application runs, not only at the next start. Every listener of a module event
 * is idempotent (ADR 0001), so a second run of one that was merely slow, or one run on each of two
 * nodes, does no harm.
 */
@Component
class EventRetry {

    private static final Logger log = LoggerFactory.getLogger(EventRetry.class);

    private final IncompleteEventPublications incomplete;
    private final Duration olderThan;

    EventRetry(
            IncompleteEventPublications incomplete, @Value("${lantoa.events.retry-older-than:2m}") Duration olderThan) {
        this.incomplete = incomplete;
        this.olderThan = olderThan;
    }

    @Scheduled(
            fixedDelayString = "${lantoa.events.retry-interval:1m}",
            initialDelayString = "${lantoa.events.retry-interval:1m}")
    void run() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
        } catch (RuntimeException e) {
            log.warn(
                    "Could not hand incomplete module events to their listeners again; retrying later: {}",
                    e.toString());
        }
    }
}
