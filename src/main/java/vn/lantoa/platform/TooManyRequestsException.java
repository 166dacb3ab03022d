package vn.lantoa.platform;

import java.time.Duration;

/**
 * A request refused because its sender must wait (a rate limit or a throttle), with how long and
 * why (a message key of a module's bundle). It becomes a 429 with {@code Retry-After}: a page in
 * the reader's language, problem details under {@code /api/}.
 */
public class TooManyRequestsException extends RefusedException {

    private final transient Duration retryAfter;

    public TooManyRequestsException(Duration retryAfter, String messageKey, Object... args) {
        super(429, messageKey, args);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds to wait, at least one (the value of {@code Retry-After}). */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
