package vn.lantoa.reports.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.platform.AuditEvent;

/**
 * Deletes the e-mail address and phone number a public reporter left, once the retention period
 * ({@code lantoa.reports.contact-retention}, 180 days by default) has passed since the report was
 * filed: they were given only to hear the outcome (Law 91/2025: kept no longer than the purpose
 * needs). The report itself, its content and link stay for the cluster and the figures.
 */
@Component
class ReporterContactRetention {

    private static final Logger log = LoggerFactory.getLogger(ReporterContactRetention.class);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration retention;

    ReporterContactRetention(
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${lantoa.reports.contact-retention:180d}") Duration retention) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(cron = "0 40 2 * * *", zone = "Asia/Ho_Chi_Minh")
    void nightly() {
        expire();
    }

    /** Deletes the contacts older than the retention period; returns how many reports lost theirs. */
    @Transactional
    public int expire() {
        OffsetDateTime before = OffsetDateTime.now(clock).minus(retention);
        int expired = jdbc.sql("""
                        UPDATE rpt_report SET contact_email = NULL, contact_phone = NULL, contact_consent_at = NULL
                         WHERE created_at < ? AND (contact_email IS NOT NULL OR contact_phone IS NOT NULL)""").param(before).update();
        if (expired > 0) {
            events.publishEvent(AuditEvent.of(
                    "report.contacts.expire", "report", null, expired + " public reporters' contacts deleted"));
            log.info("Deleted the contacts of {} public reports filed before {}", expired, before);
        }
        return expired;
    }
}
