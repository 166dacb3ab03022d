package vn.lantoa.accounts.internal;

import static vn.lantoa.platform.PersonalData.at;
import static vn.lantoa.platform.PersonalData.text;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.PersonalData;

/**
 * The sign-in account and what the audit log recorded of it. Erasing disables the account, replaces
 * its names, drops its e-mail, password and second factor, and ends its sessions; the audit log
 * itself is append-only and keeps what it recorded (the application role may not change it).
 */
@Component
@Order(10)
class AccountPersonalData implements PersonalData.Source {

    private static final int AUDIT_ROWS = 500;
    private static final String WHO = "(u.id = ? OR (? IS NOT NULL AND u.member_id = ?))";

    private final JdbcClient jdbc;
    private final FindByIndexNameSessionRepository<?> sessions;
    private final PasswordEncoder encoder;

    AccountPersonalData(JdbcClient jdbc, FindByIndexNameSessionRepository<?> sessions, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.encoder = encoder;
    }

    @Override
    public List<PersonalData.Section> of(PersonalData.Subject subject) {
        Object[] who = {subject.userId(), subject.memberId(), subject.memberId()};
        List<List<String>> accounts = jdbc.sql("SELECT u.username, u.display_name, u.email,"
                        + " (SELECT string_agg(r.role, ', ' ORDER BY r.role) FROM acc_user_role r WHERE r.user_id = u.id),"
                        + " u.enabled, u.totp_enrolled_at, u.created_at FROM acc_user u WHERE " + WHO
                        + " ORDER BY u.id")
                .params(who)
                .query((rs, n) -> List.of(
                        text(rs.getString(1)),
                        text(rs.getString(2)),
                        text(rs.getString(3)),
                        text(rs.getString(4)),
                        rs.getBoolean(5) ? "✓" : "",
                        at(rs.getTimestamp(6)),
                        at(rs.getTimestamp(7))))
                .list();
        if (accounts.isEmpty()) {
            return List.of();
        }
        List<List<String>> audit = jdbc.sql("SELECT a.at, a.action, a.target_type, a.target_id, a.address"
                        + " FROM acc_audit_log a JOIN acc_user u ON u.id = a.user_id WHERE " + WHO
                        + " ORDER BY a.at DESC LIMIT " + AUDIT_ROWS)
                .params(who)
                .query((rs, n) -> List.of(
                        at(rs.getTimestamp(1)),
                        text(rs.getString(2)),
                        text(rs.getString(3)) + (rs.getString(4) == null ? "" : " #" + rs.getString(4)),
                        text(rs.getString(5))))
                .list();
        return List.of(
                new PersonalData.Section(
                        "account",
                        "personalData.account",
                        List.of(
                                "personalData.account.username",
                                "personalData.account.displayName",
                                "personalData.account.email",
                                "personalData.account.roles",
                                "personalData.account.enabled",
                                "personalData.account.twoFactor",
                                "personalData.account.created"),
                        accounts),
                new PersonalData.Section(
                        "audit",
                        "personalData.audit",
                        List.of(
                                "personalData.audit.at",
                                "personalData.audit.action",
                                "personalData.audit.target",
                                "personalData.audit.address"),
                        audit));
    }

    @Override
    public int erase(PersonalData.Subject subject) {
        Object[] who = {subject.userId(), subject.memberId(), subject.memberId()};
        List<String> usernames = jdbc.sql("SELECT u.username FROM acc_user u WHERE " + WHO)
                .params(who)
                .query(String.class)
                .list();
        // a password nobody knows, in the encoder's own format (sign-in stays an ordinary refusal)
        String unknowable = encoder.encode(java.util.UUID.randomUUID().toString());
        int changed = jdbc.sql("UPDATE acc_user u SET username = 'da-xoa-' || u.id, display_name = 'Tài khoản đã xóa',"
                        + " email = NULL, password_hash = ?, totp_secret = NULL, totp_enrolled_at = NULL,"
                        + " enabled = FALSE WHERE " + WHO)
                .params(unknowable, subject.userId(), subject.memberId(), subject.memberId())
                .update();
        // an invitation still open would let its link set a password again
        jdbc.sql("UPDATE acc_invitation SET used_at = now() WHERE used_at IS NULL AND user_id IN"
                        + " (SELECT u.id FROM acc_user u WHERE " + WHO + ")")
                .params(who)
                .update();
        for (String username : usernames) {
            sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
        }
        return changed;
    }
}
