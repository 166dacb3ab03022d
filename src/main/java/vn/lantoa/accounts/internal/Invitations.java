package vn.lantoa.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.CurrentUser;

/**
 * One-time links to set a password. Only the SHA-256 of the token is stored, so a copy of the
 * database does not let anyone in; a link works once and for {@link #VALID_FOR}.
 */
@Service
public class Invitations {

    public static final Duration VALID_FOR = Duration.ofDays(3);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Invitations(
            JdbcClient jdbc,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    public record Issued(long userId, String token, OffsetDateTime expiresAt) {}

    /** A valid invitation: whose, for the form. */
    public record Pending(long invitationId, long userId, String username) {}

    Issued issue(CurrentUser by, long userId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime expires = OffsetDateTime.now(clock).plus(VALID_FOR);
        // Older unused links of the account stop working: only the newest one counts.
        jdbc.sql("UPDATE acc_invitation SET expires_at = ? WHERE user_id = ? AND used_at IS NULL AND expires_at > ?")
                .params(OffsetDateTime.now(clock), userId, OffsetDateTime.now(clock))
                .update();
        jdbc.sql("INSERT INTO acc_invitation (user_id, token_hash, expires_at, created_by) VALUES (?, ?, ?, ?)")
                .params(userId, hash(token), expires, by.id())
                .update();
        events.publishEvent(AuditEvent.of("account.invite", "account", userId, null));
        return new Issued(userId, token, expires);
    }

    public Optional<Pending> find(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT i.id AS invitation_id, i.user_id, a.username FROM acc_invitation i JOIN acc_user a ON a.id = i.user_id
                WHERE i.token_hash = ? AND i.used_at IS NULL AND i.expires_at > ? AND a.enabled""")
                .params(hash(token), OffsetDateTime.now(clock))
                .query(Pending.class)
                .optional();
    }

    /** Sets the password; the message key of a refusal, or empty when done. */
    @Transactional
    public Optional<String> accept(String token, String password, String repeat) {
        Optional<Pending> pending = find(token);
        if (pending.isEmpty()) {
            return Optional.of("accounts.invitation.invalid");
        }
        if (password == null || !password.equals(repeat)) {
            return Optional.of("accounts.password.mismatch");
        }
        Optional<String> problem = policy.problem(password, pending.get().username());
        if (problem.isPresent()) {
            return problem;
        }
        int used = jdbc.sql("UPDATE acc_invitation SET used_at = ? WHERE id = ? AND used_at IS NULL")
                .params(OffsetDateTime.now(clock), pending.get().invitationId())
                .update();
        if (used == 0) {
            return Optional.of("accounts.invitation.invalid");
        }
        jdbc.sql("UPDATE acc_user SET password_hash = ? WHERE id = ?")
                .params(encoder.encode(password), pending.get().userId())
                .update();
        events.publishEvent(
                AuditEvent.of("account.password.set", "account", pending.get().userId(), "invitation"));
        return Optional.empty();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
