package vn.lantoa.notifications.internal;

import java.time.Duration;

/** The pause before the next try: the initial pause doubled for each further failure, capped. */
record Backoff(Duration initial, Duration max) {

    /** The pause after {@code failedAttempts} (1 or more) tries have failed. */
    Duration after(int failedAttempts) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
        Duration pause = initial.multipliedBy(1L << doublings);
        return pause.compareTo(max) > 0 || pause.isNegative() ? max : pause;
    }
}
