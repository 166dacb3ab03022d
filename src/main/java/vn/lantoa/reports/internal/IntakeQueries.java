package vn.lantoa.reports.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the intake: the per-address window, the reports, their links and screenshots. */
@Repository
public class IntakeQueries {

    /** A report as stored, with who filed it (ids of our own users only). */
    public record NewReport(
            String trackingCode,
            String content,
            String category,
            Long reporterUserId,
            Long reporterMemberId,
            Long unitId,
            String contactEmail,
            String contactPhone,
            String idempotencyKey) {}

    /** What a retry with the same key gets back. */
    public record KnownReport(long id, String trackingCode, Long clusterId) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    IntakeQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records one submission from the address and returns how many it made in the last hour,
     * this one included (a sliding window, so the count does not reset on the hour).
     */
    public int countSubmission(String address) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String hash = hash(address);
        jdbc.sql("DELETE FROM rpt_intake_attempt WHERE attempted_at < ?")
                .param(now.minus(Duration.ofDays(1)))
                .update();
        jdbc.sql("INSERT INTO rpt_intake_attempt (address_hash, attempted_at) VALUES (?, ?)")
                .params(hash, now)
                .update();
        return jdbc.sql("SELECT count(*) FROM rpt_intake_attempt WHERE address_hash = ? AND attempted_at > ?")
                .params(hash, now.minus(Duration.ofHours(1)))
                .query(Integer.class)
                .single();
    }

    public long insertReport(NewReport r) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean contact = r.contactEmail() != null || r.contactPhone() != null;
        return jdbc.sql("""
                INSERT INTO rpt_report (tracking_code, content, category, reporter_user_id, reporter_member_id, unit_id,
                                        contact_email, contact_phone, contact_consent_at, idempotency_key, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        r.trackingCode(),
                        r.content(),
                        r.category(),
                        r.reporterUserId(),
                        r.reporterMemberId(),
                        r.unitId(),
                        r.contactEmail(),
                        r.contactPhone(),
                        contact ? now : null,
                        r.idempotencyKey(),
                        now)
                .query(Long.class)
                .single();
    }

    public void insertLink(long reportId, String raw, String canonical, String platform) {
        jdbc.sql("""
                INSERT INTO rpt_report_link (report_id, raw, canonical, platform, created_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (report_id, canonical) DO NOTHING""")
                .params(reportId, raw, canonical, platform, OffsetDateTime.now(clock))
                .update();
    }

    public void insertScreenshot(long reportId, String sourceType, int width, int height, byte[] jpeg, byte[] thumb) {
        jdbc.sql("""
                INSERT INTO rpt_screenshot (report_id, source_type, width, height, image_jpeg, thumb_jpeg, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(reportId, sourceType, width, height, jpeg, thumb, OffsetDateTime.now(clock))
                .update();
    }

    public Optional<KnownReport> byIdempotencyKey(String key) {
        return jdbc.sql("SELECT id, tracking_code, cluster_id FROM rpt_report WHERE idempotency_key = ?")
                .param(key)
                .query((rs, n) -> new KnownReport(
                        rs.getLong("id"), rs.getString("tracking_code"), rs.getObject("cluster_id", Long.class)))
                .optional();
    }

    public Optional<String> contentOf(String trackingCode) {
        return jdbc.sql("SELECT content FROM rpt_report WHERE tracking_code = ?")
                .param(trackingCode)
                .query(String.class)
                .optional();
    }

    /** Whether the report's cluster holds reports of other reporters (it joined something known). */
    public boolean joinedOthers(String trackingCode) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM rpt_report r JOIN rpt_report o ON o.cluster_id = r.cluster_id AND o.id <> r.id
                               WHERE r.tracking_code = ?)""").param(trackingCode).query(Boolean.class).single();
    }

    public static String hash(String address) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(("rpt-intake:" + address).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
