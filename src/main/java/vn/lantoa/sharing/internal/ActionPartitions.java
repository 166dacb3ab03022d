package vn.lantoa.sharing.internal;

import java.time.Clock;
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
                transaction.executeWithoutResult(status -> ensure(month));
            } catch (DataAccessException e) {
                log.warn("Could not create the partition of shr_action for {}: {}", month, e.getMessage());
            }
        }
    }

    /**
     * Creates the month's partition if it is missing. Actions of that month that already landed in
     * the default partition (logged before the partition existed: the demo data at first start, or
     * after nights when this job could not run) are moved into it in the same transaction; without
     * that PostgreSQL refuses the new partition, and every later action of the month would pile up
     * in the default one.
     */
    void ensure(YearMonth month) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)")
                .param(LOCK)
                .query(Object.class)
                .single();
        String table = "shr_action_" + NAME.format(month);
        boolean attached = jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                                        WHERE i.inhparent = 'shr_action'::regclass AND c.relname = ?)""").param(table).query(Boolean.class).single();
        if (attached) {
            return;
        }
        // Bounds are Vietnamese midnights, so a month's actions are the Vietnamese month's.
        String from = month.atDay(1) + " 00:00:00+07";
        String to = month.plusMonths(1).atDay(1) + " 00:00:00+07";
        jdbc.sql("CREATE TABLE " + table + " (LIKE shr_action INCLUDING DEFAULTS INCLUDING CONSTRAINTS)")
                .update();
        int moved = jdbc.sql("WITH moved AS (DELETE FROM shr_action_default WHERE created_at >= ?::timestamptz"
                        + " AND created_at < ?::timestamptz RETURNING *) INSERT INTO " + table
                        + " SELECT * FROM moved")
                .params(from, to)
                .update();
        jdbc.sql("ALTER TABLE shr_action ATTACH PARTITION " + table + " FOR VALUES FROM ('" + from + "') TO ('" + to
                        + "')")
                .update();
        if (moved > 0) {
            log.info("Moved {} actions of {} from the default partition into {}", moved, month, table);
        }
    }
}
