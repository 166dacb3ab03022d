package vn.lantoa.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.LanToaIntegrationTest;

/** A public reporter's e-mail and phone go once the retention period has passed; the report stays. */
@LanToaIntegrationTest
class ReporterContactRetentionTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ReporterContactRetention retention;

    @Test
    void publicReportersContactsAreDeletedAfterTheRetentionPeriod() {
        String suffix = Long.toString(System.nanoTime(), 36);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long old = report("old" + suffix, now.minusDays(181));
        long recent = report("new" + suffix, now.minusDays(10));

        int expired = retention.expire();

        assertThat(expired).isPositive();
        assertThat(contact(old)).isNull();
        assertThat(contact(recent)).isEqualTo("ban.doc@example.vn");
        assertThat(content(old)).as("the report itself stays").isEqualTo("Tin đồn thất thiệt");
        assertThat(audits()).isPositive();
    }

    private long report(String code, OffsetDateTime at) {
        return jdbc.sql("INSERT INTO rpt_report (tracking_code, content, created_at, contact_email, contact_phone,"
                        + " contact_consent_at) VALUES (?, 'Tin đồn thất thiệt', ?, 'ban.doc@example.vn', '0912000111', ?)"
                        + " RETURNING id")
                .params(code.toUpperCase(java.util.Locale.ROOT), at, at)
                .query(Long.class)
                .single();
    }

    private String contact(long report) {
        return jdbc.sql("SELECT contact_email FROM rpt_report WHERE id = ?")
                .param(report)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private String content(long report) {
        return jdbc.sql("SELECT content FROM rpt_report WHERE id = ?")
                .param(report)
                .query(String.class)
                .single();
    }

    private long audits() {
        return jdbc.sql("SELECT count(*) FROM acc_audit_log WHERE action = 'report.contacts.expire'")
                .query(Long.class)
                .single();
    }
}
