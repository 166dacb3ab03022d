package vn.lantoa.accounts.internal;

import java.time.Duration;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.CurrentUser;

/**
 * A signed-in user changes their own password: the current one first (wrong guesses count
 * against the same throttle as sign-in), the new one twice and by the same rules as everywhere.
 * Every other session of the account is signed out in the same transaction, so a password changed
 * because it leaked also ends whoever used it.
 */
@Service
public class PasswordChange {

    /** What happened: a message key when refused (with the wait when throttled), else how many sessions ended. */
    public record Outcome(String problemKey, Duration retryAfter, int otherSessionsEnded) {

        public boolean done() {
            return problemKey == null;
        }

        static Outcome refused(String key) {
            return new Outcome(key, null, 0);
        }
    }

    private final JdbcClient jdbc;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final FindByIndexNameSessionRepository<?> sessions;
    private final ApplicationEventPublisher events;

    PasswordChange(
            JdbcClient jdbc,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            LoginThrottle throttle,
            FindByIndexNameSessionRepository<?> sessions,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.encoder = encoder;
        this.throttle = throttle;
        this.sessions = sessions;
        this.events = events;
    }

    /**
     * @param address the client's address, for the throttle
     * @param currentSession the id of the session the change is made from: it stays signed in
     */
    @Transactional
    public Outcome change(
            CurrentUser user, String current, String password, String repeat, String address, String currentSession) {
        Optional<Duration> wait = throttle.waitFor(user.username(), address);
        if (wait.isPresent()) {
            return new Outcome("accounts.own.wait", wait.get(), 0);
        }
        String stored = jdbc.sql("SELECT password_hash FROM acc_user WHERE id = ? AND enabled FOR UPDATE")
                .param(user.id())
                .query(String.class)
                .optional()
                .orElse(null);
        if (stored == null || current == null || !encoder.matches(current, stored)) {
            throttle.failed(user.username(), address);
            return Outcome.refused("accounts.own.wrongCurrent");
        }
        if (password == null || !password.equals(repeat)) {
            return Outcome.refused("accounts.password.mismatch");
        }
        if (password.equals(current)) {
            return Outcome.refused("accounts.own.sameAsCurrent");
        }
        Optional<String> problem = policy.problem(password, user.username());
        if (problem.isPresent()) {
            return Outcome.refused(problem.get());
        }
        jdbc.sql("UPDATE acc_user SET password_hash = ? WHERE id = ?")
                .params(encoder.encode(password), user.id())
                .update();
        throttle.succeeded(user.username(), address);
        int ended = 0;
        for (String id : sessions.findByPrincipalName(user.username()).keySet()) {
            if (!id.equals(currentSession)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        events.publishEvent(
                AuditEvent.of("account.password.change", "account", user.id(), ended + " other session(s) signed out"));
        return new Outcome(null, null, ended);
    }
}
