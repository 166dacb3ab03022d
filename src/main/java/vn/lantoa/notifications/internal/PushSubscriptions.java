package vn.lantoa.notifications.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code ntf_push_subscription} rows: one per browser that agreed to be told, keyed to its account. */
@Repository
class PushSubscriptions {

    /** What is needed to send one message to a browser. */
    record Subscription(long id, long memberId, String endpoint, String p256dh, String auth) {}

    private final JdbcClient jdbc;

    PushSubscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the subscription, or takes over the one with the same endpoint: a browser has one
     * endpoint, so when another account signs in on the same phone and subscribes, the phone is theirs.
     */
    long save(long accountId, long memberId, String endpoint, String p256dh, String auth, Instant now) {
        return jdbc.sql("""
                INSERT INTO ntf_push_subscription (account_id, member_id, endpoint, p256dh, auth, created_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (endpoint) DO UPDATE SET account_id = excluded.account_id, member_id = excluded.member_id,
                       p256dh = excluded.p256dh, auth = excluded.auth, created_at = excluded.created_at
                RETURNING id""")
                .params(accountId, memberId, endpoint, p256dh, auth, at(now))
                .query(Long.class)
                .single();
    }

    Optional<Subscription> find(long id) {
        return jdbc.sql("SELECT id, member_id, endpoint, p256dh, auth FROM ntf_push_subscription WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Subscription(
                        rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional();
    }

    List<Long> idsOfMember(long memberId) {
        return jdbc.sql("SELECT id FROM ntf_push_subscription WHERE member_id = ? ORDER BY id")
                .param(memberId)
                .query(Long.class)
                .list();
    }

    int countOfAccount(long accountId) {
        return jdbc.sql("SELECT count(*) FROM ntf_push_subscription WHERE account_id = ?")
                .param(accountId)
                .query(Integer.class)
                .single();
    }

    boolean holds(long accountId, String endpoint) {
        return jdbc.sql("SELECT count(*) FROM ntf_push_subscription WHERE account_id = ? AND endpoint = ?")
                        .params(accountId, endpoint)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The account's subscription of this browser is deleted; returns whether there was one. */
    boolean delete(long accountId, String endpoint) {
        return jdbc.sql("DELETE FROM ntf_push_subscription WHERE account_id = ? AND endpoint = ?")
                        .params(accountId, endpoint)
                        .update()
                > 0;
    }

    int deleteAll(long accountId) {
        return jdbc.sql("DELETE FROM ntf_push_subscription WHERE account_id = ?")
                .param(accountId)
                .update();
    }

    /** The push service said the subscription is gone (404, 410). */
    void drop(long id) {
        jdbc.sql("DELETE FROM ntf_push_subscription WHERE id = ?").param(id).update();
    }

    void delivered(long id, Instant now) {
        jdbc.sql("UPDATE ntf_push_subscription SET last_success_at = ? WHERE id = ?")
                .params(at(now), id)
                .update();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
