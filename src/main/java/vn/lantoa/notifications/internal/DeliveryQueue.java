package vn.lantoa.notifications.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The delivery rows: claimed in one statement with {@code FOR UPDATE SKIP LOCKED}, so two nodes (or
 * two threads) never take the same one, and pushed one lease ahead, so no transaction stays open
 * while a message is on its way out.
 */
@Repository
class DeliveryQueue {

    static final int MAX_ERROR = 1000;
    private final JdbcClient jdbc;

    DeliveryQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A delivery due at {@code due} (now, or when the member's quiet hours end), or skipped with the reason. */
    void add(long noticeId, Channel channel, String address, String skippedBecause, Instant due, Instant now) {
        jdbc.sql("""
                INSERT INTO ntf_delivery (notice_id, channel, address, status, next_attempt_at, last_error,
                                          created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (notice_id, channel, address) DO NOTHING""")
                .params(
                        noticeId,
                        channel.name(),
                        address,
                        skippedBecause == null ? "PENDING" : "SKIPPED",
                        at(skippedBecause == null ? due : now),
                        skippedBecause,
                        at(now),
                        at(now))
                .update();
    }

    /** Takes up to {@code limit} due deliveries for this caller alone until {@code leaseUntil}. */
    List<Claimed> claim(Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                UPDATE ntf_delivery d
                   SET attempts = d.attempts + 1, next_attempt_at = :until, updated_at = :now
                  FROM ntf_notice n
                 WHERE n.id = d.notice_id
                   AND d.id IN (SELECT id FROM ntf_delivery
                                 WHERE status = 'PENDING' AND next_attempt_at <= :now
                                 ORDER BY next_attempt_at, id LIMIT :limit
                                   FOR UPDATE SKIP LOCKED)
                RETURNING d.id, d.notice_id, d.channel, d.address, d.attempts, n.subject, n.body, n.link,
                          n.link_kind, n.link_ref, n.urgent""")
                .param("until", at(leaseUntil))
                .param("now", at(now))
                .param("limit", limit)
                .query((rs, n) -> new Claimed(
                        new Outgoing(
                                rs.getLong("id"),
                                rs.getLong("notice_id"),
                                Channel.valueOf(rs.getString("channel")),
                                rs.getString("address"),
                                rs.getInt("attempts"),
                                rs.getString("subject"),
                                rs.getString("body"),
                                rs.getString("link"),
                                rs.getBoolean("urgent")),
                        rs.getString("link_kind"),
                        rs.getString("link_ref")))
                .list();
    }

    void sent(long id, Instant now) {
        finish(id, "SENT", null, now, "sent_at = :now,");
    }

    void failed(long id, String error, Instant now) {
        finish(id, "FAILED", error, now, "");
    }

    void skipped(long id, String reason, Instant now) {
        finish(id, "SKIPPED", reason, now, "");
    }

    void retryAt(long id, String error, Instant next, Instant now) {
        jdbc.sql("""
                UPDATE ntf_delivery SET next_attempt_at = :next, last_error = :error, updated_at = :now
                 WHERE id = :id AND status = 'PENDING'""")
                .param("next", at(next))
                .param("error", cut(error))
                .param("now", at(now))
                .param("id", id)
                .update();
    }

    /** A failed or skipped delivery goes back to the queue, due now, with a fresh count of tries. */
    boolean requeue(long id, Instant now) {
        return jdbc.sql("""
                UPDATE ntf_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = :now, updated_at = :now
                 WHERE id = :id AND status IN ('FAILED', 'SKIPPED')""").param("now", at(now)).param("id", id).update() > 0;
    }

    private void finish(long id, String status, String error, Instant now, String extra) {
        jdbc.sql("UPDATE ntf_delivery SET status = :status, last_error = :error, " + extra
                        + " updated_at = :now WHERE id = :id AND status = 'PENDING'")
                .param("status", status)
                .param("error", cut(error))
                .param("now", at(now))
                .param("id", id)
                .update();
    }

    static String cut(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "…";
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * A delivery this caller holds, with the notice it carries ({@link Outgoing#link()} still as
     * stored, relative); {@code linkKind} and {@code linkRef} name a one-time link to make before
     * sending, or are null.
     */
    record Claimed(Outgoing delivery, String linkKind, String linkRef) {

        long id() {
            return delivery.id();
        }

        Channel channel() {
            return delivery.channel();
        }

        int attempt() {
            return delivery.attempt();
        }
    }
}
