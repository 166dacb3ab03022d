package vn.lantoa.accounts.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.Role;
import vn.lantoa.platform.StaffDirectory;

/** {@link StaffDirectory} over the accounts tables. */
@Component
class JdbcStaffDirectory implements StaffDirectory {

    private final JdbcClient jdbc;

    JdbcStaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> displayName(long userId) {
        return jdbc.sql("SELECT display_name FROM acc_user WHERE id = ?")
                .param(userId)
                .query(String.class)
                .optional();
    }

    @Override
    public List<Staff> withAnyRole(Set<Role> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT u.id, u.display_name, u.scope_unit_id FROM acc_user u
                        WHERE u.enabled AND EXISTS (SELECT 1 FROM acc_user_role r
                                                    WHERE r.user_id = u.id AND r.role IN (:roles))
                        ORDER BY u.display_name, u.id""")
                .param("roles", roles.stream().map(Enum::name).toList())
                .query((rs, n) -> new Staff(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class)))
                .list();
    }
}
