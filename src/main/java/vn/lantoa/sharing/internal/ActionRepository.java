package vn.lantoa.sharing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lantoa.sharing.ActionKind;
import vn.lantoa.sharing.ActionState;

/** Logged actions, their dedup keys and the members' idempotency keys. */
@Repository
class ActionRepository {

    private static final String COLUMNS = """
            id, kind, member_id, unit_id, campaign_id, post_url, post_canonical, platform, article_url,
            article_canonical, article_official, source_name, rebuttal_text, state, state_reason, created_at""";
    private static final String JOINED_COLUMNS = COLUMNS.replaceAll("(\\w+)", "a.$1");

    private final JdbcClient jdbc;

    ActionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewAction(
            ActionKind kind,
            long memberId,
            long unitId,
            Long campaignId,
            String postUrl,
            String postCanonical,
            String platform,
            String articleUrl,
            String articleCanonical,
            boolean articleOfficial,
            String sourceName,
            String rebuttalText,
            ActionState state,
            String stateReason,
            Instant createdAt) {}

    /** What {@link #insertIfNew} did. */
    record Insertion(Optional<ActionView> inserted, boolean keyTaken) {}

    /**
     * Claims the dedup key of a post and inserts the action in one statement: the action is written
     * only when its key was free, and comes back as stored. With an idempotency key, the same
     * statement first remembers the key against the new action; when the member's key is already
     * taken (a retry) nothing is written and {@code keyTaken} says so. When another action already
     * holds the post's dedup key, nothing but the remembered idempotency key is written, and
     * {@link #holderOfKey} then finds the holder, in a new statement that sees the other commit.
     */
    Insertion insertIfNew(NewAction a, String dedupKey, String idempotencyKey) {
        String newId = idempotencyKey == null ? "nextval('shr_action_id_seq')" : "(SELECT action_id FROM remembered)";
        String remembered = idempotencyKey == null ? "" : """
                remembered AS (
                    INSERT INTO shr_idempotency (member_id, idem_key, action_id, duplicate, created_at)
                    VALUES (:member, :idem, nextval('shr_action_id_seq'), FALSE, :at)
                    ON CONFLICT DO NOTHING
                    RETURNING action_id),
                """;
        String claimed = """
                claimed AS (
                    INSERT INTO shr_action_key (kind, canonical, action_id, created_at)
                    SELECT :kind, :dedup, %s, :at
                     WHERE %s
                    ON CONFLICT DO NOTHING
                    RETURNING action_id),
                """.formatted(newId, idempotencyKey == null ? "TRUE" : "EXISTS (SELECT 1 FROM remembered)");
        return jdbc.sql("WITH " + remembered + claimed + """
                inserted AS (
                    INSERT INTO shr_action (id, kind, member_id, unit_id, campaign_id, post_url, post_canonical,
                        platform, article_url, article_canonical, article_official, source_name, rebuttal_text, state,
                        state_reason, created_at)
                    OVERRIDING SYSTEM VALUE
                    SELECT action_id, :kind, :member, :unit, :campaign, :postUrl, :postCanonical, :platform,
                        :articleUrl, :articleCanonical, :official, :source, :text, :state, :reason, :at
                      FROM claimed
                    RETURNING\s""" + COLUMNS
                        + """
                )
                SELECT %s AS key_taken, inserted.* FROM (SELECT 1) AS one LEFT JOIN inserted ON TRUE
                """.formatted(idempotencyKey == null ? "FALSE" : "NOT EXISTS (SELECT 1 FROM remembered)"))
                .param("kind", a.kind().name())
                .param("dedup", dedupKey)
                .param("idem", idempotencyKey)
                .param("member", a.memberId())
                .param("unit", a.unitId())
                .param("campaign", a.campaignId())
                .param("postUrl", a.postUrl())
                .param("postCanonical", a.postCanonical())
                .param("platform", a.platform())
                .param("articleUrl", a.articleUrl())
                .param("articleCanonical", a.articleCanonical())
                .param("official", a.articleOfficial())
                .param("source", a.sourceName())
                .param("text", a.rebuttalText())
                .param("state", a.state().name())
                .param("reason", a.stateReason())
                .param("at", OffsetDateTime.ofInstant(a.createdAt(), ZoneOffset.UTC))
                .query((rs, n) -> new Insertion(
                        rs.getObject("id") == null ? Optional.empty() : Optional.of(view(rs, n)),
                        rs.getBoolean("key_taken")))
                .single();
    }

