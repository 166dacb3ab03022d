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

/** SQL for the public intake: the per-address window and the reports. */
@Repository
public class IntakeQueries {

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

    public void insertReport(String code, String content, String link, String category) {
        jdbc.sql("""
                INSERT INTO rpt_report (tracking_code, content, link, category, created_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(code, content, link, category, OffsetDateTime.now(clock))
                .update();
    }

    public Optional<String> contentOf(String trackingCode) {
        return jdbc.sql("SELECT content FROM rpt_report WHERE tracking_code = ?")
                .param(trackingCode)
                .query(String.class)
                .optional();
    }

    private static String hash(String address) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(("rpt-intake:" + address).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
