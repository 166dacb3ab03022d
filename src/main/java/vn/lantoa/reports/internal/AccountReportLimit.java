package vn.lantoa.reports.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.TooManyRequestsException;

/**
 * How many reports one signed-in account may file in a sliding hour
 * ({@code lantoa.reports.per-account-per-hour}, 20 by default), counted from the reports
 * themselves. Runs inside the filing transaction under a lock per account, so parallel requests
 * cannot slip past the count.
 */
@Component
class AccountReportLimit {

    static final Duration WINDOW = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int perHour;

    AccountReportLimit(JdbcClient jdbc, Clock clock, @Value("${lantoa.reports.per-account-per-hour:20}") int perHour) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perHour = perHour;
    }

    /** @throws TooManyRequestsException once the account has filed its hour's reports */
    void check(CurrentUser user) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('rpt_report:user'), hashtext(?::text))")
                .param(user.id())
                .query((rs, n) -> 1)
                .list();
        // The perHour-th most recent report of the window: once it leaves the window, one more may be filed.
        jdbc.sql("""
                SELECT created_at FROM rpt_report WHERE reporter_user_id = ? AND created_at > ?
                ORDER BY created_at DESC OFFSET ? LIMIT 1""")
                .params(user.id(), now.minus(WINDOW), perHour - 1)
                .query(OffsetDateTime.class)
                .optional()
                .ifPresent(at -> {
                    throw new TooManyRequestsException(
                            Duration.between(now, at.plus(WINDOW)), "reports.intake.error.tooManyForAccount", perHour);
                });
    }
}