    /** The action that holds a post's dedup key. */
    Optional<ActionView> holderOfKey(ActionKind kind, String canonical) {
        return jdbc.sql("SELECT " + JOINED_COLUMNS + " FROM shr_action_key k JOIN shr_action a ON a.id = k.action_id"
                        + " WHERE k.kind = ? AND k.canonical = ?")
                .params(kind.name(), canonical)
                .query(ActionRepository::view)
                .optional();
    }

    record RememberedKey(long actionId, boolean duplicate) {}

    Optional<RememberedKey> actionOfIdempotencyKey(long memberId, String key) {
        return jdbc.sql("SELECT action_id, duplicate FROM shr_idempotency WHERE member_id = ? AND idem_key = ?")
                .params(memberId, key)
                .query((rs, n) -> new RememberedKey(rs.getLong(1), rs.getBoolean(2)))
                .optional();
    }

    /** The member's idempotency key now answers with the action that already held the post. */
    void rememberDuplicate(long memberId, String key, long actionId) {
        jdbc.sql("UPDATE shr_idempotency SET action_id = ?, duplicate = TRUE WHERE member_id = ? AND idem_key = ?")
                .params(actionId, memberId, key)
                .update();
    }

    Optional<ActionView> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM shr_action WHERE id = ?")
                .param(id)
                .query(ActionRepository::view)
                .optional();
    }

    List<ActionView> ofMember(long memberId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM shr_action WHERE member_id = ? ORDER BY created_at DESC, id DESC LIMIT ?")
                .params(memberId, limit)
                .query(ActionRepository::view)
                .list();
    }

    record Totals(long shares, long sharesVerified, long rebuttals, long rebuttalsVerified) {}

    Totals totalsOfMember(long memberId) {
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE kind = 'SHARE' AND state <> 'REJECTED') AS shares,
                       count(*) FILTER (WHERE kind = 'SHARE' AND state = 'VERIFIED') AS shares_verified,
                       count(*) FILTER (WHERE kind = 'REBUTTAL' AND state <> 'REJECTED') AS rebuttals,
                       count(*) FILTER (WHERE kind = 'REBUTTAL' AND state = 'VERIFIED') AS rebuttals_verified
                  FROM shr_action WHERE member_id = ?""")
                .param(memberId)
                .query((rs, n) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    void review(long id, ActionState state, String reason, long reviewer, Instant at) {
        jdbc.sql("""
                UPDATE shr_action SET state = ?, state_reason = ?, reviewed_by = ?, reviewed_at = ? WHERE id = ?""")
                .params(state.name(), reason, reviewer, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), id)
                .update();
    }

    static ActionView view(ResultSet rs, int row) throws SQLException {
        return new ActionView(
                rs.getLong("id"),
                ActionKind.valueOf(rs.getString("kind")),
                rs.getLong("member_id"),
                rs.getLong("unit_id"),
                rs.getObject("campaign_id", Long.class),
                rs.getString("post_url"),
                rs.getString("post_canonical"),
                rs.getString("platform"),
                rs.getString("article_url"),
                rs.getString("article_canonical"),
                rs.getBoolean("article_official"),
                rs.getString("source_name"),
                rs.getString("rebuttal_text"),
                ActionState.valueOf(rs.getString("state")),
                rs.getString("state_reason"),
                rs.getTimestamp("created_at").toInstant());
    }
}
