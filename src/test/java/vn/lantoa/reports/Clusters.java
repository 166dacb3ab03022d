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
