package vn.lantoa.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Slows down password guessing per account and per address, with the counts in PostgreSQL so
 * every node sees them. After a few free failures each further try must wait twice as long as the
 * last (up to {@link #MAX_WAIT}); an hour without failures forgets the count. Nobody is ever
 * locked out for good, so an attacker cannot shut a person out of their account.
 *
 * <p>Wrong second-factor codes are counted the same way under their own keys ({@code totp-user:},
 * {@code totp-addr:}): the right password does not clear them, so knowing a password does not buy
 * fresh guesses at the code; only a right code does.
 */
@Service
public class LoginThrottle {

    static final int FREE_PER_ACCOUNT = 5;
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final String PASSWORD = "";
    private static final String CODE = "totp-";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int freePerAddress;

    LoginThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${lantoa.security.login.free-failures-per-address:30}") int freePerAddress) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.freePerAddress = freePerAddress;
    }

    /** Failures an address may make before it must wait (many people may share one office address). */
    int freePerAddress() {
        return freePerAddress;
    }

    /** How long this sign-in must wait, if at all. */
    public Optional<Duration> waitFor(String username, String address) {
        return waitFor(PASSWORD, username, address);
    }

    void failed(String username, String address) {
        failed(PASSWORD, username, address);
    }

    void succeeded(String username, String address) {
        forget(PASSWORD, username);
    }

    /** How long this account's next second-factor code must wait, if at all. */
    Optional<Duration> codeWaitFor(String username, String address) {
        return waitFor(CODE, username, address);
    }

    void codeFailed(String username, String address) {
        failed(CODE, username, address);
    }

    void codeSucceeded(String username) {
        forget(CODE, username);
    }

    private Optional<Duration> waitFor(String kind, String username, String address) {
        Duration wait = max(
                remaining(kind + "user:" + AccountRepository.normalise(username), FREE_PER_ACCOUNT),
                address == null ? Duration.ZERO : remaining(kind + "addr:" + address, freePerAddress));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    private void failed(String kind, String username, String address) {
        bump(kind + "user:" + AccountRepository.normalise(username));
        if (address != null) {
            bump(kind + "addr:" + address);
        }
    }

    private void forget(String kind, String username) {
        // Only the account's count: one valid account must not reset an address that guesses others.
        jdbc.sql("DELETE FROM acc_login_throttle WHERE key = ?")
                .param(kind + "user:" + AccountRepository.normalise(username))
                .update();
    }

    /** The wait after {@code failures} failures when {@code free} are allowed. */
    static Duration delay(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int exponent = Math.min(failures - free, 20);
        Duration d = Duration.ofSeconds(1L << exponent);
        return d.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : d;
    }

    private Duration remaining(String key, int free) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return jdbc.sql("SELECT failures, last_failure_at FROM acc_login_throttle WHERE key = ?")
                .param(key)
                .query((rs, n) -> {
                    OffsetDateTime last = rs.getObject("last_failure_at", OffsetDateTime.class);
                    if (last.plus(FORGET_AFTER).isBefore(now)) {
                        return Duration.ZERO;
                    }
                    Duration left = Duration.between(now, last.plus(delay(rs.getInt("failures"), free)));
                    return left.isNegative() ? Duration.ZERO : left;
                })
                .optional()
                .orElse(Duration.ZERO);
    }

    private void bump(String key) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                INSERT INTO acc_login_throttle (key, failures, last_failure_at) VALUES (?, 1, ?)
                ON CONFLICT (key) DO UPDATE SET
                    failures = CASE WHEN acc_login_throttle.last_failure_at < ? THEN 1
                                    ELSE acc_login_throttle.failures + 1 END,
                    last_failure_at = excluded.last_failure_at""").params(key, now, now.minus(FORGET_AFTER)).update();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
