package vn.lantoa.accounts.internal;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalLong;
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
    private final LoginThrottle throttle;

    TwoFactor(
            JdbcClient jdbc,
            @Value("${lantoa.security.totp.enforce:true}") boolean enforce,
            ApplicationEventPublisher events,
            Clock clock,
            LoginThrottle throttle) {
        this.jdbc = jdbc;
        this.throttle = throttle;
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

    /** What became of a code: passed, wrong (or already used), or not even checked because it must wait. */
    public record CodeCheck(boolean passed, Optional<Duration> retryAfter) {

        static final CodeCheck PASSED = new CodeCheck(true, Optional.empty());
        static final CodeCheck WRONG = new CodeCheck(false, Optional.empty());
    }

    /**
     * Checks a code against the enrolled secret or, while enrolling, the pending one. Wrong codes
     * are throttled per account and per address like passwords; a code of a time step already
     * accepted for this account is refused (RFC 6238 §5.2).
     */
    @Transactional
    public CodeCheck verify(CurrentUser user, HttpSession session, String code, String address) {
        Optional<Duration> wait = throttle.codeWaitFor(user.username(), address);
        if (wait.isPresent()) {
            return new CodeCheck(false, wait);
        }
        Optional<String> enrolled = secret(user.id());
        String secret = enrolled.orElse((String) session.getAttribute(PENDING_SECRET));
        OptionalLong step = secret == null ? OptionalLong.empty() : Totp.matchingStep(secret, code, clock.instant());
        boolean ok = step.isPresent() && accept(user, secret, step.getAsLong(), enrolled.isEmpty());
        if (ok && enrolled.isEmpty()) {
            session.removeAttribute(PENDING_SECRET);
            events.publishEvent(AuditEvent.of("account.2fa.enrol", "account", user.id(), null));
        }
        if (ok) {
            throttle.codeSucceeded(user.username());
        } else {
            throttle.codeFailed(user.username(), address);
        }
        events.publishEvent(AuditEvent.of(
                ok ? "login.2fa.success" : "login.2fa.failure",
                "account",
                user.id(),
                step.isPresent() && !ok ? "reused" : null));
        return ok ? CodeCheck.PASSED : CodeCheck.WRONG;
    }

    /** Records the accepted step; false if this step (or a later one) was accepted before. */
    private boolean accept(CurrentUser user, String secret, long step, boolean enrolling) {
        if (enrolling) {
            return jdbc.sql("UPDATE acc_user SET totp_secret = ?, totp_enrolled_at = ?, totp_last_step = ?"
                                    + " WHERE id = ? AND totp_enrolled_at IS NULL")
                            .params(secret, OffsetDateTime.now(clock), step, user.id())
                            .update()
                    == 1;
        }
        return jdbc.sql("UPDATE acc_user SET totp_last_step = ?"
                                + " WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)")
                        .params(step, user.id(), step)
                        .update()
                == 1;
    }
}
