package vn.lantoa.sharing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.platform.Zone;

/**
 * Keeps a monthly partition of {@code shr_action} ready for this month and the next two, so the
 * default partition stays empty. Runs at start and every night; nodes take turns through an
 * advisory lock.
 */
@Component
class ActionPartitions {

    private static final Logger log = LoggerFactory.getLogger(ActionPartitions.class);
    private static final long LOCK = 0x5348525041525449L; // "SHRPARTI"
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyy_MM");

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ActionPartitions(JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        ensureAhead();
    }

    @Scheduled(cron = "0 10 0 * * *", zone = "Asia/Ho_Chi_Minh")
    void nightly() {
        ensureAhead();
    }

    void ensureAhead() {
        YearMonth now = YearMonth.now(clock.withZone(Zone.VIETNAM));
        for (int i = 0; i < 3; i++) {
            YearMonth month = now.plusMonths(i);
            try {
                transaction.executeWithoutResult(status -> create(month));
            } catch (DataAccessException e) {
                log.warn("Could not create the partition of shr_action for {}: {}", month, e.getMessage());
            }
        }
    }

    private void create(YearMonth month) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)")
                .param(LOCK)
                .query(Object.class)
                .single();
        LocalDate from = month.atDay(1);
        LocalDate to = month.plusMonths(1).atDay(1);
        // Bounds are Vietnamese midnights, so a month's actions are the Vietnamese month's.
        jdbc.sql("CREATE TABLE IF NOT EXISTS shr_action_" + NAME.format(month)
                        + " PARTITION OF shr_action FOR VALUES FROM ('" + from + " 00:00:00+07') TO ('" + to
                        + " 00:00:00+07')")
                .update();
    }
}
