package vn.lantoa.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.Role;
import vn.lantoa.platform.TooManyRequestsException;

/** The per-account report limit is a sliding hour: the wait ends when the oldest counted report leaves it. */
@LanToaIntegrationTest
class AccountReportLimitWindowTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void theWaitEndsWhenTheOldestCountedReportLeavesTheHour() {
        // all in one transaction that is rolled back: no other test sees these rows
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            long like = jdbc.sql("SELECT id FROM acc_user WHERE username = 'thanhvien'")
                    .query(Long.class)
                    .single();
            long ghost = userIdWithoutReports(like);
            OffsetDateTime now = OffsetDateTime.now();
            for (int minutesAgo : new int[] {50, 40, 30}) {
                jdbc.sql("INSERT INTO rpt_report (tracking_code, content, category, reporter_user_id, created_at)"
                                + " VALUES (?, 'Nội dung thử giới hạn', 'other', ?, ?)")
                        .params("T-" + UUID.randomUUID(), ghost, now.minusMinutes(minutesAgo))
                        .update();
            }
            CurrentUser user = new CurrentUser(ghost, "ma", "Ma", Set.of(Role.MEMBER), null, null);
            assertThatThrownBy(() -> new AccountReportLimit(jdbc, Clock.systemUTC(), 3).check(user))
                    .isInstanceOfSatisfying(
                            TooManyRequestsException.class,
                            e -> assertThat(e.retryAfterSeconds())
                                    .as("the report of 50 minutes ago leaves the hour in 10 minutes")
                                    .isBetween(
                                            Duration.ofMinutes(9).toSeconds(),
                                            Duration.ofMinutes(11).toSeconds()));
            new AccountReportLimit(jdbc, Clock.systemUTC(), 4).check(user);
            new AccountReportLimit(jdbc, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(11)), 3).check(user);
        });
    }

    private long userIdWithoutReports(long like) {
        String username = "cua-so-" + UUID.randomUUID().toString().substring(0, 8);
        return jdbc.sql("""
                INSERT INTO acc_user (username, display_name, password_hash)
                SELECT ?, 'Cửa sổ', password_hash FROM acc_user WHERE id = ? RETURNING id""").params(username, like).query(Long.class).single();
    }
}
