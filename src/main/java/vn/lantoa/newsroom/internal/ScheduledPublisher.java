package vn.lantoa.newsroom.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes approved articles when their time comes: every 20 seconds and once right after the
 * start (catching up on what fell due while the application was down). Rows are taken with
 * {@code FOR UPDATE SKIP LOCKED}, so several nodes never publish the same article twice.
 */
@Component
@ConditionalOnProperty(name = "lantoa.newsroom.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class ScheduledPublisher {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublisher.class);
    private static final int BATCH = 50;
    private final ArticleService articles;

    ScheduledPublisher(ArticleService articles) {
        this.articles = articles;
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUpOnStart() {
        run();
    }

    @Scheduled(fixedDelayString = "${lantoa.newsroom.schedule-interval:20s}", initialDelayString = "20s")
    void run() {
        try {
            int total = 0;
            int published;
            do {
                published = articles.publishDue(BATCH);
                total += published;
            } while (published == BATCH);
            if (total > 0) {
                log.info("Published {} scheduled article(s)", total);
            }
        } catch (RuntimeException e) {
            log.warn("Scheduled publication failed; retrying on the next run", e);
        }
    }
}
