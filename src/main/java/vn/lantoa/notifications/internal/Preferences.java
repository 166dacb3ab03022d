package vn.lantoa.notifications.internal;

import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What each member chose in {@code ntf_preference}; a member who chose nothing gets every channel, no quiet hours. */
@Repository
public class Preferences {

    /**
     * @param quiet the member's quiet hours, or {@code null}
     */
    public record Choice(boolean email, boolean zalo, boolean push, QuietHours quiet) {
        public static final Choice DEFAULT = new Choice(true, true, true, null);

        boolean allows(Channel channel) {
            return switch (channel) {
                case EMAIL -> email;
                case ZALO -> zalo;
                case PUSH -> push;
            };
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Preferences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Choice of(long memberId) {
        return jdbc.sql("SELECT email, zalo, push, quiet_from, quiet_until FROM ntf_preference WHERE member_id = ?")
                .param(memberId)
                .query((rs, n) -> {
                    LocalTime from = rs.getObject(4, LocalTime.class);
                    LocalTime until = rs.getObject(5, LocalTime.class);
                    return new Choice(
                            rs.getBoolean(1),
                            rs.getBoolean(2),
                            rs.getBoolean(3),
                            from == null || until == null ? null : new QuietHours(from, until));
                })
                .optional()
                .orElse(Choice.DEFAULT);
    }

    public void save(long memberId, Choice choice) {
        jdbc.sql("""
                INSERT INTO ntf_preference (member_id, email, zalo, push, quiet_from, quiet_until, updated_at)
                VALUES (:member, :email, :zalo, :push, :from, :until, :now)
                ON CONFLICT (member_id) DO UPDATE SET email = excluded.email, zalo = excluded.zalo, push = excluded.push,
                       quiet_from = excluded.quiet_from, quiet_until = excluded.quiet_until,
                       updated_at = excluded.updated_at""")
                .param("member", memberId)
                .param("email", choice.email())
                .param("zalo", choice.zalo())
                .param("push", choice.push())
                .param("from", choice.quiet() == null ? null : choice.quiet().from())
                .param("until", choice.quiet() == null ? null : choice.quiet().until())
                .param("now", OffsetDateTime.now(clock))
                .update();
    }
}
