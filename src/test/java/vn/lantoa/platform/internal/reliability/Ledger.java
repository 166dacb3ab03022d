package vn.lantoa.platform.internal.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the database holds of a {@link ShareLoad} run, compared with what its clients were told:
 * the acknowledged writes stored once each with the id they were answered, no post stored twice, no
 * action without the request that made it (its idempotency key) and no key without its action.
 */
record Ledger(
        int acknowledged,
        int rows,
        int distinctPosts,
        int acknowledgedMissing,
        int answeredWithAnotherId,
        int actionsWithoutKey,
        int keysWithoutAction) {

    static Ledger of(String jdbcUrl, ShareLoad load) throws SQLException {
        Map<String, Long> told = load.acknowledged();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            // Both reads in one snapshot
            db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            db.setAutoCommit(false);
            Map<Long, String> actions = new HashMap<>();
            Set<String> posts = new HashSet<>();
            try (PreparedStatement q =
                    db.prepareStatement("SELECT id, post_url FROM shr_action WHERE post_url LIKE ?")) {
                q.setString(1, load.postUrlPattern());
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        actions.put(rs.getLong(1), rs.getString(2));
                        posts.add(rs.getString(2));
                    }
                }
            }
            Map<String, Long> keys = new HashMap<>();
            try (PreparedStatement q =
                    db.prepareStatement("SELECT idem_key, action_id FROM shr_idempotency WHERE idem_key LIKE ?")) {
                q.setString(1, load.run + "-%");
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        keys.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            int missing = 0;
            int otherId = 0;
            for (Map.Entry<String, Long> e : told.entrySet()) {
                Long stored = keys.get(e.getKey());
                if (stored == null || !actions.containsKey(stored)) {
                    missing++;
                } else if (!stored.equals(e.getValue())) {
                    otherId++;
                }
            }
            Set<Long> keyed = new HashSet<>(keys.values());
            int withoutKey = (int)
                    actions.keySet().stream().filter(id -> !keyed.contains(id)).count();
            int withoutAction = (int) keys.values().stream()
                    .filter(id -> !actions.containsKey(id))
                    .count();
            return new Ledger(told.size(), actions.size(), posts.size(), missing, otherId, withoutKey, withoutAction);
        }
    }

    /** Rows of this run whose key is among {@code refusedKeys}: writes refused and stored all the same. */
    static int storedOf(String jdbcUrl, Set<String> refusedKeys) throws SQLException {
        if (refusedKeys.isEmpty()) {
            return 0;
        }
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
                PreparedStatement q =
                        db.prepareStatement("SELECT count(*) FROM shr_idempotency WHERE idem_key = ANY (?)")) {
            q.setArray(1, db.createArrayOf("text", refusedKeys.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    int duplicates() {
        return rows - distinctPosts;
    }

    int orphans() {
        return actionsWithoutKey + keysWithoutAction;
    }
}
