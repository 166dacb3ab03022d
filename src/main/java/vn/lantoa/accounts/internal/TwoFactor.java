package vn.lantoa.accounts.internal;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.Role;

/**
 * TOTP second factor. Required for ADMIN and REVIEWER (unless {@code lantoa.security.totp.enforce}
 * is false, which the integration tests set), and for anyone who has enrolled. The session
 * remembers that this sign-in passed the second step.
 */
@Service
public class TwoFactor {

    public static final String VERIFIED = "lantoa.2fa.verified";
    public static final String PENDING_SECRET = "lantoa.2fa.pending";
    public static final String STATE = "lantoa.2fa.state";
    public static final String FAILURES = "lantoa.2fa.failures";
    public static final int MAX_FAILURES = 5;
    public static final String ISSUER = "LanToa";

    private final JdbcClient jdbc;
    private final boolean enforce;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TwoFactor(
            JdbcClient jdbc,
            @Value("${lantoa.security.totp.enforce:true}") boolean enforce,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.enforce = enforce;
        this.events = events;
        this.clock = clock;
    }

    public Optional<String> secret(long userId) {
        return jdbc.sql("SELECT totp_secret FROM acc_user WHERE id = ? AND totp_enrolled_at IS NOT NULL")
                .param(userId)
                .query(String.class)
                .optional();
    }

    /** Whether this user must pass the second step after the password. */
    public boolean required(CurrentUser user) {
        return mandatory(user, enforce) || secret(user.id()).isPresent();
    }

    static boolean mandatory(CurrentUser user, boolean enforce) {
        return enforce && (user.has(Role.ADMIN) || user.has(Role.REVIEWER));
    }

    /** Marks the session as having passed (or enrolled in) the second step. */
    public static void markPassed(HttpSession session) {
        session.setAttribute(VERIFIED, Boolean.TRUE);
        session.setAttribute(STATE, "no");
        session.removeAttribute(FAILURES);
    }

    /** Checks a code against the enrolled secret or, while enrolling, the pending one. */
    @Transactional
    public boolean verify(CurrentUser user, HttpSession session, String code) {
        Optional<String> enrolled = secret(user.id());
        String secret = enrolled.orElse((String) session.getAttribute(PENDING_SECRET));
        boolean ok = secret != null && Totp.verify(secret, code, clock.instant());
        if (ok && enrolled.isEmpty()) {
            jdbc.sql("UPDATE acc_user SET totp_secret = ?, totp_enrolled_at = ? WHERE id = ?")
                    .params(secret, OffsetDateTime.now(clock), user.id())
                    .update();
            session.removeAttribute(PENDING_SECRET);
            events.publishEvent(AuditEvent.of("account.2fa.enrol", "account", user.id(), null));
        }
        events.publishEvent(AuditEvent.of(ok ? "login.2fa.success" : "login.2fa.failure", "account", user.id(), null));
        return ok;
    }
}
