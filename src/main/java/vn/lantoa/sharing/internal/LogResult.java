package vn.lantoa.sharing.internal;

/**
 * The outcome of a submission.
 *
 * @param duplicate the same post (in any link variant) was already logged: nothing new was counted
 * @param replayed the same idempotency key was seen before: this is the first submission's answer
 */
public record LogResult(ActionView action, boolean duplicate, boolean replayed) {}
