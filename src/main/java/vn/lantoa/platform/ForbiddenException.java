package vn.lantoa.platform;

/** The person is known but may not do this (403). */
public class ForbiddenException extends RefusedException {

    public ForbiddenException() {
        this("error.403.detail");
    }

    public ForbiddenException(String messageKey, Object... args) {
        super(403, messageKey, args);
    }
}
