package vn.lantoa.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test data: clusters and their reports written straight into the V60 tables. */
public final class Clusters {

    private final JdbcClient jdbc;

    public Clusters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long cluster() {
        return jdbc.sql(
                        "INSERT INTO rpt_cluster (status, created_at, updated_at) VALUES ('NEW', now(), now()) RETURNING id")
                .query(Long.class)
                .single();
    }

    /** A confirmed report of the cluster, {@code daysAgo} days old; returns its tracking code. */
    public String report(long clusterId, String content, String link, String category, int daysAgo) {
        String code = "PA-T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        OffsetDateTime at = OffsetDateTime.ofInstant(Instant.now().minus(Duration.ofDays(daysAgo)), ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO rpt_report (tracking_code, content, link, category, cluster_id, cluster_state, created_at)
                VALUES (?, ?, ?, ?, ?, 'CONFIRMED', ?)""").params(code, content, link, category, clusterId, at).update();
        return code;
    }

    /** A confirmed report filed by a member, or by the public with an e-mail and/or phone (consent given). */
    public String reportFrom(long clusterId, String content, Long memberId, String email, String phone) {
        String code = "PA-T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.sql("""
                INSERT INTO rpt_report (tracking_code, content, category, cluster_id, cluster_state, created_at,
                                        reporter_member_id, contact_email, contact_phone, contact_consent_at)
                VALUES (?, ?, 'fabricated', ?, 'CONFIRMED', now(), ?, ?, ?,
                        CASE WHEN ?::text IS NULL AND ?::text IS NULL THEN NULL ELSE now() END)""")
                .params(code, content, clusterId, memberId, email, phone, email, phone)
                .update();
        return code;
    }

    /** A link of the intake's kind (several per report) added to a report. */
    public void link(String trackingCode, String raw, String canonical) {
        jdbc.sql("""
                INSERT INTO rpt_report_link (report_id, raw, canonical, platform, created_at)
                SELECT id, ?, ?, 'OTHER', created_at FROM rpt_report WHERE tracking_code = ?""").params(raw, canonical, trackingCode).update();
    }

    /** A screenshot of a report. */
    public void screenshot(String trackingCode, byte[] jpeg) {
        jdbc.sql("""
                INSERT INTO rpt_screenshot (report_id, source_type, width, height, image_jpeg, thumb_jpeg, created_at)
                SELECT id, 'image/jpeg', 40, 30, ?, ?, now() FROM rpt_report WHERE tracking_code = ?""").params(jpeg, jpeg, trackingCode).update();
    }

    public String status(long clusterId) {
        return jdbc.sql("SELECT status FROM rpt_cluster WHERE id = ?")
                .param(clusterId)
                .query(String.class)
                .single();
    }

    public long audits(String action, long clusterId) {
        return jdbc.sql("SELECT count(*) FROM acc_audit_log WHERE action = ? AND target_id = ?")
                .params(action, Long.toString(clusterId))
                .query(Long.class)
                .single();
    }

    /** A unique marker for texts of one test. */
    public static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
