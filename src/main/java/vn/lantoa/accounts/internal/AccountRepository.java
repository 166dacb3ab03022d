package vn.lantoa.accounts.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.Role;

/** Accounts and their roles in {@code acc_user} and {@code acc_user_role}. */
@Repository
class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StoredAccount(CurrentUser user, String passwordHash, boolean enabled) {}

    Optional<StoredAccount> findByUsername(String username) {
        return jdbc.sql("""
                SELECT id, username, display_name, password_hash, scope_unit_id, member_id, enabled
                FROM acc_user WHERE username = ?""")
                .param(normalise(username))
                .query((rs, n) -> new StoredAccount(
                        new CurrentUser(
                                rs.getLong("id"),
                                rs.getString("username"),
                                rs.getString("display_name"),
                                rolesOf(rs.getLong("id")),
                                rs.getObject("scope_unit_id", Long.class),
                                rs.getObject("member_id", Long.class)),
                        rs.getString("password_hash"),
                        rs.getBoolean("enabled")))
                .optional();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM acc_user").query(Long.class).single();
    }

    long insert(
            String username,
            String displayName,
            String passwordHash,
            Set<Role> roles,
            Long scopeUnitId,
            Long memberId) {
        long id = jdbc.sql("""
                INSERT INTO acc_user (username, display_name, password_hash, scope_unit_id, member_id)
                VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(normalise(username), displayName, passwordHash, scopeUnitId, memberId)
                .query(Long.class)
                .single();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO acc_user_role (user_id, role) VALUES (?, ?)")
                    .params(id, role.name())
                    .update();
        }
        return id;
    }

    private Set<Role> rolesOf(long userId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT role FROM acc_user_role WHERE user_id = ?")
                .param(userId)
                .query(String.class)
                .list()
                .forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }

    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
