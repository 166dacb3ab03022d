package vn.lantoa.platform;

/** The request is well formed but clashes with the state it meets (409): a stale version, a duplicate, a finished step. */
public class ConflictException extends RefusedException {

    public ConflictException(String messageKey, Object... args) {
        super(409, messageKey, args);
    }
}
