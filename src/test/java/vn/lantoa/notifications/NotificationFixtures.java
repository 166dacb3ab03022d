package vn.lantoa.notifications;

import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.lantoa.organization.internal.UnitRows;

/** Members and member accounts of their own for the notification tests (the database is shared). */
public final class NotificationFixtures {

    private NotificationFixtures() {}

    /** A new active member of an existing unit, with the e-mail address and phone given (each may be null). */
    public static long member(JdbcClient jdbc, String name, String email, String phone) {
        return member(
                jdbc, jdbc.sql("SELECT min(id) FROM org_unit").query(Long.class).single(), name, email, phone);
    }

    /** A new active member of the unit, who agreed to be contacted (their record has a consent date). */
    public static long member(JdbcClient jdbc, long unit, String name, String email, String phone) {
        long kind = jdbc.sql("SELECT min(id) FROM org_member_kind")
                .query(Long.class)
                .single();
        return jdbc.sql("INSERT INTO org_member (unit_id, kind_id, full_name, email, phone, consent_at)"
                        + " VALUES (?, ?, ?, ?, ?, now()) RETURNING id")
                .params(unit, kind, name, email, phone)
                .query(Long.class)
                .single();
    }

    /** A new unit below the root of the tree, with its materialised path. */
    public static long unit(JdbcClient jdbc, String name) {
        long root = jdbc.sql("SELECT min(id) FROM org_unit WHERE parent_id IS NULL")
                .query(Long.class)
                .single();
        long kind =
                jdbc.sql("SELECT max(id) FROM org_unit_kind").query(Long.class).single();
        return UnitRows.insert(jdbc, root, kind, name);
    }

    /** A MEMBER account linked to the member, signing in with {@code password}; returns the username. */
    public static String account(JdbcClient jdbc, PasswordEncoder encoder, long memberId, String password) {
        String username = "tb" + memberId + "x" + ThreadLocalRandom.current().nextInt(1_000_000);
        long id = jdbc.sql("INSERT INTO acc_user (username, display_name, password_hash, member_id)"
                        + " VALUES (?, ?, ?, ?) RETURNING id")
                .params(username, "Thành viên " + memberId, encoder.encode(password), memberId)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO acc_user_role (user_id, role) VALUES (?, 'MEMBER')")
                .param(id)
                .update();
        return username;
    }

    /** A phone number no other test uses, in the local form {@code 09xxxxxxxx}. */
    public static String phone() {
        return "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
