package vn.lantoa.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.TooManyRequestsException;

/**
 * How many subscription requests one account may make in a sliding hour
 * ({@code lantoa.notifications.push.subscriptions-per-hour}), counted in PostgreSQL so every node
 * sees the same count, under a lock per account so parallel requests cannot slip past it (the way
 * reports limit filings per account). Each request counts, refused or not.
 */
@Component
class PushRequestLimit {

    static final Duration WINDOW = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int perHour;

    PushRequestLimit(JdbcClient jdbc, Clock clock, NotificationProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perHour = properties.push().subscriptionsPerHour();
    }

    /** Counts one request; @throws TooManyRequestsException once the account has made its hour's requests */
    void check(long accountId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('ntf_push_request'), hashtext(?::text))")
                .param(accountId)
                .query((rs, n) -> 1)
                .list();
        jdbc.sql("DELETE FROM ntf_push_request WHERE account_id = ? AND created_at <= ?")
                .params(accountId, now.minus(WINDOW))
                .update();
        // the perHour-th most recent request of the window: once it leaves the window, one more may be made
        jdbc.sql("""
                SELECT created_at FROM ntf_push_request WHERE account_id = ?
                ORDER BY created_at DESC OFFSET ? LIMIT 1""")
                .params(accountId, perHour - 1)
                .query(OffsetDateTime.class)
                .optional()
                .ifPresent(at -> {
                    throw new TooManyRequestsException(
                            Duration.between(now, at.plus(WINDOW)), "notifications.push.error.tooMany", perHour);
                });
        jdbc.sql("INSERT INTO ntf_push_request (account_id, created_at) VALUES (?, ?)")
                .params(accountId, now)
                .update();
    }
}
