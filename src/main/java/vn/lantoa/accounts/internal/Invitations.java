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
 * One-time links to set a password. Only the SHA-256 of a token is stored, so a copy of the
 * database does not let anyone in; a link works once and for {@link #VALID_FOR}. An invitation has
 * the token shown to the inviter and, when it is e-mailed, a second one made as the mail goes out
 * ({@link InvitationMail}); setting the password with either ends both, and a new invitation ends
 * the older ones.
 */
@Service
public class Invitations {

    public static final Duration VALID_FOR = Duration.ofDays(3);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final InvitationMail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Invitations(
            JdbcClient jdbc,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            InvitationMail mail,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.encoder = encoder;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    /**
     * An invitation as the inviter is told about it.
     *
     * @param token the one-time token of the link shown to the inviter (once); {@code null} when this
     *     answers a repeated submission, whose link was on the first answer only
     * @param mailedTo the address the invitation is e-mailed to, or {@code null}
     * @param mailOff whether it was not e-mailed because this installation sends no e-mail
     */
    public record Issued(long userId, String token, OffsetDateTime expiresAt, String mailedTo, boolean mailOff) {

        public boolean repeated() {
            return token == null;
        }
    }

    /** A valid invitation: whose, for the form. */
    public record Pending(long invitationId, long userId, String username) {}

    /**
     * The invitation an earlier submission with this request key made, if any. Takes a lock on the
     * key until the transaction ends, so a double-click's two requests are answered one after the
     * other and the second finds the first's invitation.
     */
    Optional<Issued> earlier(CurrentUser by, String requestKey) {
        if (requestKey == null) {
            return Optional.empty();
        }
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param("acc_invitation:" + by.id() + ":" + requestKey)
                .query(Integer.class)
                .single();
        return jdbc.sql(
                        "SELECT user_id, expires_at, mailed_to FROM acc_invitation WHERE created_by = ? AND request_key = ?")
                .params(by.id(), requestKey)
                .query((rs, n) ->
                        new Issued(rs.getLong(1), null, rs.getObject(2, OffsetDateTime.class), rs.getString(3), false))
                .optional();
    }

    Issued issue(CurrentUser by, long userId, String requestKey) {
        String token = newToken();
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime expires = now.plus(VALID_FOR);
        // Older unused links of the account stop working (the mailed ones too): only the newest counts.
        jdbc.sql("UPDATE acc_invitation SET expires_at = ? WHERE user_id = ? AND used_at IS NULL AND expires_at > ?")
                .params(now, userId, now)
                .update();
        Optional<String> address = mail.addressOf(userId);
        long id = jdbc.sql("""
                INSERT INTO acc_invitation (user_id, token_hash, expires_at, created_by, mailed_to, request_key)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(userId, hash(token), expires, by.id(), address.orElse(null), requestKey)
                .query(Long.class)
                .single();
        events.publishEvent(AuditEvent.of("account.invite", "account", userId, null));
        address.ifPresent(to -> mail.send(by, id, userId, to, expires));
        return new Issued(userId, token, expires, address.orElse(null), !mail.on());
    }

    public Optional<Pending> find(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        return jdbc.sql("""
                SELECT i.id AS invitation_id, i.user_id, a.username FROM acc_invitation i JOIN acc_user a ON a.id = i.user_id
                WHERE (i.token_hash = ? OR i.mail_token_hash = ?) AND i.used_at IS NULL AND i.expires_at > ? AND a.enabled""")
                .params(hash, hash, OffsetDateTime.now(clock))
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

    /** A request key from a form, or {@code null} when there is none or it is not one we made. */
    static String requestKey(String raw) {
        return raw != null && raw.matches("[A-Za-z0-9_-]{8,100}") ? raw : null;
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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
