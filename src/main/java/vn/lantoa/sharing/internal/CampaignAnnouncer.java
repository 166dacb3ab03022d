package vn.lantoa.sharing.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When a campaign's start comes, tells its audience (once: {@code announced_at}, rows taken with
 * {@code FOR UPDATE SKIP LOCKED}, so several nodes never announce one campaign twice). A campaign
 * that ended before anyone announced it is marked without telling anybody.
 */
@Component
class CampaignAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(CampaignAnnouncer.class);
    private static final int BATCH = 10;

    private record Due(long id, String title, String message, Instant endsAt) {}

    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final SharingNotices notices;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CampaignAnnouncer(
            org.springframework.jdbc.core.simple.JdbcClient jdbc,
            SharingNotices notices,
            TransactionTemplate transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${lantoa.sharing.announce-interval:1m}", initialDelayString = "30s")
    void run() {
        try {
            int announced;
            int rounds = 0;
            do {
                announced = announceDue();
            } while (announced == BATCH && ++rounds < 100);
        } catch (RuntimeException e) {
            log.warn("Announcing started campaigns failed; retrying on the next run", e);
        }
    }

    /** Announces up to one batch of campaigns whose start has come; returns how many were taken. */
    int announceDue() {
        Integer taken = transactions.execute(status -> {
            Instant now = clock.instant();
            List<Due> due = jdbc.sql("""
                    SELECT id, title, message, ends_at FROM shr_campaign
                     WHERE announced_at IS NULL AND starts_at <= ?
                     ORDER BY starts_at, id LIMIT ? FOR UPDATE SKIP LOCKED""")
                    .params(OffsetDateTime.now(clock), BATCH)
                    .query((rs, n) -> new Due(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getTimestamp(4).toInstant()))
                    .list();
            for (Due campaign : due) {
                if (now.isBefore(campaign.endsAt())) {
                    notices.campaignStarted(campaign.id(), campaign.title(), campaign.message(), campaign.endsAt());
                }
                jdbc.sql("UPDATE shr_campaign SET announced_at = ? WHERE id = ?")
                        .params(OffsetDateTime.now(clock), campaign.id())
                        .update();
            }
            return due.size();
        });
        return taken == null ? 0 : taken;
    }
}
